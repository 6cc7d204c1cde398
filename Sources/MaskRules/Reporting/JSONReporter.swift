/// One JSON document per run, for scripts: the tool, command and rule set; a summary; every finding
/// with its location (and span end), category, rule, message, evidence and value (redacted preview
/// and keyed fingerprint, and the raw value only with `showValues`); the inputs that could not be
/// examined; and the rules the findings refer to.
///
/// `format` and `formatVersion` name this layout; a change that removes or renames a key raises the
/// version.
public struct JSONReporter: FindingReporter {
    /// The layout's version.
    public static let formatVersion = 1

    /// Creates the reporter.
    public init() {}

    /// The whole output for `report` in this format.
    public func render(_ report: FindingReport, options: ReportOptions) -> String {
        ReportJSON.encode(ReportView(report, options: options))
    }

    struct ReportView: Encodable {
        var format = "masklint-report"
        var formatVersion = JSONReporter.formatVersion
        var tool: ToolView
        var command: String
        var ruleSet: RuleSetView?
        var fingerprintKey: String
        var valuesShown: Bool
        var summary: SummaryView
        var findings: [FindingView]
        var problems: [ProblemView]
        var rules: [RuleView]

        init(_ report: FindingReport, options: ReportOptions) {
            tool = ToolView(name: report.toolName, version: report.toolVersion)
            command = report.command
            ruleSet = report.ruleSet.map { RuleSetView(name: $0.name, version: $0.version, contentHash: $0.contentHash) }
            fingerprintKey = options.fingerprintKey.origin.rawValue
            valuesShown = options.showValues
            summary = SummaryView(
                inputs: report.inputCount, findings: report.findings.count, problems: report.problems.count,
                byCategory: Dictionary(uniqueKeysWithValues: report.countsByCategory.map { ($0.category.rawValue, $0.count) }),
                bySeverity: Dictionary(grouping: report.findings, by: \.finding.severity.rawValue).mapValues(\.count))
            findings = report.findings.map { FindingView($0, report: report, options: options) }
            problems = report.problems.map {
                ProblemView(location: $0.location.map { LocationView($0, options: options) }, message: $0.message)
            }
            rules = report.rules.map(RuleView.init)
        }
    }

    struct ToolView: Encodable {
        var name: String
        var version: String
    }

    struct RuleSetView: Encodable {
        var name: String
        var version: String
        var contentHash: String
    }

    struct SummaryView: Encodable {
        var inputs: Int
        var findings: Int
        var problems: Int
        var byCategory: [String: Int]
        var bySeverity: [String: Int]
    }

    struct FindingView: Encodable {
        var check: String
        var rule: String?
        var severity: String
        var category: String?
        var message: String
        var location: LocationView
        var end: LocationView?
        var value: ValueView?
        var evidence: [String]
        var fix: String?

        init(_ reported: ReportedFinding, report: FindingReport, options: ReportOptions) {
            let finding = reported.finding
            check = finding.checkID
            rule = finding.ruleID ?? report.rule(for: finding)?.rule.id
            severity = finding.severity.rawValue
            category = finding.category?.rawValue
            message = finding.message
            location = LocationView(finding.location, options: options)
            end = reported.end.map(LocationView.init(end:))
            value = finding.value.map {
                ValueView(redacted: $0.redacted, fingerprint: options.fingerprint(of: $0),
                          raw: options.showValues ? options.shownValue(of: $0) : nil)
            }
            evidence = finding.evidence
            fix = finding.fix
        }
    }

    struct ValueView: Encodable {
        var redacted: String
        var fingerprint: String
        var raw: String?
    }

    struct ProblemView: Encodable {
        var location: LocationView?
        var message: String
    }

    struct RuleView: Encodable {
        var id: String
        var name: String
        var summary: String
        var defaultSeverity: String
        var category: String?
        var definition: String?

        init(_ rule: ReportRule) {
            id = rule.id
            name = rule.name
            summary = rule.summary
            defaultSeverity = rule.defaultSeverity.rawValue
            category = rule.category?.rawValue
            definition = rule.definition?.description
        }
    }
}
