import Foundation

/// GitHub Actions workflow commands: one `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::`
/// line per finding (`::warning` and `::notice` for the lower severities), which GitHub shows as
/// annotations on a pull request's diff, and one per input that could not be examined.
///
/// Paths must be relative to the repository, so absolute paths under `ReportOptions.baseDirectory`
/// are made relative. Values are escaped as GitHub requires: `%`, `\r` and `\n` in the message, and
/// also `:` and `,` in properties.
public struct GitHubActionsReporter: FindingReporter {
    /// Creates the reporter.
    public init() {}

    /// The whole output for `report` in this format.
    public func render(_ report: FindingReport, options: ReportOptions) -> String {
        var output = ""
        for reported in report.findings {
            let finding = reported.finding
            var properties: [(String, String)] = []
            switch finding.location {
            case .source(let source, _):
                if let file = source.file { properties.append(("file", options.displayPath(file))) }
                if let line = source.line {
                    properties.append(("line", "\(line)"))
                    if let column = source.column { properties.append(("col", "\(column)")) }
                    if let end = reported.end, let endLine = end.line {
                        properties.append(("endLine", "\(endLine)"))
                        if let endColumn = end.column, endLine == line { properties.append(("endColumn", "\(endColumn)")) }
                    }
                }
            case .recording:
                break
            }
            let ruleID = report.reportedRuleID(for: finding)
            let name = report.rule(for: finding)?.rule.name ?? finding.checkID
            properties.append(("title", "\(report.toolName) \(report.command): \(name) [\(ruleID)]"))
            var message = "[\(finding.checkID)] "
            if case .recording = finding.location { message += finding.location.description + ": " }
            message += FindingSentence.render(finding, reportedRuleID: ruleID, options: options)
            if let fix = finding.fix { message += "\nFix: \(fix)" }
            output += command(Self.level(finding.severity), properties: properties, message: message)
        }
        for problem in report.problems {
            var properties: [(String, String)] = []
            if case .source(let source, _) = problem.location, let file = source.file {
                properties.append(("file", options.displayPath(file)))
            }
            properties.append(("title", "\(report.toolName) \(report.command): input not examined"))
            var message = problem.message
            if case .recording = problem.location, let location = problem.location { message = "\(location): " + message }
            output += command("error", properties: properties, message: message)
        }
        return output
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    private func command(_ name: String, properties: [(String, String)], message: String) -> String {
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name)" + (list.isEmpty ? "" : " " + list) + "::" + Self.escapeData(message) + "\n"
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
