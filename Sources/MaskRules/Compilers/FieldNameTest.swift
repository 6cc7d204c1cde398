/// An attribute that input-name rules read on form fields, and the rules to search in its value,
/// highest level first: the first rule that matches gives the value's level.
public struct FieldNameTest: Sendable {
    /// The attribute (lower case).
    public let attribute: String
    /// Positions in `CompiledMaskingRules.inputNameRules` of the rules that read the attribute,
    /// highest level first and in rule set order within a level.
    public let ruleIndices: [Int]
    /// The level of each of those rules: a copy, with `patterns`, so that the model's loop over every
    /// field reads two arrays instead of copying each `InputNameRule` (a retain per part).
    public let levels: [MaskingLevel]
    /// The pattern of each of those rules.
    public let patterns: [RulePattern]
    /// The patterns' required literals, tested once per value for all of them (`nil` beyond
    /// `LiteralScreen.capacity` rules).
    let screen: LiteralScreen?

    init(attribute: String, ruleIndices: [Int], rules: [InputNameRule]) {
        self.attribute = attribute
        self.ruleIndices = ruleIndices
        levels = ruleIndices.map { rules[$0].header.level }
        patterns = ruleIndices.map { rules[$0].pattern }
        screen = LiteralScreen(patterns)
    }
}
