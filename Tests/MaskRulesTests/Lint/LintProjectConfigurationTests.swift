import Foundation
import Testing
@testable import MaskRules

@Suite struct LintProjectConfigurationTests {
    private func parse(_ yaml: String) throws(LintConfigurationError) -> LintProjectConfiguration {
        try LintProjectConfiguration.parse(Array(yaml.utf8), file: "/repo/.masklint.yaml", baseDirectory: "/repo")
    }

    @Test func readsEveryKey() throws {
        let configuration = try parse("""
            rules: config/rules
            profile: strict
            private-mode: true
            ignore:
              - vendor/**
              - "*.min.html"
            checks:
              pii-in-text: warning
              deprecated-openreplay-attribute: off
            """)
        #expect(configuration.rulesDirectory == "/repo/config/rules")
        #expect(configuration.profile == .strict)
        #expect(configuration.privateMode == true)
        #expect(configuration.ignoredPaths.map(\.pattern) == ["vendor/**", "*.min.html"])
        #expect(configuration.severities == ["pii-in-text": .warning])
        #expect(configuration.disabledChecks == ["deprecated-openreplay-attribute"])
        let lint = configuration.lintConfiguration()
        #expect(lint.profile == .strict && lint.privateMode)
        #expect(configuration.lintConfiguration(profile: .precise).profile == .precise)
        #expect(lint.severity(of: PIIInTextCheck.description) == .warning)
        #expect(lint.severity(of: DeprecatedOpenReplayAttributeCheck.description) == nil)
        #expect(lint.severity(of: UnmaskedPIIFieldCheck.description) == .error)
    }

    @Test func emptyFileMeansDefaults() throws {
        let configuration = try parse("# nothing yet\n")
        #expect(configuration.profile == nil && configuration.ignoredPaths.isEmpty)
        #expect(configuration.lintConfiguration() == LintConfiguration())
    }

    @Test func reportsEveryProblemWithItsPlace() {
        #expect(throws: LintConfigurationError.self) {
            try parse("profil: strict\n")
        }
        do {
            _ = try parse("""
                profile: loose
                checks:
                  pii-in-txt: warning
                  pii-in-text: loud
                ignore: vendor
                """)
            Issue.record("expected an error")
        } catch {
            let messages = error.diagnostics.map { "\($0.location.line ?? 0):\($0.message)" }
            #expect(messages == [
                "1:profile must be one of strict, precise",
                "3:unknown check 'pii-in-txt'; did you mean 'pii-in-text'?",
                "4:the severity of pii-in-text must be note, warning, error or off, not 'loud'",
                "5:ignore must be a list",
            ])
            #expect(error.description.hasPrefix("/repo/.masklint.yaml:1:10: error: profile must be one of"))
        }
    }

    @Test func invalidYAMLIsLocated() {
        do {
            _ = try parse("checks: [\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.message.hasPrefix("invalid YAML") == true)
        }
    }

    @Test func findsTheNearestFileUpToTheRepositoryRoot() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("masklint-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let nested = root.appendingPathComponent("web/src/pages")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        #expect(LintProjectConfiguration.find(from: nested.path) == nil)
        try "profile: strict\n".write(to: root.appendingPathComponent(".masklint.yaml"), atomically: true, encoding: .utf8)
        let found = try #require(LintProjectConfiguration.find(from: nested.path))
        #expect(found.hasSuffix("/.masklint.yaml"))
        let loaded = try LintProjectConfiguration.load(path: found)
        #expect(loaded.profile == .strict)
        #expect(loaded.baseDirectory == root.standardizedFileURL.path)
    }
}
