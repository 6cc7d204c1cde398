import Foundation
import Testing
@testable import MaskRules

/// Every resource limit of docs/limits.md, tripped through the built binary: the run ends with exit
/// code 2 and a message that names the input, the limit and the option, and a session is never clean.
@Suite struct LimitCommandTests {
    /// A page whose elements nest `depth` levels inside `<body>`.
    static func deepPage(depth: Int) -> String {
        "<!doctype html><html><body>" + String(repeating: "<div>", count: depth) + "x"
            + String(repeating: "</div>", count: depth) + "</body></html>\n"
    }

    // MARK: Files per run

    @Test func lintRefusesMoreFilesThanMaxFiles() throws {
        let result = try CommandRunner.run(["lint", "fixtures/forms", "--max-files", "3", "--format", "json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("masklint: the arguments name more than 3 files, the limit (max-files); nothing was linted"))
        #expect(result.stdout.isEmpty, "no partial report")
    }

    @Test func scanRefusesMoreFilesThanMaxFiles() throws {
        let result = try CommandRunner.run(["scan", "fixtures/scan/clean.log", "fixtures/scan/canary-values.txt", "--max-files", "1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("masklint: 2 inputs are more than 1, the limit (max-files); nothing was scanned"))
        #expect(result.stdout.isEmpty)
    }

    @Test func auditRefusesMoreFilesThanMaxFiles() throws {
        let result = try CommandRunner.run(["audit", "fixtures/sessions/clean-checkout", "--max-files", "1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("masklint: the sessions named have 2 recording files, more than 1, the limit (max-files); nothing was audited"))
        #expect(result.stdout.isEmpty)
    }

    @Test func maxFilesAtTheCountIsAllowed() throws {
        let result = try CommandRunner.run(["audit", "fixtures/sessions/clean-checkout", "--max-files", "2"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    // MARK: HTML

    @Test func lintReportsAPageLargerThanMaxHTMLSize() throws {
        let result = try CommandRunner.run(["lint", "fixtures/forms/login.html", "fixtures/forms/non-pii.html", "--max-html-size", "100",
                                            "--format", "json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("masklint: fixtures/forms/login.html: not linted: the page is larger than the limit of 100 bytes (--max-html-size)"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((report["problems"] as? [[String: Any]])?.count == 2, "each page is reported, and the report is still written")
    }

    @Test func lintReportsNestingDeeperThanMaxHTMLDepth() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let page = try scratch.write("deep.html", Self.deepPage(depth: 50))
        let result = try CommandRunner.run(["lint", page, "--max-html-depth", "20", "--format", "json"])
        #expect(result.status == 2)
        // <!doctype html><html><body> is 27 bytes (html at depth 1, body at 2), then 18 <div> (depths 3 to 20);
        // the 19th, at depth 21, opens at byte 117: column 118.
        #expect(result.stderr.contains("\(page): not linted: elements are nested more than 20 levels deep at line 1, column 118 (--max-html-depth)"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let location = try #require((report["problems"] as? [[String: Any]])?.first?["location"] as? [String: Any])
        #expect(location["file"] as? String == page)
        #expect(location["line"] as? Int == 1 && location["column"] as? Int == 118, "the report locates the element past the limit")
        let fine = try CommandRunner.run(["lint", page, "--max-html-depth", "100"])
        #expect(fine.status == 0, "\(fine.stderr)")
    }

    @Test func lintReportsMoreNodesThanMaxHTMLNodes() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let page = try scratch.write("wide.html", "<!doctype html><html><body>" + String(repeating: "<p>x</p>", count: 40) + "</body></html>")
        let result = try CommandRunner.run(["lint", page, "--max-html-nodes", "30"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(page): not linted: the page has more than 30 nodes; the first past the limit is at line 1, column "))
        #expect(result.stderr.contains("(--max-html-nodes)"))
    }

    // MARK: Scan input

    @Test func scanReportsAnInputLargerThanMaxInputSize() throws {
        let result = try CommandRunner.run(["scan", "fixtures/scan/clean.log", "--max-input-size", "16"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("masklint: fixtures/scan/clean.log: cannot read: larger than the limit of 16 bytes (--max-input-size)"))
    }

    // MARK: Recordings

    /// A session whose `dom.mobs` is 16 MiB of zeros (valid timestamp messages) compressed to a few kB.
    static func bombSession(_ scratch: ScratchDirectory, codec: String) throws -> String {
        let zeros = [UInt8](repeating: 0, count: 16 << 20)
        let bytes = codec == "zstd" ? ZstdCodec.compress(zeros) : GzipCodec.compress(zeros)
        #expect(bytes.count < 64 << 10)
        try scratch.write("bomb-\(codec)/dom.mobs", bytes)
        return scratch.path("bomb-\(codec)")
    }

    @Test(arguments: ["zstd", "gzip"])
    func decompressionBombIsUnverified(codec: String) throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let session = try Self.bombSession(scratch, codec: codec)
        let result = try CommandRunner.run(["audit", session, "--max-decompressed-size", "1M"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("unverified  bomb-\(codec)  reading stopped at dom.mobs@1048576: the data decompresses to more than the limit of 1048576 bytes (--max-decompressed-size)"))
        #expect(result.stderr.contains("bomb-\(codec): unverified"))
    }

    @Test(arguments: [
        (["--max-message-size", "64"], "a message of 71 bytes exceeds the limit of 64 bytes (--max-message-size)"),
        (["--max-string-length", "16"], "a string of 29 bytes exceeds the limit of 16 bytes (--max-string-length)"),
        (["--max-dom-nodes", "5"], "the page could no longer be rebuilt at dom.mobs@213: the page has more than 5 nodes (--max-dom-nodes)"),
        (["--max-dom-depth", "3"], "the page could no longer be rebuilt at dom.mobs@213: a node is nested more than 3 levels deep (--max-dom-depth)"),
    ])
    func recordingLimitMakesTheSessionUnverified(options: [String], message: String) throws {
        let result = try CommandRunner.run(["audit", "fixtures/sessions/clean-checkout", "--format", "json"] + options)
        #expect(result.status == 2)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let session = try #require((report["sessions"] as? [[String: Any]])?.first)
        #expect(session["verdict"] as? String == "unverified")
        let reasons = session["unverifiedReasons"] as? [String] ?? []
        #expect(reasons.contains { $0.contains(message) }, "\(reasons)")
        #expect(result.stderr.contains(message))
    }

    // MARK: Rule patterns (PCRE2)

    /// A copy of the bundled rule set with an input-name rule whose pattern backtracks catastrophically.
    static func catastrophicRuleSet() throws -> ScratchRuleSet {
        let rules = try ScratchRuleSet()
        try rules.edit("email.yaml", replacing: "\nlabels:", with: """

              - id: email.catastrophic-name
                description: Backtracks catastrophically on a long run of a's that does not end the name.
                attributes: [name]
                pattern: '^(?:a+)+$'
                examples:
                  match: [aaa]
                  no-match: [b]

            labels:
            """)
        return rules
    }

    static let hostileName = String(repeating: "a", count: 40) + "!"

    @Test(arguments: [
        ([String](), "match limit (--pcre2-match-limit)"),
        (["--no-pcre2-jit", "--pcre2-depth-limit", "5"], "depth limit (--pcre2-depth-limit)"),
        (["--no-pcre2-jit", "--pcre2-heap-limit", "1K"], "heap limit (--pcre2-heap-limit)"),
    ])
    func catastrophicPatternLeavesThePageUnverified(options: [String], limit: String) throws {
        let rules = try Self.catastrophicRuleSet()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let page = try scratch.write("hostile.html", """
            <!doctype html><html><body><form>
            <input type="text" name="\(Self.hostileName)">
            </form></body></html>

            """)
        let started = Date()
        let result = try CommandRunner.run(["lint", "--rules", rules.path, page, "--format", "json"] + options)
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 2, "not verified is not clean")
        #expect(seconds < 20, "the match ends within its limits, not after 2^40 steps")
        #expect(result.stderr.contains("\(page):2:1: page not verified: a rule pattern could not be evaluated on the <input> field here: it exceeded its \(limit)"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((report["problems"] as? [[String: Any]])?.count == 1)
    }

    @Test func catastrophicPatternLeavesTheSessionUnverified() throws {
        let rules = try Self.catastrophicRuleSet()
        let started = Date()
        let result = try CommandRunner.run(["audit", "--rules", rules.path, "fixtures/limits/hostile-field-name"])
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(result.status == 2)
        #expect(result.stdout.contains("unverified  hostile-field-name  a rule pattern could not be evaluated on a field: pattern match exceeded its match limit"))
        let clean = try CommandRunner.run(["audit", "fixtures/limits/hostile-field-name"])
        #expect(clean.status == 0, "the bundled rule set verifies the same session: \(clean.stdout)")
    }

    // MARK: YAML

    @Test func ruleFileLargerThanMaxYAMLSizeIsRefused() throws {
        let result = try CommandRunner.run(["lint", "--rules", "rules", "fixtures/forms/login.html", "--max-yaml-size", "1K"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("more than the limit of 1024 bytes (max-yaml-size)"))
        #expect(result.stderr.contains("masklint: the rule set could not be loaded"))
    }

    @Test func ruleFileWithMoreNodesThanMaxYAMLNodesIsRefused() throws {
        let result = try CommandRunner.run(["lint", "--rules", "rules", "fixtures/forms/login.html", "--max-yaml-nodes", "50"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("rules/email.yaml:"))
        #expect(result.stderr.contains("the file expands to more than 50 YAML nodes (aliases?; limit max-yaml-nodes); refusing to read further"))
    }

    @Test func configurationWithMoreNodesThanMaxYAMLNodesIsRefused() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let config = try scratch.write("wide.yaml", "ignore:\n" + (0..<150).map { "  - dir\($0)/**\n" }.joined())
        let result = try CommandRunner.run(["lint", "--config", config, "fixtures/forms/login.html", "--max-yaml-nodes", "100"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(config):2:3: error: the file expands to more than 100 YAML nodes (aliases?; limit max-yaml-nodes)"))
        #expect(result.stderr.contains("masklint: the configuration \(config) cannot be used"))
    }

    /// A "billion laughs" file: aliases nest ten times per level, nine levels deep (10^9 strings if
    /// expanded). Composing it shares the aliased nodes, and the reader refuses the shape (`checks` is not
    /// a mapping) without expanding it, so the run ends at once in that error. The node budget itself is
    /// tripped by `configurationWithMoreNodesThanMaxYAMLNodesIsRefused`.
    @Test func aliasBombInTheConfigurationEndsInAnError() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        var yaml = "ignore: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 { yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "checks: *a8\n"
        let config = try scratch.write("bomb.yaml", yaml)
        let started = Date()
        let result = try CommandRunner.run(["lint", "--config", config, "fixtures/forms/login.html"])
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(config):9:5: error: checks must be a mapping from check ids to note, warning, error or off"))
        #expect(result.stderr.contains("masklint: the configuration \(config) cannot be used"))
    }

    @Test func configurationLargerThanMaxYAMLSizeIsRefused() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let config = try scratch.write("large.yaml", "ignore:\n" + (0..<100).map { "  - dir\($0)/**\n" }.joined())
        let result = try CommandRunner.run(["lint", "--config", config, "fixtures/forms/login.html", "--max-yaml-size", "1K"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(config): error: the configuration file cannot be read: larger than the limit of 1024 bytes (--max-yaml-size)"))
    }

    // MARK: The configuration file

    @Test func limitsComeFromTheConfigurationAndTheCommandLineWins() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let config = try scratch.write(".masklint.yaml", """
            limits:
              max-html-size: 100
              max-decompressed-size: 1M
              max-files: 1

            """)
        let lint = try CommandRunner.run(["lint", "--config", config, "fixtures/forms/login.html"])
        #expect(lint.status == 2)
        #expect(lint.stderr.contains("not linted: the page is larger than the limit of 100 bytes (--max-html-size)"))
        let overridden = try CommandRunner.run(["lint", "--config", config, "fixtures/forms/non-pii.html", "--max-html-size", "1M"])
        #expect(overridden.status == 0, "\(overridden.stderr)")
        let session = try Self.bombSession(scratch, codec: "zstd")
        let audit = try CommandRunner.run(["audit", "--config", config, session])
        #expect(audit.status == 2)
        #expect(audit.stdout.contains("the data decompresses to more than the limit of 1048576 bytes"))
        let scan = try CommandRunner.run(["scan", "--config", config, "fixtures/scan/clean.log", "fixtures/scan/canary-values.txt"])
        #expect(scan.status == 2)
        #expect(scan.stderr.contains("the limit (max-files)"))
    }

    @Test(arguments: [
        ("limits:\n  max-html-size: lots\n", "2:18: error: max-html-size must be a positive size in bytes, optionally with K, M or G (got 'lots')"),
        ("limits:\n  max-files: 0\n", "2:14: error: max-files must be a positive whole number (got '0')"),
        ("limits:\n  max-html-size: 1G\n", "2:18: error: max-html-size can be at most 512M (got '1G')"),
        ("limits:\n  pcre2-heap-limit: 10\n", "2:21: error: pcre2-heap-limit must be at least 1K (got '10')"),
        ("limits:\n  max-html-sise: 1M\n", "max-html-sise"),
    ])
    func badLimitInTheConfigurationIsAnError(yaml: String, message: String) throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let config = try scratch.write("masklint.yaml", yaml)
        let result = try CommandRunner.run(["lint", "--config", config, "fixtures/forms/login.html"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test(arguments: [
        ["lint", "fixtures/forms/login.html", "--max-html-size", "lots"],
        ["lint", "fixtures/forms/login.html", "--max-html-size", "1G"],
        ["lint", "fixtures/forms/login.html", "--max-files", "0"],
        ["audit", "fixtures/sessions/clean-checkout", "--max-dom-depth", "-1"],
        ["audit", "fixtures/sessions/clean-checkout", "--pcre2-heap-limit", "10"],
    ])
    func badLimitOnTheCommandLineIsAUsageError(arguments: [String]) throws {
        #expect(try CommandRunner.run(arguments).status == 64)
    }

    /// Every limit is an option of each command it applies to, with its default in the help.
    @Test(arguments: ResourceLimit.allCases)
    func everyLimitIsAnOptionOfItsCommands(limit: ResourceLimit) throws {
        for command in limit.commands {
            let help = try CommandRunner.run([command, "--help"]).stdout
            #expect(help.contains("--\(limit.key) <"), "\(command) --help lacks --\(limit.key)")
            #expect(help.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
                .contains("Default \(limit.format(limit.defaultValue))."), "\(command) --help lacks the default of \(limit.key)")
        }
    }
}
