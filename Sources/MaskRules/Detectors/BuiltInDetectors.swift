/// The registry of built-in detectors, and the factory that builds one from a rule's `detector:` id
/// and `options:`.
public enum BuiltInDetectors {
    /// Every built-in detector type, in the order listings show them.
    public static let all: [any ValueDetector.Type] = [
        EmailDetector.self,
        PaymentCardDetector.self,
        SSNDetector.self,
        PhoneDetector.self,
        IBANDetector.self,
        KeyedValueDetector.self,
    ]

    /// The descriptions of every built-in detector.
    public static var descriptions: [DetectorDescription] { all.map { $0.description } }

    /// The detector type with this id, or `nil`.
    public static func type(id: String) -> (any ValueDetector.Type)? {
        all.first { $0.description.id == id }
    }

    /// Builds the detector with this id, configured with `options`.
    /// - Parameters:
    ///   - id: a built-in detector id, such as `email`.
    ///   - options: the rule's options.
    ///   - location: where the rule is, for the error.
    /// - Throws: `DetectorConfigurationError` for an unknown id or bad options, placed at `location`.
    public static func make(
        id: String, options: DetectorOptions = [:], location: SourceLocation? = nil
    ) throws(DetectorConfigurationError) -> any ValueDetector {
        guard let type = type(id: id) else {
            throw DetectorConfigurationError(.unknownDetector(id), detectorID: id, location: location)
        }
        do {
            return try type.init(options: options)
        } catch {
            throw error.at(location)
        }
    }

    /// Every problem with a rule's detector id and options, without building the detector.
    public static func problems(
        id: String, options: DetectorOptions, location: SourceLocation? = nil
    ) -> [DetectorConfigurationError] {
        guard let type = type(id: id) else {
            return [DetectorConfigurationError(.unknownDetector(id), detectorID: id, location: location)]
        }
        return type.description.problems(in: options).map { $0.at(location) }
    }
}
