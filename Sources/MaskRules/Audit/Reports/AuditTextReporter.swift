/// The audit's format for people: every finding as the shared text format writes it (without its
/// summary line), then one line per session with its verdict, then the totals.
///
/// ```
/// checkout-42/dom.mobs@1834 input-value SetInputValue#211 form#pay > input: error: [plain-pii-field] ...
///
/// clean       home-17        4,210 messages, 1 page
/// leaks       checkout-42    2 findings (1 payment, 1 email), 1 note
/// unverified  broken-3       reading stopped at dom.mobe@5120: a varint is longer than 10 bytes
/// masklint audit: 3 sessions: 1 clean, 1 with leaks, 1 unverified; 2 findings, 1 note
/// ```
public struct AuditTextReporter: Sendable {
    /// Creates the reporter.
    public init() {}

    /// The whole output.
    public func render(_ report: AuditReport, options: ReportOptions) -> String {
        var output = TextReporter().renderFindings(report.findingReport, options: options)
        if !output.isEmpty { output += "\n" }
        let nameWidth = min(40, report.sessions.map(\.session.count).max() ?? 0)
        for session in report.sessions {
            output += Self.pad(session.verdict.rawValue, 12) + Self.pad(session.session, nameWidth + 2) + Self.detail(session) + "\n"
        }
        output += Self.totals(report) + "\n"
        return output
    }

    /// The part of a session's line after its name.
    static func detail(_ session: SessionAudit) -> String {
        switch session.verdict {
        case .unverified:
            var text = session.unverifiedReasons.joined(separator: "; ")
            let leaks = session.leaks.count
            if leaks > 0 { text += " (\(Self.count(leaks, "finding")) before that)" }
            return text
        case .leaks:
            let leaks = session.leaks
            var categories: [PIICategory: Int] = [:]
            for finding in leaks { if let category = finding.category { categories[category, default: 0] += 1 } }
            var text = Self.count(leaks.count + session.suppressedFindings, "finding")
            if !categories.isEmpty {
                text += " (" + categories.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ") + ")"
            }
            let notes = session.findings.count - leaks.count
            if notes > 0 { text += ", " + Self.count(notes, "note") }
            return text
        case .clean:
            var text = Self.count(session.messageCount, "message") + ", " + Self.count(session.pageCount, "page")
            let notes = session.findings.count
            if notes > 0 { text += ", " + Self.count(notes, "note") }
            return text
        }
    }

    /// `masklint audit: 3 sessions: 1 clean, 1 with leaks, 1 unverified; 2 findings, 1 note`.
    static func totals(_ report: AuditReport) -> String {
        let findings = report.findings
        let leaks = findings.count { $0.severity >= .warning }
        var text = "masklint audit: " + count(report.sessions.count, "session") + ": "
        text += "\(report.count(.clean)) clean, \(report.count(.leaks)) with leaks, \(report.count(.unverified)) unverified; "
        text += count(leaks, "finding")
        if findings.count > leaks { text += ", " + count(findings.count - leaks, "note") }
        return text
    }

    static func count(_ value: Int, _ noun: String) -> String {
        "\(grouped(value)) \(noun)\(value == 1 ? "" : "s")"
    }

    /// `12345` as `12,345`, the same in every locale.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
