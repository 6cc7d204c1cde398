import Foundation
import Testing
@testable import MaskRules

/// The audit's text, JSON and HTML reports.
@Suite struct AuditReportersTests {
    static let report: AuditReport = {
        let auditor = SessionAuditor(configuration: AuditTestSupport.configuration)
        let audits = AuditFixtures.all.map { auditor.audit($0.session) }
        return AuditReport(sessions: audits, ruleSet: RuleSetReference(AuditTestSupport.ruleSet), date: "2026-08-21T09:30:00Z",
                           canaryCount: 3)
    }()

    static let options = ReportOptions(fingerprintKey: FingerprintKey(secret: "test"))

    @Test func textHasALinePerSessionAndTheTotals() {
        let text = AuditTextReporter().render(Self.report, options: Self.options)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.last == "masklint audit: 13 sessions: 3 clean, 6 with leaks, 4 unverified; 41 findings, 1 note")
        #expect(lines.contains("leaks       leak-input-values      5 findings (2 email, 2 payment)"))
        #expect(lines.contains { $0.hasPrefix("unverified  corrupt-zstd           reading stopped at dom.mobs@0: zstd data is corrupt") })
        #expect(lines.contains("clean       clean-legacy-search    23 messages, 1 page, 1 note"))
        #expect(lines.contains { $0.contains("error: [user-id-is-pii]") && $0.contains("fp:") })
    }

    @Test func jsonHasTheSessionsAndTheSharedReport() throws {
        let text = AuditJSONReporter().render(Self.report, options: Self.options)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["format"] as? String == "masklint-audit" && document["date"] as? String == "2026-08-21T09:30:00Z")
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary == ["sessions": 13, "clean": 3, "leaks": 6, "unverified": 4])
        let report = try #require(document["report"] as? [String: Any])
        #expect(report["format"] as? String == "masklint-report")
        #expect((report["findings"] as? [Any])?.count == 42)
        #expect((report["problems"] as? [Any])?.count == 4)
    }

    @Test func htmlIsSelfContainedAndEscaped() {
        var report = Self.report
        report.sessions[0].session = "<script>alert(1)</script>"
        let html = HTMLAuditReporter().render(report, options: Self.options)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        for external in ["src=", "href=\"http", "@import", "url(", "<link", "<script"] {
            #expect(!html.contains(external), "the page loads \(external)")
        }
        #expect(html.contains(Self.report.ruleSet.contentHash))
        #expect(html.contains("masklint-default@"))
        #expect(html.contains("2026-08-21T09:30:00Z"))
        let hash = Self.report.sessions[1].files[0].sha256!
        #expect(html.contains(hash))
        #expect(html.components(separatedBy: "<section class=\"session\"").count - 1 == 13)
        #expect(html.contains("<h3>input-value (5)</h3>"))
    }

    @Test func htmlShowsValuesOnlyWhenAsked() {
        let redacted = HTMLAuditReporter().render(Self.report, options: Self.options)
        #expect(!redacted.contains(AuditFixtures.email) && redacted.contains("j*******@e******.com"))
        var options = Self.options
        options.showValues = true
        #expect(HTMLAuditReporter().render(Self.report, options: options).contains(AuditFixtures.email))
    }
}
