import Foundation
import Testing
@testable import MaskRules

/// Verdicts, fail-closed reading, limits and parallel runs.
@Suite struct SessionAuditorTests {
    static let leakyPage: [EncodedMessage] = {
        var page = PageBuilder()
        page.text("Receipt for jane.roe@example.com", in: page.element("P", in: 0))
        page.text(String(repeating: "Thank you. ", count: 10), in: page.element("P", in: 0))
        return page.messages
    }()

    @Test func everyCutOfASessionIsUnverifiedAndKeepsWhatCameBefore() {
        let bytes = RecordingEncoder.records(Self.leakyPage, indexed: true, header: true)
        let offsets = RecordingEncoder.recordOffsets(Self.leakyPage, indexed: true, header: true)
        let leakEnd = offsets[7]
        for length in stride(from: 1, to: bytes.count, by: 3) where !offsets.contains(length) {
            let audit = AuditTestSupport.audit(files: [("dom.mobs", Array(bytes[..<length]))])
            #expect(audit.verdict == .unverified, "cut at \(length)")
            #expect(audit.faults.count == 1)
            #expect(audit.unverifiedReasons.first?.contains("dom.mobs@") == true)
            if length > leakEnd { #expect(audit.findings.count == 1, "the leak before the cut at \(length) is kept") }
        }
    }

    @Test func aSessionWithNothingToReadIsUnverified() {
        let audit = AuditTestSupport.audit(files: [("dom.mobs", [])])
        #expect(audit.verdict == .unverified)
        #expect(audit.unverifiedReasons == ["the session holds no messages"])
    }

    @Test func findingsBeyondTheLimitAreCounted() {
        var page = PageBuilder()
        for index in 0..<12 { page.text("user\(index)@mail.example", in: page.element("P", in: 0)) }
        let audit = AuditTestSupport.audit(page.messages, configuration: AuditTestSupport.makeConfiguration(maximumFindings: 5))
        #expect(audit.findings.count == 5 && audit.suppressedFindings == 7)
        #expect(audit.verdict == .leaks)
    }

    @Test func otherStreamsAreReadAfterAFault() {
        let broken = Array(RecordingEncoder.records(Self.leakyPage, indexed: true, header: true).dropLast(5))
        let devtools = AuditFixtures.storedBatches([[.consoleLog(level: "log", value: "SSN 536-22-1234")]], version: 4,
                                                   location: "https://a.example/")
        let audit = AuditTestSupport.audit(files: [("dom.mobs", broken), ("devtools.mob", devtools)])
        #expect(audit.verdict == .unverified)
        #expect(Set(audit.findings.compactMap(\.category)) == [.email, .ssn])
    }

    @Test func sessionsRunInParallelAndComeBackInOrder() async {
        let auditor = SessionAuditor(configuration: AuditTestSupport.configuration)
        let sessions = AuditFixtures.all.map(\.session)
        let finished = AuditProgressCounter()
        let audits = await auditor.audit(sessions, maximumConcurrentSessions: 3) { _ in finished.increment() }
        #expect(audits.map(\.session) == sessions.map(\.name))
        #expect(audits.map(\.verdict) == AuditFixtures.all.map(\.verdict))
        #expect(finished.value == sessions.count)
    }

    @Test func filesAreHashed() throws {
        let fixture = AuditFixtures.cleanLegacySearch
        let audit = AuditTestSupport.audit(files: fixture.files, name: fixture.name)
        #expect(audit.files.map(\.name) == ["dom.mobs", "dom.mobe"])
        #expect(audit.files[0].sha256 == SHA256.hash(fixture.files[0].bytes).hexString)
        #expect(audit.files.map(\.storedBytes) == fixture.files.map(\.bytes.count))
        #expect(audit.formats == ["legacy records (no header, indexed)"])
    }

    /// A file is hashed while it is read; one whose reading stops at a fault (here after its first
    /// 4 MB piece) is read on to its end for the hash, and a file the reading never reaches is hashed
    /// on its own. The bytes counted are still those read before the fault.
    @Test(arguments: [false, true])
    func filesAreHashedWholeWhereverReadingStops(onDisk: Bool) throws {
        // Corrupt zstd (refused in its first bytes) followed by more than a piece of anything.
        var generator = AuditSessionGenerator(seed: 5)
        let corrupt = AuditFixtures.corruptZstd.files[0].bytes
            + (0..<(InputChunkReader.chunkSize + 70_001)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let broken = Array(RecordingEncoder.records(Self.leakyPage, indexed: true, header: true).dropLast(5))
        let files: [(name: String, bytes: [UInt8])] = [("dom.mobs", corrupt), ("dom.mobe", broken)]
        let directory = try TemporaryDirectory()
        var inputs: [RecordingInput] = []
        for file in files {
            inputs.append(onDisk ? .file(path: try directory.write(file.name, file.bytes)) : .bytes(name: file.name, file.bytes))
        }
        let audit = SessionAuditor(configuration: AuditTestSupport.configuration)
            .audit(RecordingSession(name: "s", inputs: inputs))
        #expect(audit.unverifiedReasons.first?.contains("dom.mobs@") == true)
        #expect(audit.files.map(\.sha256) == files.map { SHA256.hash($0.bytes).hexString })
        #expect(audit.files.map(\.storedBytes) == [InputChunkReader.chunkSize, 0])
    }
}
