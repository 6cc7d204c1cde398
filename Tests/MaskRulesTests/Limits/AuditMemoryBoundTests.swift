import Foundation
import Testing
@testable import MaskRules

/// Auditing one 1 GB recording stream stays within a stated memory bound (docs/limits.md).
///
/// The stream is a stored v2 `dom.mobs` written by the project's encoder (`AuditSessionGenerator`):
/// four distinct generated sessions' pages, written one after another until the file holds
/// `streamBytes`, to a file, never held in memory whole. The release `masklint audit` reads it in a
/// child process under `/usr/bin/time`, which reports the child's peak resident set size.
///
/// The test takes about a minute (generation and a release audit of 1 GB), so it runs only when
/// `MASKLINT_MEMORY_TEST=1`: `make memory-test`, which `.ci/run` runs, builds the release binary first.
@Suite struct AuditMemoryBoundTests {
    static let enabled = ProcessInfo.processInfo.environment["MASKLINT_MEMORY_TEST"] == "1"
    /// The stream's size: 1 GB (below the default decompressed-size limit of 1 GiB).
    static let streamBytes = 1_000_000_000
    /// The bound docs/limits.md states for the peak resident set of auditing one stream of any size.
    static let boundMegabytes = 128

    @Test(.enabled(if: enabled, "MASKLINT_MEMORY_TEST is not 1"), .timeLimit(.minutes(10)))
    func auditingAGigabyteStreamStaysWithinTheBound() throws {
        let binary = ProcessInfo.processInfo.environment["MASKLINT_BINARY"]
            ?? RepositoryPaths.root.appendingPathComponent(".build/release/masklint").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the release binary first: swift build -c release")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "/usr/bin/time measures the peak RSS")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("masklint-memory-\(UUID().uuidString)")
        let session = work.appendingPathComponent("gigabyte-session")
        try FileManager.default.createDirectory(at: session, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        let stream = session.appendingPathComponent("dom.mobs")
        let written = try Self.writeStream(to: stream, bytes: Self.streamBytes)
        #expect(written >= Self.streamBytes)

        let measurement = work.appendingPathComponent("time.txt")
        let report = work.appendingPathComponent("report.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M %e", "-o", measurement.path, binary, "audit", session.path, "--jobs", "1",
                             "--format", "json", "--output", report.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()

        #expect(process.terminationStatus == 1, "the planted email makes the session leak, and nothing stops the audit")
        let reportText = try String(contentsOf: report, encoding: .utf8)
        #expect(reportText.contains("\"verdict\" : \"leaks\""))
        let fields = try String(contentsOf: measurement, encoding: .utf8)
            .split(separator: "\n").last?.split(separator: " ") ?? []
        let peakKilobytes = try #require(fields.first.flatMap { Int($0) })
        let seconds = fields.count > 1 ? String(fields[1]) : "?"
        let peakMegabytes = Double(peakKilobytes) / 1024
        print("audit of a \(written)-byte stream: peak RSS \(String(format: "%.1f", peakMegabytes)) MB, \(seconds) s")
        #expect(peakMegabytes < Double(Self.boundMegabytes), "peak RSS \(peakMegabytes) MB exceeds the bound of \(Self.boundMegabytes) MB")
    }

    /// Writes a stored v2 file of at least `bytes` bytes: the header, then the pages of four generated
    /// sessions in turn. Returns the size written.
    static func writeStream(to url: URL, bytes: Int) throws -> Int {
        let header = RecordingEncoder.fileHeader(0xFE)
        let chunks: [[UInt8]] = (0..<4).map { index in
            var generator = AuditSessionGenerator(seed: UInt64(index) &* 0x51_7CC1_B727 &+ 3)
            return Array(generator.session(targetBytes: 16 << 20).dom.dropFirst(header.count))
        }
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: header)
        var written = header.count
        var index = 0
        while written < bytes {
            try handle.write(contentsOf: chunks[index % chunks.count])
            written += chunks[index % chunks.count].count
            index += 1
        }
        return written
    }
}
