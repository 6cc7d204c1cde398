/// What a lint check is, in one value that feeds the documentation, SARIF's rule list, `masklint
/// lint --list-checks` and the tests.
///
/// Every check declares one `static let description`. Its examples are HTML fragments: triggering
/// examples mark each expected finding with `↓` just before the offending tag's `<` (or before the
/// first character of a value in text), and the tests run every example through the linter.
public struct CheckDescription: Sendable, Hashable {
    /// The kebab-case id used in reports, suppressions and configuration: `unmasked-pii-field`.
    public let id: String
    /// A Title Case name: `Unmasked PII Field`.
    public let name: String
    /// One sentence saying what the check reports.
    public let summary: String
    /// Markdown: why it matters, what the tracker does, and how to fix a finding.
    public let rationale: String
    /// The severity findings get unless the project configures another.
    public let defaultSeverity: Severity
    /// Examples that must produce exactly the marked findings.
    public let triggeringExamples: [CheckExample]
    /// Examples that must produce no finding of this check.
    public let nonTriggeringExamples: [CheckExample]
    /// Ids this check was known by before, accepted in suppressions and configuration.
    public let deprecatedIDs: [String]

    /// Creates a description.
    public init(
        id: String, name: String, summary: String, rationale: String, defaultSeverity: Severity,
        triggeringExamples: [CheckExample], nonTriggeringExamples: [CheckExample], deprecatedIDs: [String] = []
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.deprecatedIDs = deprecatedIDs
    }
}

/// One example of a check: an HTML fragment and the tracker configuration it is linted under.
public struct CheckExample: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The HTML, with `↓` markers in triggering examples.
    public let html: String
    /// The profile the example is linted under.
    public let profile: MaskingProfile
    /// Whether the app turns on the tracker's `privateMode` on top of the profile.
    public let privateMode: Bool

    /// An example linted under `profile`, with `privateMode` as given.
    public init(_ html: String, profile: MaskingProfile = .precise, privateMode: Bool = false) {
        self.html = html
        self.profile = profile
        self.privateMode = privateMode
    }

    /// An example linted under the default configuration (the `precise` profile).
    public init(stringLiteral html: String) {
        self.init(html)
    }
}
