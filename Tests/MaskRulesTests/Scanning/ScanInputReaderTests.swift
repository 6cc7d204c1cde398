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
