/// A file of an audited session, as the report lists it for evidence: its name, size, compression and
/// SHA-256.
public struct AuditedFile: Sendable, Hashable {
    /// The path as given (or `-` for standard input).
    public var path: String
    /// The file's name within the session.
    public var name: String
    /// How it was compressed.
    public var compression: RecordingCompression
    /// Bytes read from the file.
    public var storedBytes: Int
    /// Bytes after decompression.
    public var decodedBytes: Int
    /// The SHA-256 of the stored bytes, in lower-case hex, computed while the file was read; `nil` when
    /// the file could not be read to its end (standard input whose reading stopped at a fault).
    public var sha256: String?

    /// Creates a file entry.
    public init(path: String, name: String, compression: RecordingCompression, storedBytes: Int, decodedBytes: Int,
                sha256: String?) {
        self.path = path
        self.name = name
        self.compression = compression
        self.storedBytes = storedBytes
        self.decodedBytes = decodedBytes
        self.sha256 = sha256
    }
}
