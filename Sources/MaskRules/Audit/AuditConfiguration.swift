/// Everything a session audit needs that does not change from one session to the next: the rule set
/// and what is built from it, the canaries, the tracker options the recordings are expected to have
/// been made with, and the limits. Built once per run and shared by every session's task.
public struct AuditConfiguration: Sendable {
    /// The rule set.
    public let ruleSet: RuleSet
    /// The masking model: what the tracker, configured with the rule set's generated `domSanitizer`
    /// and `trackerOptions`, would mask.
    public let maskingModel: MaskingModel
    /// The field classifier.
    public let classifier: FieldClassifier
    /// The rule set's value detectors, with every decoded view.
    public let scanner: ValueScanner
    /// The rule id of each of `scanner`'s detectors, by index.
    public let detectorRuleIDs: [String]
    /// The canaries.
    public let canaries: CanarySet
    /// The reader's limits.
    public let readerLimits: RecordingLimits
    /// The rebuilt page's limits.
    public let rebuildLimits: RebuildLimits
    /// The most distinct findings kept per session; more are counted, not listed.
    public let maximumFindingsPerSession: Int
    /// The canary matcher built from `canaries`.
    let canaryMatcher: CanaryMatcher
    /// What masking levels depend on under the rule set.
    let maskingDependencies: MaskingDependencies

    /// Builds the configuration.
    /// - Parameters:
    ///   - ruleSet: The rule set.
    ///   - trackerOptions: The tracker options the sessions were recorded with, as far as masking
    ///     goes; the tracker's defaults unless the application changes them.
    ///   - canaries: Canary values; none by default. Each is given the category the detectors see in it.
    ///   - readerLimits: Limits for reading recordings.
    ///   - rebuildLimits: Limits for rebuilding pages.
    ///   - maximumFindingsPerSession: The most distinct findings listed per session.
    /// - Throws: `AuditConfigurationError` when the rule set's rules or detectors cannot be built.
    public init(ruleSet: RuleSet, trackerOptions: TrackerPrivacyOptions = .trackerDefaults, canaries: CanarySet = .empty,
                readerLimits: RecordingLimits = .standard, rebuildLimits: RebuildLimits = .standard,
                maximumFindingsPerSession: Int = 10_000) throws(AuditConfigurationError) {
        let rules: CompiledMaskingRules
        do {
            rules = try CompiledMaskingRules(ruleSet)
        } catch {
            throw .rules(error)
        }
        var detectors: [any ValueDetector] = []
        var ruleIDs: [String] = []
        for rule in ruleSet.categories.flatMap(\.detectors) {
            do {
                detectors.append(try BuiltInDetectors.make(id: rule.detectorID, options: rule.options,
                                                           location: rule.header.location))
            } catch {
                throw .detector(error)
            }
            ruleIDs.append(rule.header.id)
        }
        self.ruleSet = ruleSet
        self.maskingModel = MaskingModel(rules: rules, options: trackerOptions)
        self.maskingDependencies = MaskingDependencies(rules)
        self.classifier = FieldClassifier(ruleSet: ruleSet)
        self.scanner = ValueScanner(detectors: detectors)
        self.detectorRuleIDs = ruleIDs
        self.canaries = canaries.categorized(by: scanner)
        self.canaryMatcher = CanaryMatcher(self.canaries)
        self.readerLimits = readerLimits
        self.rebuildLimits = rebuildLimits
        self.maximumFindingsPerSession = max(1, maximumFindingsPerSession)
    }

    /// The rule id of a detected value's detector.
    func ruleID(of detection: DetectedValue) -> String {
        detectorRuleIDs.indices.contains(detection.detectorIndex) ? detectorRuleIDs[detection.detectorIndex] : detection.detectorID
    }
}
