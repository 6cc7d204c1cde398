/// The output formats, as `--format` names them.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// `path:line:column: severity: [check] message` lines and a summary, for people.
    case text
    /// One JSON document with every finding, for scripts.
    case json
    /// SARIF 2.1.0, for code scanning tools.
    case sarif
    /// GitHub Actions workflow commands (`::error file=…`), which annotate a pull request's diff.
    case github

    /// The reporter that writes this format.
    public var reporter: any FindingReporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .github: GitHubActionsReporter()
        }
    }
}
