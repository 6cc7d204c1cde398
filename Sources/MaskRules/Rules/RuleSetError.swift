/// One problem found while loading a rule set: what is wrong and exactly where.
public struct RuleSetDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is: the rule file, line and column.
    public let location: SourceLocation
    /// What is wrong, as a sentence fragment (`unknown key 'selectr'`).
    public let message: String
    /// The id of the rule the problem belongs to, when known.
    public let ruleID: String?

    /// Creates a diagnostic.
    public init(location: SourceLocation, message: String, ruleID: String? = nil) {
        self.location = location
        self.message = message
        self.ruleID = ruleID
    }

    /// `file:line:column: error: message`, the format editors and CI logs understand.
    public var description: String {
        "\(location): error: " + (ruleID.map { "[\($0)] " } ?? "") + message
    }
}

/// Why a rule set could not be loaded. Loading never stops at the first problem it can get past:
/// `invalid` lists all of them.
public enum RuleSetError: Error, Sendable, CustomStringConvertible {
    /// A rule file is missing or unreadable.
    case unreadable(path: String, reason: String)
    /// The files were read but hold the listed problems.
    case invalid([RuleSetDiagnostic])

    /// Every problem, one per element.
    public var diagnostics: [RuleSetDiagnostic] {
        switch self {
        case .unreadable(let path, let reason):
            [RuleSetDiagnostic(location: SourceLocation(file: path), message: reason)]
        case .invalid(let diagnostics): diagnostics
        }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
