/// The OpenReplay configuration as data (`--format json`), for tooling that builds its own module
/// or audits a deployment: the tracker options, what `domSanitizer` tests, and how the network and
/// URL sanitizers are configured. Keys are sorted, so the output is deterministic.
struct OpenReplayConfigDocument: Encodable {
    struct RuleSetInfo: Encodable {
        let name: String
        let version: String
        let contentHash: String
    }

    struct TrackerOptions: Encodable {
        let privateMode: Bool
        let defaultInputMode: Int
        let obscureInputEmails: Bool
        let obscureInputNumbers: Bool
        let obscureInputDates: Bool
        let obscureTextEmails: Bool
        let obscureTextNumbers: Bool
        let network: Network

        struct Network: Encodable {
            let capturePayload: Bool
        }
    }

    struct SelectorGroup: Encodable {
        let level: Int
        let levelName: String
        let selector: String
        let subjectTagNames: [String]?
        let prefilter: ElementPrefilter?
        let ruleIDs: [String]
    }

    struct InputNameRule: Encodable {
        let ruleID: String
        let attributes: [String]
        let level: Int
        let levelName: String
        let pattern: String
        let flags: String
        let lowercasedASCII: Bool
        let requiredLiterals: [String]?
    }
    struct FieldNameTest: Encodable {
        let attribute: String
        let ruleIDs: [String]
    }

    struct DOMSanitizer: Encodable {
        let prefilter: ElementPrefilter?
        let selectors: [SelectorGroup]
        let fieldTagNames: [String]
        let editableAttribute: String
        let inputNameRules: [InputNameRule]
        let fieldNameTests: [FieldNameTest]
    }

    struct Detector: Encodable {
        let ruleID: String
        let detector: String
        let category: String
        let options: DetectorOptions
    }

    struct NetworkSanitizer: Encodable {
        let mask: String
        let secretQueryKeys: [String]
        let keyedValueKeys: [String]
        let detectors: [Detector]
    }

    let masklintVersion: String
    let target: String
    let tracker: String
    let profile: String
    let ruleSet: RuleSetInfo
    let trackerOptions: TrackerOptions
    let domSanitizer: DOMSanitizer
    let networkSanitizer: NetworkSanitizer

    init(rules: CompiledMaskingRules, profile: MaskingProfile) {
        let options = profile.trackerOptions
        masklintVersion = MaskRulesVersion.current
        target = "openreplay"
        tracker = "@openreplay/tracker 18.0.6"
        self.profile = profile.rawValue
        ruleSet = RuleSetInfo(name: rules.name, version: rules.version, contentHash: rules.contentHash)
        trackerOptions = TrackerOptions(
            privateMode: options.privateMode, defaultInputMode: options.defaultInputMode.rawValue,
            obscureInputEmails: options.obscureInputEmails, obscureInputNumbers: options.obscureInputNumbers,
            obscureInputDates: options.obscureInputDates, obscureTextEmails: options.obscureTextEmails,
            obscureTextNumbers: options.obscureTextNumbers,
            network: .init(capturePayload: profile.capturesNetworkPayloads))
        domSanitizer = DOMSanitizer(
            prefilter: rules.prefilter,
            selectors: rules.selectorGroups.map {
                SelectorGroup(level: $0.level.rawValue, levelName: $0.level.name, selector: $0.selector.cssText,
                              subjectTagNames: $0.subjectTagNames?.sorted(), prefilter: $0.prefilter, ruleIDs: $0.ruleIDs)
            },
            fieldTagNames: InputNameRuleScope.fieldTagNames,
            editableAttribute: InputNameRuleScope.editableAttribute,
            inputNameRules: rules.inputNameRules.map {
                InputNameRule(ruleID: $0.header.id, attributes: $0.attributes, level: $0.header.level.rawValue,
                              levelName: $0.header.level.name, pattern: $0.pattern.source, flags: $0.pattern.javaScriptFlags,
                              lowercasedASCII: $0.pattern.admitsLowercasedASCII, requiredLiterals: $0.pattern.requiredLiterals?.strings)
            },
            fieldNameTests: rules.fieldNameTests.map { test in
                FieldNameTest(attribute: test.attribute, ruleIDs: test.ruleIndices.map { rules.inputNameRules[$0].header.id })
            })
        let emitter = NetworkSanitizerEmitter(rules: rules, typeScript: false)
        networkSanitizer = NetworkSanitizer(
            mask: NetworkSanitizerEmitter.mask, secretQueryKeys: NetworkSanitizerEmitter.secretQueryKeys,
            keyedValueKeys: emitter.keyedValueKeys,
            detectors: rules.detectors.map {
                Detector(ruleID: $0.ruleID, detector: $0.detectorID, category: $0.category.rawValue, options: $0.options)
            })
    }
}
