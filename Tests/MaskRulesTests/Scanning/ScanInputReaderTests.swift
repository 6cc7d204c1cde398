import Foundation
import Testing
@testable import MaskRules

@Suite struct ScanInputReaderTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("scan-input-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func readsAFileWhole() throws {
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try ScanInputReader().read(path) == bytes)
    }

    @Test func readsAnEmptyFile() throws {
        let path = try temporaryFile([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try ScanInputReader().read(path).isEmpty)
    }

    @Test func refusesAFileLargerThanTheLimit() throws {
        let path = try temporaryFile(Array(repeating: 0x61, count: 1001))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try ScanInputReader(maximumSize: 1001).read(path).count == 1001)
        #expect(throws: ScanInputError(path: path, reason: .tooLarge(limit: 1000, setting: .maxInputSize))) {
            try ScanInputReader(maximumSize: 1000).read(path)
        }
    }

    /// A pipe has no size to read into: its bytes go into a buffer that doubles from 64 KB, up to
    /// the limit.
    @Test(arguments: [0, 1, 65_535, 65_536, 65_537, 300_000])
    func readsAPipeThroughGrowingBuffers(count: Int) throws {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }
        #expect(try readThroughPipe(bytes, reader: ScanInputReader()) { _ in } == bytes)
        #expect(try readThroughPipe(bytes, reader: ScanInputReader(maximumSize: count)) { _ in } == bytes)
        if count > 0 {
            _ = try readThroughPipe(bytes, reader: ScanInputReader(maximumSize: count - 1)) { path in
                #expect(throws: ScanInputError(path: path, reason: .tooLarge(limit: count - 1, setting: .maxInputSize))) {
                    try ScanInputReader(maximumSize: count - 1).read(path)
                }
            }
        }
    }

    /// What `reader` reads from a named pipe that a thread writes `bytes` into; with `check` given a
    /// reading that fails, `check` reads the pipe instead and the result is empty.
    private func readThroughPipe(
        _ bytes: [UInt8], reader: ScanInputReader, check: (String) throws -> Void
    ) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("scan-pipe-\(UUID().uuidString)").path
        guard mkfifo(path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = Thread {
            // A reader that stops at the limit closes its end: the write then fails, which is fine.
            signal(SIGPIPE, SIG_IGN)
            let handle = FileHandle(forWritingAtPath: path)
            try? handle?.write(contentsOf: Data(bytes))
            try? handle?.close()
        }
        writer.start()
        if reader.maximumSize < bytes.count {
            try check(path)
            return []
        }
        return try reader.read(path)
    }

    @Test func namesAMissingFileAndADirectory() {
        #expect(throws: ScanInputError(path: "/nonexistent/masklint", reason: .notFound)) {
            try ScanInputReader().read("/nonexistent/masklint")
        }
        let directory = FileManager.default.temporaryDirectory.path
        #expect(throws: ScanInputError(path: directory, reason: .isDirectory)) {
            try ScanInputReader().read(directory)
        }
    }

    @Test func describesTheErrorWithPathAndReason() {
        #expect(ScanInputError(path: "logs/app.log", reason: .notFound).description == "logs/app.log: cannot read: no such file")
        #expect(ScanInputError(path: nil, reason: .tooLarge(limit: 10, setting: .maxInputSize)).description
                == "<stdin>: cannot read: larger than the limit of 10 bytes (--max-input-size)")
    }
}
