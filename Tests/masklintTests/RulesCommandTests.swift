import Foundation
import Testing

@Suite struct RulesCommandTests {
    @Test func checkAcceptsTheBundledRules() throws {
        let result = try CommandRunner.run(["rules", "check", "rules"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("masklint-default@"))
        #expect(result.stdout.contains(": valid; 6 categories"))
        #expect(result.stderr.isEmpty)
    }

    @Test func checkUsesTheBuiltInSetByDefault() throws {
        let builtIn = try CommandRunner.run(["rules", "check"])
        let directory = try CommandRunner.run(["rules", "check", "rules"])
        #expect(builtIn.status == 0)
        #expect(builtIn.stdout == directory.stdout, "the built-in rule set is stale; run `make generate`")
    }

    @Test func testRunsEveryExample() throws {
        let result = try CommandRunner.run(["rules", "test", "rules"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(" passed, 0 failed"))
    }

    @Test func aFailingExampleIsListedWithItsLocationAndExitsOne() throws {
        let rules = try ScratchRuleSet()
        try rules.write("ssn.yaml", """
            category: ssn
            description: SSNs.
            level: hidden
            input-names:
              - id: ssn.field-name
                description: Fields named ssn.
                pattern: '^ssn$'
                examples:
                  match: [ssn, social]
                  no-match: [x]
            """)
        let result = try CommandRunner.run(["rules", "test", rules.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains(
            "\(rules.path)/ssn.yaml:9:20: error: [ssn.field-name] example should match but does not: 'social'"), "\(result.stdout)")
        #expect(result.stdout.contains(" passed, 1 failed"))
    }

    @Test(arguments: [
        ("version: ", "version: v", "manifest.yaml", "'version' must be a semantic version"),
        ("category: email", "category: emial", "email.yaml", "unknown category 'emial'"),
        ("description:", "descripton:", "phone.yaml", "unknown key 'descripton'"),
        ("selector: '", "selector: 'input:hover, ", "email.yaml", "invalid selector"),
        ("pattern: '", "pattern: '(?i)", "email.yaml", "pattern is not portable"),
    ])
    func aBrokenRuleFileExitsTwoNamingFileLineAndColumn(old: String, new: String, file: String, message: String) throws {
        let rules = try ScratchRuleSet()
        try rules.edit(file, replacing: old, with: new)
        let result = try CommandRunner.run(["rules", "check", rules.path])
        #expect(result.status == 2)
        let line = try #require(result.stderr.split(separator: "\n").first { $0.contains(message) }, "\(result.stderr)")
        let location = line.split(separator: " ").first ?? ""
        #expect(location.hasPrefix(rules.path + "/" + file + ":"))
        #expect(location.split(separator: ":").count == 3, "expected file:line:column in \(line)")
        #expect(result.stdout.isEmpty)
    }

    @Test func duplicateIDsAreReported() throws {
        let rules = try ScratchRuleSet()
        let phone = try rules.text(of: "phone.yaml")
        let firstID = try #require(phone.split(separator: "\n").first { $0.contains("- id: phone.") })
        let secondID = try #require(phone.split(separator: "\n").filter { $0.contains("- id: phone.") }.dropFirst().first)
        try rules.edit("phone.yaml", replacing: String(secondID), with: String(firstID))
        let result = try CommandRunner.run(["rules", "check", rules.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("duplicate rule id; first defined at \(rules.path)/phone.yaml:"))
    }

    @Test func invalidYAMLIsReportedWithItsPosition() throws {
        let rules = try ScratchRuleSet()
        try rules.write("ssn.yaml", "category: ssn\ndescription: [unclosed\nlevel: hidden\n")
        let result = try CommandRunner.run(["rules", "check", rules.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(rules.path)/ssn.yaml:3:"))
        #expect(result.stderr.contains("invalid YAML"))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try CommandRunner.run(["rules", "list", "--kind", "nonsense"]).status == 64)
        #expect(try CommandRunner.run(["rules", "frobnicate"]).status == 64)
    }

    @Test func listsRulesAsATableAndAsJSON() throws {
        let table = try CommandRunner.run(["rules", "list", "--category", "payment"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("ID"))
        #expect(table.stdout.contains("payment."))
        #expect(!table.stdout.contains("email."))
        let json = try CommandRunner.run(["rules", "list", "--format", "json"])
        let rules = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect((rules?.count ?? 0) > 50)
        #expect(rules?.first?["location"] as? String != nil)
        let detectors = try CommandRunner.run(["rules", "list", "--detectors"])
        #expect(detectors.stdout.contains("payment-card"))
    }

    @Test func explainsARule() throws {
        let list = try CommandRunner.run(["rules", "list", "--kind", "selector", "--format", "json"])
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let id = try #require(rules.first?["id"] as? String)
        let result = try CommandRunner.run(["rules", "explain", id])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(id))
        #expect(result.stdout.contains("matches:"))
        let unknown = try CommandRunner.run(["rules", "explain", "email.no-such-rule"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no rule 'email.no-such-rule'"))
    }

    @Test func docMatchesTheCommittedCatalogue() throws {
        let result = try CommandRunner.run(["rules", "doc", "--rules", "rules"])
        let committed = try String(contentsOf: CommandRunner.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(result.stdout == committed + "\n" || result.stdout == committed)
    }

    @Test func diffDemandsAMajorBumpForRemovedCoverage() throws {
        let rules = try ScratchRuleSet()
        let email = try rules.text(of: "email.yaml")
        // Remove a term from the first label rule's English vocabulary by renaming the rule: the old id disappears.
        let id = try #require(email.split(separator: "\n").first { $0.contains("- id: email.") })
        try rules.edit("email.yaml", replacing: String(id), with: String(id) + "-renamed")
        let same = try CommandRunner.run(["rules", "diff", "rules", rules.path])
        #expect(same.status == 1, "\(same.stdout)")
        #expect(same.stdout.contains("removed"))
        #expect(same.stdout.contains("required bump: major; actual bump: none (too small)"))

        let manifest = try rules.text(of: "manifest.yaml")
        let version = try #require(manifest.split(separator: "\n").first { $0.hasPrefix("version:") })
        let major = Int(version.split(separator: " ")[1].split(separator: ".")[0])! + 1
        try rules.edit("manifest.yaml", replacing: String(version), with: "version: \(major).0.0")
        let bumped = try CommandRunner.run(["rules", "diff", "rules", rules.path, "--format", "json"])
        #expect(bumped.status == 0, "\(bumped.stdout)")
        #expect(bumped.stdout.contains("\"versionBumpSufficient\" : true"))
    }

    @Test func versionIsPrinted() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
    }
}
