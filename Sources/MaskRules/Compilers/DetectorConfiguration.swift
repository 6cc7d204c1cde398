/// A detector rule of the rule set with every option resolved (the rule's value, else the
/// detector's default), as the network and URL sanitizers are configured with it.
public struct DetectorConfiguration: Hashable, Sendable {
    /// The rule's id, such as `password.keyed-value`.
    public let ruleID: String
    /// The built-in detector's id, such as `payment-card`.
    public let detectorID: String
    /// The category of the values found.
    public let category: PIICategory
    /// Every option the detector accepts, with its value.
    public let options: DetectorOptions

    /// Resolves `rule`'s options against its detector's option list.
    /// - Throws: `TrackerConfigError.unknownDetector` when the detector is not built in.
    init(_ rule: DetectorRule) throws(TrackerConfigError) {
        guard let type = BuiltInDetectors.type(id: rule.detectorID) else {
            throw .unknownDetector(ruleID: rule.header.id, detectorID: rule.detectorID)
        }
        var options: DetectorOptions = [:]
        for spec in type.description.options {
            if let value = rule.options[spec.name] ?? spec.defaultValue { options[spec.name] = value }
        }
        ruleID = rule.header.id
        detectorID = rule.detectorID
        category = rule.header.category
        self.options = options
    }

    /// The option's value as a list of strings (empty when absent).
    func strings(_ name: String) -> [String] { options[name]?.stringsValue ?? [] }
    /// The option's value as a boolean.
    func bool(_ name: String) -> Bool { options[name]?.boolValue ?? false }
    /// The option's value as an integer.
    func integer(_ name: String) -> Int { options[name]?.integerValue ?? 0 }
}
