import Foundation
import Testing
@testable import MaskRules

/// What the command line names becomes sessions.
@Suite struct SessionDiscoveryTests {
    @Test func directoriesFilesAndStandardInput() throws {
        let directory = try TemporaryDirectory()
        let root = directory.url.path
        try directory.write("all/s1/dom.mobs", [1])
        try directory.write("all/s1/dom.mobe", [2])
        try directory.write("all/s1/README.md", [3])
        try directory.write("all/s2/devtools.mob", [4])
        try directory.write("all/nested/s3/0_1.bin", [5])
        try directory.write("all/notes.txt", [6])
        try directory.write("loose/a.bin", [7])
        try directory.write("loose/b.bin", [8])
        let sessions = try SessionDiscovery.sessions(for: [
            "\(root)/all", "\(root)/loose/a.bin", "-", "\(root)/loose/b.bin", "\(root)/missing",
        ])
        #expect(sessions.map(\.name) == ["s3", "s1", "s2", "loose", "-", "\(root)/missing"])
        #expect(sessions[1].streams.map { $0.inputs.map(\.name) } == [["dom.mobs", "dom.mobe"]])
        #expect(sessions[3].streams.flatMap { $0.inputs.map(\.name) } == ["a.bin", "b.bin"])
        #expect(sessions[4].streams.first?.inputs == [.standardInput])
    }

    @Test func aMissingPathIsAnUnreadableSession() throws {
        let sessions = try SessionDiscovery.sessions(for: ["/nonexistent/masklint/session"])
        let audit = SessionAuditor(configuration: AuditTestSupport.configuration).audit(sessions[0])
        #expect(audit.verdict == .unverified)
        #expect(audit.faults.first?.reason.code == "unreadable")
    }

    @Test func anEmptyDirectoryIsAnEmptySession() throws {
        let directory = try TemporaryDirectory()
        let sessions = try SessionDiscovery.sessions(for: [directory.url.path])
        #expect(sessions.count == 1 && sessions[0].streams.isEmpty)
        #expect(SessionAuditor(configuration: AuditTestSupport.configuration).audit(sessions[0]).verdict == .unverified)
    }

    @Test func tooManySessionsIsAnError() throws {
        #expect(throws: SessionDiscoveryError.tooManySessions(limit: 2)) {
            try SessionDiscovery.sessions(for: ["-", "/a", "/b"], maximumSessions: 2)
        }
    }
}
