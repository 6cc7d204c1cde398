/// A detector cannot be built from what a rule file says: an unknown detector id, an unknown option,
/// or an option value of the wrong type.
public struct DetectorConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Hashable, Sendable {
        /// No built-in detector has this id.
        case unknownDetector(String)
        /// The detector has no option of this name; `known` lists the names it does have.
        case unknownOption(String, known: [String])
        /// The option's value has the wrong type.
        case wrongType(option: String, expected: DetectorOptionType, found: OptionValue)
        /// The option's value has the right type but is not allowed.
        case invalidValue(option: String, value: OptionValue, reason: String)
        /// A required option is missing.
        case missingOption(String)
    }

    /// What is wrong.
    public var kind: Kind
    /// The detector the options were meant for.
    public var detectorID: String
    /// Where the detector was configured, when it came from a file.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ kind: Kind, detectorID: String, location: SourceLocation? = nil) {
        self.kind = kind
        self.detectorID = detectorID
        self.location = location
    }

    /// The same error, placed at `location`.
    public func at(_ location: SourceLocation?) -> DetectorConfigurationError {
        var copy = self
        copy.location = location
        return copy
    }

    /// A one-line message, prefixed with the location when known.
    public var description: String {
        let message: String
        switch kind {
        case .unknownDetector(let id):
            message = "unknown detector '\(id)'"
        case .unknownOption(let name, let known):
            let list = known.isEmpty ? "it takes no options" : "known options: " + known.joined(separator: ", ")
            message = "detector '\(detectorID)' has no option '\(name)' (\(list))"
        case .wrongType(let option, let expected, let found):
            message = "option '\(option)' of detector '\(detectorID)' must be a \(expected), not '\(found)'"
        case .invalidValue(let option, _, let reason):
            message = "option '\(option)' of detector '\(detectorID)' is invalid: \(reason)"
        case .missingOption(let name):
            message = "detector '\(detectorID)' needs the option '\(name)'"
        }
        guard let location else { return message }
        return "\(location): \(message)"
    }
}
