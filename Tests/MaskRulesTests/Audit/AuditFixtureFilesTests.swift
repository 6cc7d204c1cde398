import Foundation
import Testing
@testable import MaskRules

/// `fixtures/sessions/` holds the fixture sessions as files, for the command-line tests and for trying
/// `masklint audit` by hand. They are generated from `AuditFixtures` by this test: it fails when the
/// committed files are stale, and rewrites them when run with `UPDATE_GENERATED=1`.
///
/// Compressed files are compared by what they hold (their messages and faults), so that another
/// version of libzstd or zlib does not make them stale.
@Suite(.serialized) struct AuditFixtureFilesTests {
    static let directory = RepositoryPaths.fixtures.appendingPathComponent("sessions")

    @Test func committedFixtureSessionsAreCurrent() throws {
        let manager = FileManager.default
        if RepositoryPaths.updatingGeneratedFiles {
            try? manager.removeItem(at: Self.directory)
            for fixture in AuditFixtures.all {
                let folder = Self.directory.appendingPathComponent(fixture.name)
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                for file in fixture.files { try Data(file.bytes).write(to: folder.appendingPathComponent(file.name)) }
            }
            try Data(AuditFixtures.canaryFile.utf8).write(to: Self.directory.appendingPathComponent("canaries.txt"))
            return
        }
        let names = try manager.contentsOfDirectory(atPath: Self.directory.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names == (AuditFixtures.all.map(\.name) + ["canaries.txt"]).sorted(), "fixtures/sessions is stale; run UPDATE_GENERATED=1 swift test --filter AuditFixtureFilesTests")
        let canaries = try String(contentsOf: Self.directory.appendingPathComponent("canaries.txt"), encoding: .utf8)
        #expect(canaries == AuditFixtures.canaryFile)
        for fixture in AuditFixtures.all {
            let folder = Self.directory.appendingPathComponent(fixture.name)
            let files = (try? manager.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
            #expect(files == fixture.files.map(\.name).sorted(), "fixtures/sessions/\(fixture.name) is stale; run UPDATE_GENERATED=1 swift test --filter AuditFixtureFilesTests")
            for file in fixture.files {
                let committed = Array((try? Data(contentsOf: folder.appendingPathComponent(file.name))) ?? Data())
                #expect(Self.sameContent(committed, file.bytes, name: file.name),
                        "fixtures/sessions/\(fixture.name)/\(file.name) is stale; run UPDATE_GENERATED=1 swift test --filter AuditFixtureFilesTests")
            }
        }
    }

    /// Whether two files are equal, or hold the same messages and faults when read.
    static func sameContent(_ lhs: [UInt8], _ rhs: [UInt8], name: String) -> Bool {
        if lhs == rhs { return true }
        guard RecordingCompression.detect(lhs.prefix(4)) != .none else { return false }
        let left = RecordingSession(name: "a", inputs: [.bytes(name: name, lhs)]).readAll()
        let right = RecordingSession(name: "a", inputs: [.bytes(name: name, rhs)]).readAll()
        return left.messages.map(\.fieldValues) == right.messages.map(\.fieldValues)
            && left.report.faults.map(\.reason) == right.report.faults.map(\.reason)
    }
}
