/// Everything a reporter needs: which command ran with which rule set, the rules the findings refer
/// to, the findings, and the inputs that could not be examined.
public struct FindingReport: Sendable {
    /// The command that made the report: `scan`, `lint`, `audit`.
    public var command: String
    /// The tool's name, as SARIF's `tool.driver.name` shows it.
    public var toolName: String
    /// The tool's version.
    public var toolVersion: String
    /// The rule set used, when the command uses one.
    public var ruleSet: RuleSetReference?
    /// The rules and checks findings refer to, in the order reports list them.
    public var rules: [ReportRule]
    /// The findings, in the order reports list them.
    public var findings: [ReportedFinding]
    /// The inputs that could not be examined.
    public var problems: [ReportProblem]
    /// How many inputs (files, sessions) were given, examined or not.
    public var inputCount: Int

    /// Creates a report.
    public init(command: String, toolName: String = "masklint", toolVersion: String = MaskRulesVersion.current,
                ruleSet: RuleSetReference? = nil, rules: [ReportRule] = [], findings: [ReportedFinding],
                problems: [ReportProblem] = [], inputCount: Int) {
        self.command = command
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.ruleSet = ruleSet
        self.rules = rules
        self.findings = findings
        self.problems = problems
        self.inputCount = inputCount
    }

    /// The rule a finding refers to, with its index in `rules`: the one whose id is the finding's
    /// `ruleID`, else the one whose id is its `checkID`.
    public func rule(for finding: Finding) -> (index: Int, rule: ReportRule)? {
        for id in [finding.ruleID, finding.checkID].compactMap({ $0 }) {
            if let index = rules.firstIndex(where: { $0.id == id }) { return (index, rules[index]) }
        }
        return nil
    }

    /// The id a finding is reported under: the rule's when `rules` describes it, else the check's.
    public func reportedRuleID(for finding: Finding) -> String {
        rule(for: finding)?.rule.id ?? finding.checkID
    }

    /// The number of findings per category, largest first, then in category order; findings without a
    /// category are left out.
    public var countsByCategory: [(category: PIICategory, count: Int)] {
        let counts = Dictionary(grouping: findings.compactMap(\.finding.category), by: { $0 }).mapValues(\.count)
        return counts.map { ($0.key, $0.value) }.sorted { ($1.count, $0.category) < ($0.count, $1.category) }
    }

    /// The number of findings at or above `severity`.
    public func count(atLeast severity: Severity) -> Int {
        findings.count { $0.finding.severity >= severity }
    }
}
