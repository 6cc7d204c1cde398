/// The format for people: one line per finding,
/// `path:line:column: severity: [check] message: preview fingerprint (rule, JSON pointer, evidence)`,
/// a `fix:` line under it when the finding knows the fix, and a closing summary line. Colour (ANSI)
/// only when `ReportOptions.color` says so.
///
/// Problems (unreadable inputs) are not repeated here: the command prints them to standard error as
/// they happen; the summary counts them.
public struct TextReporter: FindingReporter {
    /// Creates the reporter.
    public init() {}

    /// The whole output for `report` in this format: the findings, then the summary line.
    public func render(_ report: FindingReport, options: ReportOptions) -> String {
        renderFindings(report, options: options) + Self.summary(report) + "\n"
    }

    /// The findings of `report`, each line ending in a line feed, without the summary line.
    func renderFindings(_ report: FindingReport, options: ReportOptions) -> String {
        let style = Style(enabled: options.color)
        var output = ""
        for reported in report.findings {
            let finding = reported.finding
            output += style.bold(FindingSentence.location(finding.location, options: options)) + ": "
            output += style.severity(finding.severity) + ": "
            output += "[\(finding.checkID)] "
            output += FindingSentence.render(finding, reportedRuleID: report.reportedRuleID(for: finding), options: options)
            output += "\n"
            if let fix = finding.fix { output += "  fix: \(fix)\n" }
        }
        return output
    }

    /// `masklint scan: 3 findings (2 email, 1 phone) in 2 inputs; 1 input could not be read`.
    static func summary(_ report: FindingReport) -> String {
        let inputs = report.inputCount == 1 ? "1 input" : "\(report.inputCount) inputs"
        var text = "\(report.toolName) \(report.command): "
        if report.findings.isEmpty {
            text += "no findings in \(inputs)"
        } else {
            let count = report.findings.count
            text += count == 1 ? "1 finding" : "\(count) findings"
            let categories = report.countsByCategory.map { "\($0.count) \($0.category.rawValue)" }
            if !categories.isEmpty { text += " (" + categories.joined(separator: ", ") + ")" }
            text += " in \(inputs)"
        }
        if !report.problems.isEmpty {
            let count = report.problems.count
            text += count == 1 ? "; 1 input could not be examined" : "; \(count) inputs could not be examined"
        }
        return text
    }

    /// ANSI styling, or none.
    struct Style {
        let enabled: Bool

        func bold(_ text: String) -> String { wrap(text, "1") }

        func severity(_ severity: Severity) -> String {
            switch severity {
            case .error: wrap("error", "1;31")
            case .warning: wrap("warning", "1;33")
            case .note: wrap("note", "1;36")
            }
        }

        private func wrap(_ text: String, _ code: String) -> String {
            enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }
    }
}
