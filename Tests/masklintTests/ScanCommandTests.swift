import Foundation
import Testing

/// `masklint scan` end to end: the built binary on the fixtures in `fixtures/scan/`.
@Suite struct ScanCommandTests {
    static let canaryDirectory = "fixtures/scan/canaries"
    static let canaryFiles = ["app.log", "body.json", "request.txt", "page.html"].map { "\(canaryDirectory)/\($0)" }
    static let canaries: [String] = {
        let text = try? String(contentsOf: CommandRunner.root.appendingPathComponent("fixtures/scan/canary-values.txt"), encoding: .utf8)
        return (text ?? "").split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }()
    static let formats = ["text", "json", "sarif", "github"]

    // MARK: No re-leak

    @Test(arguments: formats)
    func noCanaryAppearsInAnyOutputWithoutShowValues(format: String) throws {
        #expect(Self.canaries.count >= 10)
        let result = try CommandRunner.run(["scan", "--format", format, "--color", "always"] + Self.canaryFiles)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
        for canary in Self.canaries {
            #expect(!result.stdout.contains(canary), "\(format) output leaks '\(canary.prefix(3))…'")
            #expect(!result.stderr.contains(canary), "\(format) diagnostics leak '\(canary.prefix(3))…'")
        }
    }

    @Test(arguments: formats)
    func noCanaryAppearsWhenInputsFailOrComeFromStandardInput(format: String) throws {
        let stdin = try String(contentsOf: CommandRunner.root.appendingPathComponent("\(Self.canaryDirectory)/app.log"), encoding: .utf8)
        let result = try CommandRunner.run(["scan", "--format", format, "-", "fixtures/scan/missing.log", "--max-input-size", "1M"],
                                           stdin: stdin)
        #expect(result.status == 2)
        for canary in Self.canaries {
            #expect(!(result.stdout + result.stderr).contains(canary), "\(format) leaks '\(canary.prefix(3))…'")
        }
    }

    @Test(arguments: formats)
    func showValuesRevealsTheValuesAsFound(format: String) throws {
        let result = try CommandRunner.run(["scan", "--format", format, "--show-values"] + Self.canaryFiles)
        #expect(result.status == 1)
        for value in ["canary.leak.7f3a@example.com", "4917530841200009", "457-55-5462", "+16465550142",
                      "GB33BUKB20201555555555", "Canary-Pa55-7f3a", "Canaryella", "Quillfeather"] {
            #expect(result.stdout.contains(value), "\(format) with --show-values does not show '\(value)'")
        }
    }

    // MARK: Findings and formats

