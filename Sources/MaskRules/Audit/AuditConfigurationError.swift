/// A rule set that cannot be used for auditing.
public enum AuditConfigurationError: Error, Sendable, CustomStringConvertible {
    /// The rule set's masking rules do not compile.
    case rules(TrackerConfigError)
    /// A detector rule cannot be built.
    case detector(DetectorConfigurationError)

    public var description: String {
        switch self {
        case .rules(let error): error.description
        case .detector(let error): error.description
        }
    }
}
