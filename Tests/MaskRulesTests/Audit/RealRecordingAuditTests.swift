import Testing
@testable import MaskRules

/// The real recording beside the repository (`../shared/recordings/openreplay-2023`, OpenReplay's own
/// dashboard in January 2023, legacy layout) audits to its end.
///
/// It predates the Obscured default, so seventeen typed values were recorded plain: search and
/// filter terms (`click`, `Buscar`, `BUSCAR CURSOS`, a `1` in a page-size box). None of those fields is
/// a PII field under the rule set, and no detector finds a value in them, so they are notes
/// (`plain-input-value`), one per field and page, and the session is clean.
@Suite struct RealRecordingAuditTests {
    @Test(.enabled(if: RealRecording.isPresent)) func theRealRecordingAuditsToItsEnd() throws {
        let directory = try #require(RealRecording.directory)
        let session = RecordingSession(name: "openreplay-2023", inputs: [
            .file(path: directory.appendingPathComponent("dom1.mobs").path),
            .file(path: directory.appendingPathComponent("dom2.mobe").path),
        ])
        let audit = SessionAuditor(configuration: AuditTestSupport.configuration).audit(session)
        #expect(audit.faults.isEmpty && audit.rebuildFault == nil)
        #expect(audit.messageCount == 76_549 && audit.decodedBytes == 3_534_170)
        #expect(audit.verdict == .clean)
        #expect(audit.findings.allSatisfy { $0.checkID == "plain-input-value" && $0.severity == .note })
        #expect(audit.findings.count == 7)
        #expect(audit.findings.allSatisfy { AuditTestSupport.location($0)?.nodePath?.split(separator: " ").last?.hasPrefix("input") == true })
        #expect(audit.pageCount == 1 && audit.unresolvedNodeReferences < 50)
    }
}
