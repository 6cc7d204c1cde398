/// What reading one file found.
public struct FileReport: Sendable, Hashable {
    /// The file's name.
    public var name: String
    /// Its compression.
    public var compression: RecordingCompression
    /// Bytes read from the file.
    public var storedBytes: Int
    /// Bytes after decompression.
    public var decodedBytes: Int

    /// Creates a file report.
    public init(name: String, compression: RecordingCompression, storedBytes: Int, decodedBytes: Int) {
        self.name = name
        self.compression = compression
        self.storedBytes = storedBytes
        self.decodedBytes = decodedBytes
    }
}
