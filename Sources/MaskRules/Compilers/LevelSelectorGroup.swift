/// The selectors of every selector rule that demands one level, joined into one selector list, so
/// that the generated `domSanitizer` calls `matches()` once per level.
///
/// A list matches when any of its selectors does, so the joined list matches exactly the elements
/// that some rule of the group matches. Selectors repeated across rules are kept once.
public struct LevelSelectorGroup: Sendable {
    /// The level the group's rules demand (Obscured or Hidden).
    public let level: MaskingLevel
    /// Every rule's selectors, in rule set order, without repeats.
    public let selector: SelectorList
    /// The ids of the rules joined here, in rule set order.
    public let ruleIDs: [String]
    /// The tag names the joined list's subjects can have, or `nil` when any tag is possible.
    public let subjectTagNames: Set<String>?
    /// The tags and attributes an element needs for this group's selectors to match it, or `nil`
    /// when any element may match; the generated code tests it before this level's `matches()`, so
    /// that each element pays only for the levels it could reach (a plain link never meets the
    /// Hidden selectors).
    public let prefilter: ElementPrefilter?

    /// Joins `rules`, which all demand `level`.
    /// - Precondition: `rules` is not empty.
    init(level: MaskingLevel, rules: [SelectorRule]) {
        precondition(!rules.isEmpty, "a selector group holds at least one rule")
        var seen: Set<ComplexSelector> = []
        var selectors: [ComplexSelector] = []
        for rule in rules {
            for selector in rule.selector.selectors where seen.insert(selector).inserted {
                selectors.append(selector)
            }
        }
        self.level = level
        self.selector = SelectorList(selectors)
        self.ruleIDs = rules.map(\.header.id)
        self.subjectTagNames = selector.subjectTagNames
        self.prefilter = ElementPrefilter.derive(from: [selector], includesFields: false)
    }
}
