/// One lint check: a self-describing value that reads a linted page and returns findings.
///
/// Each check lives in its own file under `Lint/Checks/`, declares its `description` (id, rationale,
/// examples) and keeps its message texts in a nested `Message` namespace at the bottom of the file.
/// `LintChecks.all` lists every check.
public protocol LintCheck: Sendable {
    /// What the check is, with examples.
    static var description: CheckDescription { get }
    /// Creates the check.
    init()
    /// The findings on `document`, at the check's default severity; the linter applies the
    /// configured severity and the suppressions.
    func findings(in document: LintDocument) -> [Finding]
}

extension LintCheck {
    /// A finding of this check at its default severity.
    func finding(
        _ message: String, at location: SourceLocation?, in document: LintDocument, category: PIICategory? = nil,
        ruleID: String? = nil, value: SensitiveValue? = nil, evidence: [String] = [], fix: String? = nil
    ) -> Finding {
        Finding(
            checkID: Self.description.id, severity: Self.description.defaultSeverity, message: message,
            location: .source(location ?? SourceLocation(file: document.document.file)), category: category,
            ruleID: ruleID, value: value, evidence: evidence, fix: fix)
    }
}
