/// What a detector is, as shown by `masklint rules list --detectors`, in the rule catalogue and in the
/// tests: its id, category, summary, options and examples.
public struct DetectorDescription: Sendable {
    /// The id that rule files use in `detector:`, in kebab-case.
    public let id: String
    /// A Title-Case name for listings.
    public let name: String
    /// The category of the values it finds, or `nil` when a rule chooses it with the `category` option.
    public let category: PIICategory?
    /// One sentence saying what it finds.
    public let summary: String
    /// The options it accepts.
    public let options: [DetectorOptionSpec]
    /// The options the examples are checked with (empty unless the detector has required options).
    public let exampleOptions: DetectorOptions
    /// Texts in which the detector finds exactly one value, with that value.
    public let matchingExamples: [DetectorExample]
    /// Texts in which the detector finds nothing.
    public let nonMatchingExamples: [String]

    /// Creates a description.
    public init(
        id: String, name: String, category: PIICategory?, summary: String,
        options: [DetectorOptionSpec] = [], exampleOptions: DetectorOptions = [:],
        matchingExamples: [DetectorExample], nonMatchingExamples: [String]
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.summary = summary
        self.options = options
        self.exampleOptions = exampleOptions
        self.matchingExamples = matchingExamples
        self.nonMatchingExamples = nonMatchingExamples
    }

    /// Every problem with `options`: unknown names, wrong types, invalid values and missing required
    /// options, in option-name order.
    public func problems(in options: DetectorOptions) -> [DetectorConfigurationError] {
        var problems: [DetectorConfigurationError] = []
        let known = self.options.map(\.name)
        for (name, value) in options.sorted(by: { $0.key < $1.key }) {
            guard let spec = self.options.first(where: { $0.name == name }) else {
                problems.append(.init(.unknownOption(name, known: known), detectorID: id))
                continue
            }
            switch spec.type.problem(with: value) {
            case nil: break
            case .wrongType:
                problems.append(.init(.wrongType(option: name, expected: spec.type, found: value), detectorID: id))
            case .invalid(let reason):
                problems.append(.init(.invalidValue(option: name, value: value, reason: reason), detectorID: id))
            }
        }
        for spec in self.options where spec.isRequired && options[spec.name] == nil {
            problems.append(.init(.missingOption(spec.name), detectorID: id))
        }
        return problems
    }

    /// Checks `options` against the option list.
    /// - Throws: the first of `problems(in:)`.
    /// `options` as the detector reads them: word strings of `words` options split into lists
    /// (`DetectorOptionType.normalized(_:)`); unknown options are left as they are.
    public func normalized(_ options: DetectorOptions) -> DetectorOptions {
        options.reduce(into: [:]) { result, option in
            let type = self.options.first { $0.name == option.key }?.type
            result[option.key] = type?.normalized(option.value) ?? option.value
        }
    }

    public func validate(_ options: DetectorOptions) throws(DetectorConfigurationError) {
        if let problem = problems(in: options).first { throw problem }
    }
}

/// A text in which a detector finds exactly one value, and that value as the detector reports it.
public struct DetectorExample: Hashable, Sendable {
    /// The text.
    public let text: String
    /// The normalized value the detector reports.
    public let value: String

    /// Creates an example.
    public init(_ text: String, value: String) {
        self.text = text
        self.value = value
    }
}
