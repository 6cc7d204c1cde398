/// What the rule set demands for one element: the rules that match it and the highest level they
/// demand. `level` is exactly what the generated `domSanitizer` returns for the element.
public struct RuleDemand: Hashable, Sendable {
    /// The highest level of the matching rules, Plain when none matches.
    public let level: MaskingLevel
    /// Every matching rule, in rule set order (selector rules first, then input-name rules).
    public let matches: [RuleMatch]

    /// Creates a demand.
    public init(level: MaskingLevel, matches: [RuleMatch]) {
        self.level = level
        self.matches = matches
    }

    /// Nothing matches.
    public static let none = RuleDemand(level: .plain, matches: [])
}

/// One rule that matches an element, and why.
public struct RuleMatch: Hashable, Sendable {
    /// The rule's id.
    public let ruleID: String
    /// The rule's category.
    public let category: PIICategory
    /// The level the rule demands.
    public let level: MaskingLevel
    /// What matched.
    public let evidence: Evidence

    /// What made a rule match.
    public enum Evidence: Hashable, Sendable {
        /// The rule's selector matches the element.
        case selector(String)
        /// The rule's pattern matches the value of this attribute (a field name such as
        /// `billing_email`, not a value the user typed).
        case attribute(name: String, value: String)
    }

    /// Creates a match.
    public init(ruleID: String, category: PIICategory, level: MaskingLevel, evidence: Evidence) {
        self.ruleID = ruleID
        self.category = category
        self.level = level
        self.evidence = evidence
    }
}
