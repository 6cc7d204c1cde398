/// Whether a generated file on disk is what the generator would write now: the test behind
/// `masklint compile --check`, which CI runs to catch a module left stale after a rule set change.
public enum GeneratedFileStatus: Equatable, Sendable {
    /// The file holds exactly the expected bytes.
    case current
    /// The file exists but differs, or does not exist; `firstDifferingLine` is the 1-based line of
    /// the first difference, `nil` when the file is missing.
    case stale(firstDifferingLine: Int?)
    /// The file exists but cannot be read.
    case unreadable(reason: String)

    /// Compares `expected` with the file at `path`.
    public static func check(expected: String, atPath path: String) -> GeneratedFileStatus {
        switch FileSystemAccess.entry(at: path) {
        case .missing: return .stale(firstDifferingLine: nil)
        case .directory: return .unreadable(reason: "it is a directory")
        case .file: break
        }
        guard let actual = FileSystemAccess.read(path) else { return .unreadable(reason: "permission denied or I/O error") }
        let wanted = Array(expected.utf8)
        guard actual != wanted else { return .current }
        var line = 1
        for (index, byte) in wanted.enumerated() {
            guard index < actual.count, actual[index] == byte else { return .stale(firstDifferingLine: line) }
            if byte == UInt8(ascii: "\n") { line += 1 }
        }
        return .stale(firstDifferingLine: line)
    }
}
