import Foundation
import Testing
@testable import MaskRules

/// The generator of the audit benchmark's corpus (`benchmarks/audit/bench.sh`): sessions shaped like
/// real ones, written by the project's encoder. It runs only when `MASKLINT_AUDIT_CORPUS` names the
/// directory to write; `MASKLINT_AUDIT_CORPUS_MB` sets the total size (default 520 MB, uncompressed).
///
/// Each session is a stored v2 `dom.mobs` and `devtools.mob`, zstd-compressed as OpenReplay stores
/// them, of about 20 MB uncompressed: pages of a few thousand elements with class lists, styles, ids
/// and text from a small vocabulary (so values repeat as on real pages), then mutations, mouse moves,
/// clicks, masked input values, and console and network traffic; a few values are personal data, so
/// the auditor has findings to make.
@Suite struct AuditBenchmarkCorpus {
    static let directory = ProcessInfo.processInfo.environment["MASKLINT_AUDIT_CORPUS"]
    static let megabytes = Int(ProcessInfo.processInfo.environment["MASKLINT_AUDIT_CORPUS_MB"] ?? "") ?? 520

    @Test(.enabled(if: directory != nil, "MASKLINT_AUDIT_CORPUS is not set"))
    func writeCorpus() throws {
        let root = URL(fileURLWithPath: Self.directory!)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var total = 0
        var index = 0
        while total < Self.megabytes << 20 {
            var generator = AuditSessionGenerator(seed: UInt64(index) &* 0x9E37_79B9 &+ 17)
            let (dom, devtools) = generator.session(targetBytes: 20 << 20)
            let folder = root.appendingPathComponent(String(format: "session-%03d", index))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(RecordingEncoder.zstd(dom)).write(to: folder.appendingPathComponent("dom.mobs"))
            try Data(RecordingEncoder.zstd(devtools)).write(to: folder.appendingPathComponent("devtools.mob"))
            total += dom.count + devtools.count
            index += 1
        }
        #expect(total >= Self.megabytes << 20)
        print("wrote \(index) sessions, \(total) bytes uncompressed, to \(root.path)")
    }
}
