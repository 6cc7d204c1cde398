/// The rule set in the one form that every tracker compiler and `MaskingModel` read: what a
/// `domSanitizer` must test, grouped for speed, and how the network and URL sanitizers are configured.
///
/// Built once from a `RuleSet`:
/// - selector rules grouped by the level they demand, each group joined into one selector list
///   (`selectorGroups`, Hidden first), so that a sanitizer calls `matches()` once per level;
/// - input-name rules grouped by level, flags and attribute list, each group joined into one pattern
///   (`inputNameGroups`), tested only on fields (`InputNameRuleScope`);
/// - a prefilter from the tags and attributes the selectors and fields need (`prefilter`), tested
///   before anything else;
/// - the detector rules with their options resolved (`detectors`).
///
/// Rules whose level is Plain demand nothing: the tracker's sanitizer can only raise a level
/// (openreplay.md §1.1 step 5), so a Plain result changes nothing and such rules are left out of
/// the groups. Label rules never reach the tracker, which cannot see labels.
public struct CompiledMaskingRules: Sendable {
    /// The rule set's name.
    public let name: String
    /// The rule set's semantic version.
    public let version: String
    /// The SHA-256 of the rule files.
    public let contentHash: String
    /// Selector groups by level, highest level first; only levels that have selector rules.
    public let selectorGroups: [LevelSelectorGroup]
    /// Pattern groups, highest level first, then in order of their first rule, case-sensitive
    /// before case-insensitive.
    public let inputNameGroups: [InputNamePatternGroup]
    /// The attributes the pattern groups read, in order of first use.
    public let fieldAttributes: [String]
    /// The prefilter, or `nil` when every element must be tested.
    public let prefilter: ElementPrefilter?
    /// Every selector rule that demands a level, in rule set order, for explanations.
    public let selectorRules: [SelectorRule]
    /// Every input-name rule that demands a level, in rule set order, for explanations.
    public let inputNameRules: [InputNameRule]
    /// Every detector rule, resolved, in rule set order.
    public let detectors: [DetectorConfiguration]

    /// Compiles a rule set.
    /// - Throws: `TrackerConfigError` when a detector is unknown or a joined pattern is rejected.
    public init(_ ruleSet: RuleSet) throws(TrackerConfigError) {
        name = ruleSet.manifest.name
        version = ruleSet.manifest.version.description
        contentHash = ruleSet.contentHash
        let levels = MaskingLevel.allCases.filter { $0 > .plain }.sorted(by: >)

        let selectorRules = ruleSet.categories.flatMap(\.selectors).filter { $0.header.level > .plain }
        let inputNameRules = ruleSet.categories.flatMap(\.inputNames).filter { $0.header.level > .plain }
        let selectorGroups = levels.compactMap { level in
            let rules = selectorRules.filter { $0.header.level == level }
            return rules.isEmpty ? nil : LevelSelectorGroup(level: level, rules: rules)
        }
        self.selectorRules = selectorRules
        self.inputNameRules = inputNameRules
        self.selectorGroups = selectorGroups

        var attributes: [String] = []
        for rule in inputNameRules {
            for attribute in rule.attributes where !attributes.contains(attribute) { attributes.append(attribute) }
        }
        fieldAttributes = attributes
        var groups: [InputNamePatternGroup] = []
        for level in levels {
            for caseInsensitive in [false, true] {
                let rules = inputNameRules.filter { $0.header.level == level && $0.pattern.caseInsensitive == caseInsensitive }
                var lists: [[String]] = []
                for rule in rules where !lists.contains(where: { Set($0) == Set(rule.attributes) }) { lists.append(rule.attributes) }
                for list in lists {
                    let members = rules.filter { Set($0.attributes) == Set(list) }
                    groups += try Self.patternGroups(members, attributes: list, level: level, caseInsensitive: caseInsensitive)
                }
            }
        }
        inputNameGroups = groups
        prefilter = ElementPrefilter.derive(from: selectorGroups.map(\.selector), includesFields: !groups.isEmpty)
        detectors = try ruleSet.categories.flatMap(\.detectors).map { rule throws(TrackerConfigError) in
            try DetectorConfiguration(rule)
        }
    }

    /// One joined group for the joinable rules, and one group per rule with a named group.
    private static func patternGroups(
        _ rules: [InputNameRule], attributes: [String], level: MaskingLevel, caseInsensitive: Bool
    ) throws(TrackerConfigError) -> [InputNamePatternGroup] {
        let joinable = rules.filter { !InputNamePatternGroup.mayHaveNamedGroup($0.pattern.source) }
        var groups: [InputNamePatternGroup] = []
        if !joinable.isEmpty {
            let source = InputNamePatternGroup.joinedSource(joinable.map(\.pattern.source))
            let ids = joinable.map(\.header.id)
            let pattern: RulePattern
            if joinable.count == 1 {
                pattern = joinable[0].pattern
            } else {
                do {
                    pattern = try RulePattern(source, caseInsensitive: caseInsensitive, limits: joinable[0].pattern.compiled.limits)
                } catch {
                    throw .joinedPatternRejected(attributes: attributes, level: level, ruleIDs: ids, reason: error.description)
                }
            }
            groups.append(InputNamePatternGroup(attributes: attributes, level: level, pattern: pattern, ruleIDs: ids))
        }
        for rule in rules where InputNamePatternGroup.mayHaveNamedGroup(rule.pattern.source) {
            groups.append(InputNamePatternGroup(attributes: attributes, level: level, pattern: rule.pattern, ruleIDs: [rule.header.id]))
        }
        return groups
    }

    /// `name@version`.
    public var identity: String { "\(name)@\(version)" }
}
