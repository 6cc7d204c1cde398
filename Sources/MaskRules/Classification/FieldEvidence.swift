/// One reason to believe a field holds PII of a category.
public struct FieldEvidence: Sendable, Hashable, CustomStringConvertible {
    /// How strong the evidence is: what the markup declares outranks what names and labels suggest.
    public enum Strength: Int, Sendable, Codable, Comparable {
        /// Label vocabulary in a label, `aria-*`, placeholder, title or nearby text.
        case label = 1
        /// An input-name pattern on `name`, `id` or another named attribute.
        case inputName = 2
        /// A selector: type, autocomplete token or other declared attribute.
        case selector = 3

        public static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The category the evidence points to.
    public let category: PIICategory
    /// The rule that fired.
    public let ruleID: String
    /// The level the rule demands.
    public let level: MaskingLevel
    /// How strong the evidence is.
    public let strength: Strength
    /// What fired, quoted from the markup: `autocomplete="cc-number"`, `name="billing_email"`,
    /// `label[for] "Card number"`.
    public let detail: String

    public var description: String { "\(detail) (\(ruleID))" }
}

/// What a field is believed to hold, and why.
public struct FieldClassification: Sendable, Hashable {
    /// The field's kind.
    public let kind: FormFieldKind
    /// All evidence, strongest first.
    public let evidence: [FieldEvidence]
    /// The label texts found for the field.
    public let labels: [FieldLabel]

    /// The category best supported by the evidence: the strongest evidence wins, then the higher level.
    public var category: PIICategory? {
        evidence.first?.category
    }

    /// The level the rule set demands for this field: the highest level of any evidence of its
    /// category, `plain` when there is no evidence.
    public var requiredLevel: MaskingLevel {
        guard let category else { return .plain }
        return evidence.filter { $0.category == category }.map(\.level).max() ?? .plain
    }

    /// Every category with evidence, strongest evidence first.
    public var categories: [PIICategory] {
        var seen: [PIICategory] = []
        for item in evidence where !seen.contains(item.category) { seen.append(item.category) }
        return seen
    }
}
