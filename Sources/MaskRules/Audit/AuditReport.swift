import Foundation

/// The result of an audit run, as every audit format reports it: the sessions with their verdicts,
/// findings and files, and what the run was made with.
public struct AuditReport: Sendable {
    /// The sessions, in the order they were given.
    public var sessions: [SessionAudit]
    /// The rule set used.
    public var ruleSet: RuleSetReference
    /// masklint's version.
    public var toolVersion: String
    /// When the audit ran: ISO 8601, UTC, to the second (`2026-08-21T09:30:00Z`).
    public var date: String
    /// How many canary values were searched for.
    public var canaryCount: Int
    /// The tracker options the sessions were expected to have been recorded with.
    public var trackerOptions: TrackerPrivacyOptions

    /// Creates a report.
    public init(sessions: [SessionAudit], ruleSet: RuleSetReference, toolVersion: String = MaskRulesVersion.current,
                date: String = AuditReport.now(), canaryCount: Int = 0, trackerOptions: TrackerPrivacyOptions = .trackerDefaults) {
        self.sessions = sessions
        self.ruleSet = ruleSet
        self.toolVersion = toolVersion
        self.date = date
        self.canaryCount = canaryCount
        self.trackerOptions = trackerOptions
    }

    /// The number of sessions with `verdict`.
    public func count(_ verdict: SessionVerdict) -> Int { sessions.count { $0.verdict == verdict } }

    /// The worst verdict of any session (`clean` for no sessions).
    public var worstVerdict: SessionVerdict { sessions.map(\.verdict).max() ?? .clean }

    /// Every finding of every session.
    public var findings: [Finding] { sessions.flatMap(\.findings) }

    /// The current time in the form of `date`.
    public static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    /// The report in the form the shared reporters take (text, JSON, SARIF, GitHub): every finding,
    /// every unverified session as a problem, and the checks as rules.
    public var findingReport: FindingReport {
        var problems: [ReportProblem] = []
        for session in sessions where session.verdict == .unverified {
            let location = RecordingLocation(session: session.session, file: session.faults.first?.file, channel: "session",
                                             byteOffset: session.faults.first?.byteOffset)
            problems.append(ReportProblem(
                location: .recording(location),
                message: "The session is unverified: " + session.unverifiedReasons.joined(separator: "; ") + "."))
        }
        return FindingReport(
            command: "audit", toolVersion: toolVersion, ruleSet: ruleSet,
            rules: SessionChecks.descriptions.map(\.reportRule),
            findings: findings.map { ReportedFinding($0) }, problems: problems, inputCount: sessions.count)
    }
}