    @Test func textListsEachFindingWithLocationRuleAndPreview() throws {
        let result = try CommandRunner.run(["scan", "\(Self.canaryDirectory)/body.json"])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(Self.canaryDirectory)/body.json:5:15: error: [email] Email address: c***************@e******.com fp:")
            && $0.hasSuffix(" (rule email.value, at /customer/email)") }, "\(result.stdout)")
        #expect(lines.contains { $0.contains(": error: [email] ") && $0.hasSuffix(", in a member name)") })
        #expect(lines.last == "masklint scan: 9 findings (2 email, 2 name, 2 payment, 1 password, 1 ssn, 1 phone) in 1 input")
        #expect(!result.stdout.contains("\u{1B}["), "no colour when standard output is not a terminal")
    }

    @Test func jsonCarriesPointersEndsRulesAndTheRuleSet() throws {
        let result = try CommandRunner.run(["scan", "--format", "json", "\(Self.canaryDirectory)/body.json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["command"] as? String == "scan")
        #expect((report["ruleSet"] as? [String: Any])?["name"] as? String == "masklint-default")
        #expect(report["fingerprintKey"] as? String == "random")
        let findings = try #require(report["findings"] as? [[String: Any]])
        let email = try #require(findings.first { ($0["location"] as? [String: Any])?["jsonPointer"] as? String == "/customer/email" })
        #expect(email["rule"] as? String == "email.value")
        #expect(email["check"] as? String == "email")
        #expect((email["end"] as? [String: Any])?["column"] as? Int == 43)
        #expect((email["value"] as? [String: Any])?["raw"] == nil)
        #expect((report["rules"] as? [[String: Any]])?.count == 10)
    }

    @Test func sarifNamesTheToolTheRulesAndTheColumnKind() throws {
        let result = try CommandRunner.run(["scan", "--format", "sarif", "\(Self.canaryDirectory)/app.log"])
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "masklint")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "payment.iban-value" && ($0["help"] as? [String: Any])?["markdown"] != nil })
        #expect((run["results"] as? [Any])?.count == 7)
    }

    @Test func githubAnnotatesWithRelativePaths() throws {
        let absolute = CommandRunner.root.appendingPathComponent("\(Self.canaryDirectory)/page.html").path
        let result = try CommandRunner.run(["scan", "--format", "github", absolute])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=\(Self.canaryDirectory)/page.html,line=3,col=36,"), "\(result.stdout)")
    }

    @Test func standardInputIsReadForDash() throws {
        let result = try CommandRunner.run(["scan", "-"], stdin: "reach me at (646) 555-0142\n")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("<stdin>:1:13: error: [phone] Phone number: +*********42 fp:"), "\(result.stdout)")
    }

    // MARK: Exit codes

    @Test func nothingFoundExitsZero() throws {
        let result = try CommandRunner.run(["scan", "fixtures/scan/clean.log"])
        #expect(result.status == 0)
        #expect(result.stdout == "masklint scan: no findings in 1 input\n")
    }

    @Test func failOnNeverExitsZeroWithFindings() throws {
        let result = try CommandRunner.run(["scan", "--fail-on", "never", "\(Self.canaryDirectory)/app.log"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("7 findings"))
    }

    @Test func anUnreadableInputExitsTwoAndTheOtherInputsAreStillReported() throws {
        let result = try CommandRunner.run(["scan", "--format", "json", "fixtures/scan/missing.log", "\(Self.canaryDirectory)/app.log"])
        #expect(result.status == 2)
        #expect(result.stderr == "masklint: fixtures/scan/missing.log: cannot read: no such file\n")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((report["findings"] as? [Any])?.count == 7)
        let problems = try #require(report["problems"] as? [[String: Any]])
        #expect(problems.count == 1)
        #expect(problems.first?["message"] as? String == "cannot read: no such file")
    }

    @Test func anInputOverTheSizeLimitIsRefusedWithExitTwo() throws {
        let result = try CommandRunner.run(["scan", "--max-input-size", "100", "\(Self.canaryDirectory)/app.log"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("app.log: cannot read: larger than the limit of 100 bytes (--max-input-size)"))
        #expect(result.stdout == "masklint scan: no findings in 1 input; 1 input could not be examined\n")
    }

    @Test(arguments: [
        ["scan"],
        ["scan", "--format", "xml", "fixtures/scan/clean.log"],
        ["scan", "--fail-on", "sometimes", "fixtures/scan/clean.log"],
        ["scan", "-", "-"],
        ["scan", "--max-input-size", "12X", "fixtures/scan/clean.log"],
    ])
    func usageErrorsExitSixtyFour(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    // MARK: Options

    @Test func outputWritesTheReportToAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scan-\(UUID().uuidString).sarif")
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try CommandRunner.run(["scan", "--format", "sarif", "--output", url.path, "\(Self.canaryDirectory)/app.log"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: url, encoding: .utf8).contains("\"version\" : \"2.1.0\""))
    }

    @Test func colorAlwaysStylesTheText() throws {
        let result = try CommandRunner.run(["scan", "--color", "always", "\(Self.canaryDirectory)/page.html"])
        #expect(result.stdout.contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    @Test func aConfiguredFingerprintKeyMakesFingerprintsMatchAcrossRuns() throws {
        func fingerprints(_ environment: [String: String]) throws -> [Substring] {
            let result = try CommandRunner.run(["scan", "\(Self.canaryDirectory)/app.log"], environment: environment)
            return result.stdout.split(separator: " ").filter { $0.hasPrefix("fp:") }
        }
        let key = ["MASKLINT_FINGERPRINT_KEY": "team-secret"]
        #expect(try fingerprints(key) == fingerprints(key))
        #expect(try fingerprints(key).count == 7)
        #expect(try fingerprints([:]) != fingerprints([:]), "without a key each run draws a random one")
    }

    @Test func aRuleSetWithAnotherVocabularyChangesWhatIsFound() throws {
        let rules = try ScratchRuleSet()
        try rules.edit("password.yaml", replacing: "      keys:\n        - password\n", with: "      keys:\n        - member_code\n        - password\n")
        let text = "login member_code=X7Q2ZK\n"
        let builtIn = try CommandRunner.run(["scan", "-"], stdin: text)
        #expect(builtIn.status == 0, "\(builtIn.stdout)")
        let custom = try CommandRunner.run(["scan", "--rules", rules.path, "-"], stdin: text)
        #expect(custom.status == 1, "\(custom.stderr)")
        #expect(custom.stdout.contains("[keyed-value] Password or secret found by its key: ******** "))
        let fromEnvironment = try CommandRunner.run(["scan", "-"], stdin: text, environment: ["MASKLINT_RULES": rules.path])
        #expect(fromEnvironment.status == 1)
    }

    @Test func anInvalidRuleSetExitsTwo() throws {
        let rules = try ScratchRuleSet()
        try rules.edit("email.yaml", replacing: "detector: email", with: "detector: emial")
        let result = try CommandRunner.run(["scan", "--rules", rules.path, "fixtures/scan/clean.log"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown detector"), "\(result.stderr)")
    }
}
