/// What a session check finds, in one value that feeds the documentation, the reports' rule lists
/// and the tests.
public struct SessionCheckDescription: Sendable, Hashable {
    /// The kebab-case id findings carry as their `checkID`: `plain-pii-field`.
    public let id: String
    /// A Title-Case name.
    public let name: String
    /// One sentence saying what it finds.
    public let summary: String
    /// Markdown: why it matters and how to fix it.
    public let rationale: String
    /// The severity of its findings. `note` findings are listed but do not make a session leak.
    public let severity: Severity

    /// Creates a description.
    public init(id: String, name: String, summary: String, rationale: String, severity: Severity) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.severity = severity
    }

    /// The description as reports list it.
    public var reportRule: ReportRule {
        ReportRule(id: id, name: name, summary: summary, help: rationale, defaultSeverity: severity)
    }
}
