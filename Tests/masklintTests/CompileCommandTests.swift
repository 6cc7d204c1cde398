import Foundation
import Testing

@Suite struct CompileCommandTests {
    func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("masklint-compile-\(UUID().uuidString)-\(name)")
    }

    @Test(arguments: ["ts", "js", "json"])
    func writesAModuleThatCheckReportsCurrent(format: String) throws {
        let file = temporaryFile("privacy.\(format)")
        defer { try? FileManager.default.removeItem(at: file) }
        let written = try CommandRunner.run(["compile", "--target", "openreplay", "--format", format, "-o", file.path])
        #expect(written.status == 0, "\(written.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("masklint-default"))
        let check = try CommandRunner.run(["compile", "--check", "--target", "openreplay", "--format", format, "-o", file.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func checkExitsOneForAStaleOrMissingFile() throws {
        let file = temporaryFile("privacy.js")
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try CommandRunner.run(["compile", "--check", "--format", "js", "-o", file.path]).status == 1)
        #expect(try CommandRunner.run(["compile", "--format", "js", "-o", file.path]).status == 0)
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"precise\"", with: "\"edited\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let stale = try CommandRunner.run(["compile", "--check", "--format", "js", "-o", file.path])
        #expect(stale.status == 1)
        #expect(try CommandRunner.run(["compile", "--check", "--format", "js", "--profile", "strict", "-o", file.path]).status == 1)
    }

    @Test func outputIsDeterministic() throws {
        let first = try CommandRunner.run(["compile", "--format", "json"])
        let second = try CommandRunner.run(["compile", "--format", "json"])
        #expect(first.status == 0)
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
    }

    @Test func anInvalidRuleSetExitsTwo() throws {
        let rules = try ScratchRuleSet()
        try rules.edit("manifest.yaml", replacing: "version: ", with: "version: v")
        let result = try CommandRunner.run(["compile", "--rules", rules.path, "--format", "js"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("manifest.yaml:"))
    }
}
