/// How a recording file is compressed, told by its first bytes.
public enum RecordingCompression: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Not compressed.
    case none
    /// Zstandard: magic `28 B5 2F FD` (what OpenReplay's storage service writes).
    case zstd
    /// gzip: magic `1F 8B 08` (the tracker's compressed batches; an older storage option).
    case gzip

    /// The compression whose magic number `prefix` starts with; `.none` otherwise.
    public static func detect(_ prefix: some Collection<UInt8>) -> RecordingCompression {
        if prefix.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
        if prefix.starts(with: [0x1F, 0x8B, 0x08]) { return .gzip }
        return .none
    }

    /// How many leading bytes `detect` needs to decide.
    public static let magicLength = 4

    public var description: String { rawValue }
}
