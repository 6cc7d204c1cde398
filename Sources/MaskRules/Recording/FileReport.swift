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
    /// The SHA-256 of the file's stored bytes in lower-case hex, computed as the file was read (a file
    /// whose reading stopped early is read on to its end for the hash); `nil` when the file could not
    /// be read to its end, or for standard input not read to its end.
    public var sha256: String?

    /// Creates a file report.
    public init(name: String, compression: RecordingCompression, storedBytes: Int, decodedBytes: Int,
                sha256: String? = nil) {
        self.name = name
        self.compression = compression
        self.storedBytes = storedBytes
        self.decodedBytes = decodedBytes
        self.sha256 = sha256
    }
}
