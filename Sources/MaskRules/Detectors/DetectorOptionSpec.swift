/// One option that a detector accepts from rule files: its name, type, default and meaning.
public struct DetectorOptionSpec: Hashable, Sendable {
    /// The option's name in rule files, in kebab-case (`context-words`).
    public let name: String
    /// The type its value must have.
    public let type: DetectorOptionType
    /// The value used when a rule leaves the option out, or `nil` when a rule must set it.
    public let defaultValue: OptionValue?
    /// One sentence saying what the option does.
    public let summary: String

    /// Creates an option description.
    public init(name: String, type: DetectorOptionType, defaultValue: OptionValue?, summary: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// `true` when a rule must set the option.
    public var isRequired: Bool { defaultValue == nil }
}
