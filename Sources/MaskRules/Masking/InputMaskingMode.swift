/// How the tracker sends a form field's value: its `InputMode` (openreplay.md §1.4).
///
/// The raw values are the tracker's own numbers (`InputMode = {Plain: 0, Obscured: 1, Hidden: 2}`),
/// which the generated configuration uses for `defaultInputMode`.
public enum InputMaskingMode: Int, CaseIterable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// `SetInputValue(id, value, 0)`: the value as typed.
    case plain = 0
    /// `SetInputValue(id, "", value.length)`: no characters, but the length.
    case obscured = 1
    /// `SetInputValue(id, "", -1)`: nothing at all.
    case hidden = 2

    /// `plain`, `obscured` or `hidden`.
    public var name: String {
        switch self {
        case .plain: "plain"
        case .obscured: "obscured"
        case .hidden: "hidden"
        }
    }

    /// Parses `plain`, `obscured` or `hidden`.
    public init?(name: String) {
        guard let mode = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = mode
    }

    /// The mode's name.
    public var description: String { name }

    /// Modes are ordered from least to most protective.
    public static func < (lhs: InputMaskingMode, rhs: InputMaskingMode) -> Bool { lhs.rawValue < rhs.rawValue }
}
