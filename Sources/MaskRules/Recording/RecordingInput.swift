/// Where the bytes of one recording file come from.
public enum RecordingInput: Sendable, Hashable, CustomStringConvertible {
    /// A file on disk.
    case file(path: String)
    /// Bytes in memory, with the name they go by in locations and faults.
    case bytes(name: String, [UInt8])
    /// Standard input, read to its end (for `-`).
    case standardInput

    /// The name used in locations and faults: the file's last path component, `name`, or `-`.
    public var name: String {
        switch self {
        case .file(let path): path.split(separator: "/").last.map(String.init) ?? path
        case .bytes(let name, _): name
        case .standardInput: "-"
        }
    }

    public var description: String {
        switch self {
        case .file(let path): path
        case .bytes(let name, let bytes): "\(name) (\(bytes.count) bytes in memory)"
        case .standardInput: "-"
        }
    }
}
