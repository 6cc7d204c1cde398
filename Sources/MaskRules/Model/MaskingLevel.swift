/// The level at which OpenReplay's tracker records a node: its `SanitizeLevel`.
///
/// The raw values are the tracker's own numbers (`Plain = 0`, `Obscured = 1`, `Hidden = 2`), which
/// the generated `domSanitizer` returns. Levels are ordered: a node's level is the maximum of what
/// its ancestors, its attributes and the sanitizer demand.
public enum MaskingLevel: Int, CaseIterable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Recorded as is.
    case plain = 0
    /// Text is replaced by `*` (whitespace kept), input values by their length; attributes are still sent.
    case obscured = 1
    /// The element is sent as an empty box of its size; nothing inside it is sent.
    case hidden = 2

    /// The name used in rule files and reports: `plain`, `obscured` or `hidden`.
    public var name: String {
        switch self {
        case .plain: "plain"
        case .obscured: "obscured"
        case .hidden: "hidden"
        }
    }

    /// Parses a level name as written in rule files.
    public init?(name: String) {
        guard let level = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = level
    }

    public var description: String { name }

    public static func < (lhs: MaskingLevel, rhs: MaskingLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
