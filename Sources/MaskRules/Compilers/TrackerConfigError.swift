/// Why a rule set could not be turned into a tracker configuration. Each case names the rule.
public enum TrackerConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A detector rule names a detector that is not built in.
    case unknownDetector(ruleID: String, detectorID: String)
    /// A detector has no JavaScript version for the target, so the generated sanitizers could not
    /// find its values; compiling would silently let them through.
    case detectorWithoutJavaScript(ruleID: String, detectorID: String, target: String)
    /// The target does not write this output format.
    case unsupportedFormat(target: String, format: String)

    /// The problem as a sentence, led by the rule's id.
    public var description: String {
        switch self {
        case .unknownDetector(let ruleID, let detectorID):
            "[\(ruleID)] unknown detector '\(detectorID)'"
        case .detectorWithoutJavaScript(let ruleID, let detectorID, let target):
            "[\(ruleID)] the detector '\(detectorID)' has no JavaScript version for the \(target) target"
        case .unsupportedFormat(let target, let format):
            "the \(target) target does not write \(format)"
        }
    }
}
