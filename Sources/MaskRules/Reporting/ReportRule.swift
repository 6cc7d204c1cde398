/// What reports say about a rule or check that findings refer to: SARIF's `tool.driver.rules` entries
/// and the rule list of the JSON format.
///
/// A finding refers to the rule whose `id` equals its `ruleID`, or failing that its `checkID`: `scan`
/// describes the rule set's detector rules (`email.value`), `lint` and `audit` describe their checks.
public struct ReportRule: Sendable, Hashable {
    /// The id findings refer to: `email.value`, `unmasked-pii-field`.
    public var id: String
    /// A Title-Case name.
    public var name: String
    /// One sentence saying what it finds.
    public var summary: String
    /// Help in Markdown: what it finds, why it matters, how to fix it.
    public var help: String
    /// The severity of its findings unless configured otherwise.
    public var defaultSeverity: Severity
    /// The PII category, when the rule has one.
    public var category: PIICategory?
    /// Where the rule is defined (its rule file, line and column), when it comes from a rule set.
    public var definition: SourceLocation?

    /// Creates a rule description.
    public init(id: String, name: String, summary: String, help: String, defaultSeverity: Severity,
                category: PIICategory? = nil, definition: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.summary = summary
        self.help = help
        self.defaultSeverity = defaultSeverity
        self.category = category
        self.definition = definition
    }
}
