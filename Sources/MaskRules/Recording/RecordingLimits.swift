/// Limits that keep reading an unvetted recording bounded in memory and time.
///
/// Exceeding a limit is a `RecordingFault` (the stream is unverified), never a crash. The defaults
/// accept everything OpenReplay writes: the tracker caps a message at 16,777,215 bytes (3-byte size),
/// the backend caps a stored file at 500 MiB.
public struct RecordingLimits: Sendable, Hashable {
    /// The most bytes one stream (`dom.mobs` and `dom.mobe` together, `devtools.mob`, a batch file) may
    /// hold after decompression. Guards against zstd and gzip bombs. Default 1 GiB.
    public var maximumDecompressedSize: Int
    /// The largest message, in bytes from its type id to its last field. Default 16 MiB.
    public var maximumMessageSize: Int
    /// The longest string field, in bytes. Default 16,777,215 (the largest a size-prefixed message
    /// can hold).
    public var maximumStringLength: Int

    /// The defaults.
    public static let standard = RecordingLimits()

    /// Creates limits; every value is clamped to `1...RecordingLimits.ceiling`.
    public init(maximumDecompressedSize: Int = 1 << 30, maximumMessageSize: Int = 16 << 20,
                maximumStringLength: Int = 16_777_215) {
        self.maximumDecompressedSize = min(max(maximumDecompressedSize, 1), Self.decompressedCeiling)
        self.maximumMessageSize = min(max(maximumMessageSize, 1), Self.ceiling)
        self.maximumStringLength = min(max(maximumStringLength, 1), Self.ceiling)
    }

    /// The largest message or string size that can be configured (1 GiB).
    public static let ceiling = 1 << 30
    /// The largest decompressed stream size that can be configured (64 GiB).
    public static let decompressedCeiling = 1 << 36
}
