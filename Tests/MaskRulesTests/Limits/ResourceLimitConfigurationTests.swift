import Foundation
import Testing
@testable import MaskRules

/// `limits:` and the fingerprint key of `.masklint.yaml`, and the file limit of `LintInputResolver`,
/// at the library level.
@Suite struct ResourceLimitConfigurationTests {
    static func parse(_ yaml: String, maximumNodes: Int = YAMLLimits.standard.maximumNodes) throws(LintConfigurationError)
        -> LintProjectConfiguration
    {
        try LintProjectConfiguration.parse(Array(yaml.utf8), file: "/project/.masklint.yaml", baseDirectory: "/project",
                                           maximumNodes: maximumNodes)
    }

    @Test func limitsAndTheKeyFileAreRead() throws {
        let configuration = try Self.parse("""
            limits:
              max-html-size: 16M
              max-files: 200
              pcre2-heap-limit: 2M
              pcre2-jit: false
            fingerprint-key-file: secrets/masklint.key

            """)
        #expect(configuration.limits == [.maxHTMLSize: 16 << 20, .maxFiles: 200, .pcre2HeapLimit: 2 << 20])
        #expect(configuration.usesPatternJIT == false)
        #expect(configuration.fingerprintKey == .file("/project/secrets/masklint.key"))
        let limits = ResourceLimits.standard.applying(configuration.limits)
        #expect(limits.html.maxInputBytes == 16 << 20)
        #expect(limits.maximumFiles == 200)
        #expect(limits.patterns.heapKiB == 2_048)
    }

    @Test func everyProblemIsReportedWithItsLocation() {
        #expect(throws: LintConfigurationError.self) { try Self.parse("limits: 3\n") }
        do {
            _ = try Self.parse("limits:\n  max-dom-depth: deep\n  max-yaml-size: 2T\nfingerprint-key: ''\n")
            Issue.record("the configuration should be refused")
        } catch {
            let messages = error.diagnostics.map(\.description)
            #expect(messages.contains("/project/.masklint.yaml:2:18: error: max-dom-depth must be a positive whole number (got 'deep')"))
            #expect(messages.contains("/project/.masklint.yaml:3:18: error: max-yaml-size must be a positive size in bytes, optionally with K, M or G (got '2T')"))
            #expect(messages.contains { $0.contains("fingerprint-key must not be empty") })
        }
    }

    @Test func anInlineKeyEqualsTheSameSecretFromAFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("key")
        try "  s3cret\n".write(to: file, atomically: true, encoding: .utf8)
        let fromFile = try FingerprintKeySource.file(file.path).key()
        let inline = try Self.parse("fingerprint-key: s3cret\n").fingerprintKey
        #expect(try inline?.key() == fromFile)
        #expect(fromFile.origin == .configured)
        #expect(throws: FingerprintKeyError.self) { try FingerprintKeySource.file(directory.appendingPathComponent("none").path).key() }
    }

    /// The walk stops at the first page past the limit instead of listing the whole tree.
    @Test func resolverStopsAtTheFileLimit() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 0..<12 { try "<p>\(index)</p>".write(to: directory.appendingPathComponent("page\(index).html"), atomically: true, encoding: .utf8) }
        let limited = LintInputResolver(maximumFiles: 5).resolve([directory.path])
        #expect(limited.inputs.count == 5)
        #expect(limited.problems.count == 1 && limited.problems[0].exceedsFileLimit)
        #expect(limited.problems.first?.reason == "the arguments name more than 5 files, the limit (max-files); nothing was linted")
        let exact = LintInputResolver(maximumFiles: 12).resolve([directory.path])
        #expect(exact.inputs.count == 12 && exact.problems.isEmpty)
    }
}
