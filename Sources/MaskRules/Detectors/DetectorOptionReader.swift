/// Validated options with their defaults filled in, read by a detector's `init(options:)`.
///
/// Reading an option that the description does not declare, or with a getter of another type, is a
/// programming error in the detector and traps.
struct DetectorOptionReader {
    private let values: DetectorOptions

    /// Validates `options` against `description` and fills in the defaults.
    /// - Throws: the first problem `description.problems(in:)` reports.
    init(_ options: DetectorOptions, for description: DetectorDescription) throws(DetectorConfigurationError) {
        try description.validate(options)
        var values = description.normalized(options)
        for spec in description.options where values[spec.name] == nil {
            if let value = spec.defaultValue { values[spec.name] = value }
        }
        self.values = values
    }

    private func value(_ name: String) -> OptionValue {
        guard let value = values[name] else { preconditionFailure("option '\(name)' is neither set nor defaulted") }
        return value
    }

    func bool(_ name: String) -> Bool {
        guard let bool = value(name).boolValue else { preconditionFailure("option '\(name)' is not a boolean") }
        return bool
    }

    func integer(_ name: String) -> Int {
        guard let integer = value(name).integerValue else { preconditionFailure("option '\(name)' is not an integer") }
        return integer
    }

    func strings(_ name: String) -> [String] {
        guard let strings = value(name).stringsValue else { preconditionFailure("option '\(name)' is not a list") }
        return strings
    }

    func category(_ name: String) -> PIICategory {
        guard let category = value(name).stringValue.flatMap(PIICategory.init(rawValue:)) else {
            preconditionFailure("option '\(name)' is not a category")
        }
        return category
    }
}
