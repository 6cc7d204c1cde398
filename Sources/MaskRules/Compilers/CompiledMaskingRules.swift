/// The rule set in the one form that every tracker compiler and `MaskingModel` read: what a
/// `domSanitizer` must test, grouped for speed, and how the network and URL sanitizers are configured.
///
/// Built once from a `RuleSet`:
/// - selector rules grouped by the level they demand, each group joined into one selector list
///   (`selectorGroups`, Hidden first), so that a sanitizer calls `matches()` once per level;
/// - input-name rules, tested only on fields (`InputNameRuleScope`): per attribute they read, the
///   rules highest level first (`fieldNameTests`), each with its required literals
///   (`RulePattern.requiredLiterals`), so that most values are ruled out without a regular expression;
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
    /// Per attribute that an input-name rule reads, in order of first use, the rules to test on its
    /// value, highest level first.
    public let fieldNameTests: [FieldNameTest]
    /// The attributes the input-name rules read, in order of first use (`fieldNameTests`' attributes).
    public let fieldAttributes: [String]
    /// The prefilter, or `nil` when every element must be tested.
    public let prefilter: ElementPrefilter?
    /// Every selector rule that demands a level, in rule set order, for explanations.
    public let selectorRules: [SelectorRule]
    /// Every input-name rule that demands a level, in rule set order: the rules `fieldNameTests` point at.
    public let inputNameRules: [InputNameRule]
    /// Every detector rule, resolved, in rule set order.
    public let detectors: [DetectorConfiguration]

    /// Compiles a rule set.
    /// - Throws: `TrackerConfigError` when a detector is unknown.
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
        let byLevel = inputNameRules.indices.sorted { (inputNameRules[$0].header.level, $1) > (inputNameRules[$1].header.level, $0) }
        fieldNameTests = attributes.map { attribute in
            FieldNameTest(attribute: attribute, ruleIndices: byLevel.filter { inputNameRules[$0].attributes.contains(attribute) }, rules: inputNameRules)
        }
        prefilter = ElementPrefilter.derive(from: selectorGroups.map(\.selector), includesFields: !inputNameRules.isEmpty)
        detectors = try ruleSet.categories.flatMap(\.detectors).map { rule throws(TrackerConfigError) in
            try DetectorConfiguration(rule)
        }
    }

    /// `name@version`.
    public var identity: String { "\(name)@\(version)" }
}
