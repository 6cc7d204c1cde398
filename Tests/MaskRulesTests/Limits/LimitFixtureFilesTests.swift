import Foundation
import Testing
@testable import MaskRules

/// `fixtures/limits/` holds the recordings of `LimitFixtures` as files, for the command-line tests
/// of the resource limits. This test fails when the committed files are stale, and rewrites them
/// when run with `UPDATE_GENERATED=1`.
@Suite(.serialized) struct LimitFixtureFilesTests {
    static let directory = RepositoryPaths.fixtures.appendingPathComponent("limits")

    @Test func committedLimitFixturesAreCurrent() throws {
        let manager = FileManager.default
        for fixture in LimitFixtures.all {
            let folder = Self.directory.appendingPathComponent(fixture.name)
            for file in fixture.files {
                let url = folder.appendingPathComponent(file.name)
                if RepositoryPaths.updatingGeneratedFiles {
                    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                    try Data(file.bytes).write(to: url)
                } else {
                    let committed = Array((try? Data(contentsOf: url)) ?? Data())
                    #expect(committed == file.bytes,
                            "fixtures/limits/\(fixture.name)/\(file.name) is stale; run UPDATE_GENERATED=1 swift test --filter LimitFixtureFilesTests")
                }
            }
        }
    }

    /// The fixture reads to its end without a fault, so that the only reason an audit of it can be
    /// unverified is the pattern limit.
    @Test func hostileSessionReadsWithoutFault() {
        let session = RecordingSession(name: "hostile", inputs: [.bytes(name: "dom.mobs", LimitFixtures.hostileFieldNameSession)])
        let read = session.readAll()
        #expect(read.report.faults.isEmpty)
        #expect(read.messages.count >= 10)
    }
}
