import Foundation
import Testing

/// `masklint lint` end to end: the built binary on `fixtures/forms/`.
@Suite struct LintCommandTests {
    static let formats = ["text", "json", "sarif", "github"]
    static let formsDirectory = CommandRunner.root.appendingPathComponent("fixtures/forms")

    /// The findings the fixtures mark with `<!--↓ check-id-->`, as `file:line [check]`, sorted.
    static func markedFindings() throws -> [String] {
        var result: [String] = []
        let names = try FileManager.default.contentsOfDirectory(atPath: formsDirectory.path).filter { $0.hasSuffix(".html") }
        for name in names {
            let text = try String(contentsOf: formsDirectory.appendingPathComponent(name), encoding: .utf8)
            var line = 1
            var rest = Substring(text)
            while let start = rest.range(of: "<!--") {
                line += rest[..<start.lowerBound].count { $0 == "\n" }
                guard let end = rest[start.upperBound...].range(of: "-->") else { break }
                let body = rest[start.upperBound..<end.lowerBound]
                line += body.count { $0 == "\n" }
                if body.hasPrefix("↓") {
                    for id in body.dropFirst().split(separator: ",") {
                        result.append("fixtures/forms/\(name):\(line) [\(id.trimmingCharacters(in: .whitespaces))]")
                    }
                }
                rest = rest[end.upperBound...]
            }
        }
        return result.sorted()
    }

    /// The findings of a JSON report, as `file:line [check]`, sorted.
    static func reportedFindings(_ json: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        return findings.compactMap { finding in
            guard let location = finding["location"] as? [String: Any], let file = location["file"] as? String,
                  let line = location["line"] as? Int, let check = finding["check"] as? String
            else { return nil }
            return "\(file):\(line) [\(check)]"
        }.sorted()
    }

    // MARK: The fixtures

    @Test func lintsTheFixturesToExactlyTheMarkedFindings() throws {
        let result = try CommandRunner.run(["lint", "--format", "json", "fixtures/forms"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let reported = try Self.reportedFindings(result.stdout)
        let marked = try Self.markedFindings()
        #expect(marked.count >= 50)
        #expect(reported == marked, "reported but not marked: \(Set(reported).subtracting(marked)); marked but not reported: \(Set(marked).subtracting(reported))")
    }

    @Test func textFormatShowsOneLinePerFindingWithItsFix() throws {
        let result = try CommandRunner.run(["lint", "fixtures/forms/labels-only.html"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains(
            "fixtures/forms/labels-only.html:13:51: error: [unmasked-pii-field] Name field input#f1[name=f1] is recorded plain "
                + "(its value is sent as typed); the rule set requires obscured (rule name.full-name-label, "
                + #"label[for] mentions "name" (name.full-name-label))"#), "\(result.stdout)")
        #expect(lines.contains(#"  fix: add data-openreplay-obscured to the field, or autocomplete="name" (rule name.autocomplete-full-name)"#))
        #expect(lines.last == "masklint lint: 5 findings (2 name, 1 payment, 1 ssn, 1 phone) in 1 input")
    }

    @Test func nonPIIPageIsClean() throws {
        let result = try CommandRunner.run(["lint", "fixtures/forms/non-pii.html"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "masklint lint: no findings in 1 input\n")
    }

    @Test(arguments: formats)
    func sarifAndEveryFormatRender(format: String) throws {
        let result = try CommandRunner.run(["lint", "--format", format, "fixtures/forms/prefilled.html", "fixtures/forms/shadow-roots.html"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
        if format == "sarif" {
            let validation = try Self.validateSARIF(result.stdout)
            #expect(validation == "ok", "\(validation)")
            #expect(result.stdout.contains("\"id\" : \"unmasked-pii-field\""))
        }
    }

    // MARK: Inputs and exit codes

    @Test func readsStandardInput() throws {
        let result = try CommandRunner.run(["lint", "-"], stdin: "<p>Signed in as alice@example.com</p>")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("<stdin>:1:17: error: [pii-in-text] "), "\(result.stdout)")
    }

    @Test func anUnreadableInputIsReportedAndTheOthersAreStillLinted() throws {
        let result = try CommandRunner.run(["lint", "fixtures/forms/missing.html", "fixtures/forms/checkout.html", "fixtures/forms/*.nothing"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("masklint: fixtures/forms/missing.html: no such file or directory"))
        #expect(result.stderr.contains("masklint: fixtures/forms/*.nothing: no files match this pattern"))
        #expect(result.stdout.contains("fixtures/forms/checkout.html:14:"))
        #expect(result.stdout.hasSuffix("; 2 inputs could not be examined\n"), "\(result.stdout)")
    }

    @Test func anInputTooLargeToParseIsAProblem() throws {
        let deep = String(repeating: "<div>", count: 2_000) + "<p>x</p>"
        let result = try CommandRunner.run(["lint", "-", "fixtures/forms/non-pii.html"], stdin: deep)
        #expect(result.status == 2)
        #expect(result.stderr.contains("masklint: <stdin>: not linted: elements are nested more than 1024 levels deep at line 1, column "),
                "\(result.stderr)")
        #expect(result.stderr.contains("(--max-html-depth)"))
    }

    @Test func failOnDecidesTheExitCode() throws {
        let warningsOnly = "<section data-openreplay-masked><p>Balance</p></section>"
        #expect(try CommandRunner.run(["lint", "-"], stdin: warningsOnly).status == 0)
        #expect(try CommandRunner.run(["lint", "--fail-on", "warning", "-"], stdin: warningsOnly).status == 1)
        #expect(try CommandRunner.run(["lint", "--fail-on", "error", "fixtures/forms/non-pii.html"]).status == 0)
        #expect(try CommandRunner.run(["lint", "--fail-on", "never", "fixtures/forms"]).status == 0)
    }

    @Test func usageErrorsExit64() throws {
        #expect(try CommandRunner.run(["lint"]).status == 64)
        #expect(try CommandRunner.run(["lint", "--fields", "--format", "sarif", "fixtures/forms"]).status == 64)
        #expect(try CommandRunner.run(["lint", "--profile", "loose", "fixtures/forms"]).status == 64)
    }

    @Test func globsAndDirectoriesExpand() throws {
        let result = try CommandRunner.run(["lint", "--format", "json", "fixtures/forms/l*.html"])
        let files = Set(try Self.reportedFindings(result.stdout).map { $0.split(separator: ":").first.map(String.init) ?? "" })
        #expect(files == ["fixtures/forms/labels-only.html", "fixtures/forms/login.html"])
    }

    // MARK: Configuration

    @Test func projectConfigurationSetsProfileSeveritiesAndIgnoredPaths() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent(".masklint.yaml")
        try """
            profile: strict
            ignore: ["fixtures/forms/s*.html"]
            checks:
              pii-in-text: note
              unmasked-pii-field: off
            """.write(to: config, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["lint", "--config", config.path, "--format", "json", "fixtures/forms"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        #expect(!findings.contains { ($0["check"] as? String) == "unmasked-pii-field" })
        #expect(findings.filter { ($0["check"] as? String) == "pii-in-text" }.allSatisfy { ($0["severity"] as? String) == "note" })
        let files = Set(findings.compactMap { ($0["location"] as? [String: Any])?["file"] as? String })
        #expect(!files.isEmpty && !files.contains { $0.contains("/s") && $0.hasPrefix("fixtures/forms/s") }, "\(files)")
        // Strict obscures every input value: the label-only name field is only weakly masked... or fine.
        #expect(findings.contains { ($0["check"] as? String) == "weakly-masked-pii-field" })
    }

    @Test func anInvalidConfigurationExits2WithItsProblems() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent(".masklint.yaml")
        try "profile: loose\nchecks:\n  pii-in-txt: warning\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["lint", "--config", config.path, "fixtures/forms"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(".masklint.yaml:1:10: error: profile must be one of strict, precise"), "\(result.stderr)")
        #expect(result.stderr.contains(".masklint.yaml:3:3: error: unknown check 'pii-in-txt'; did you mean 'pii-in-text'?"))
        #expect(result.stdout.isEmpty)
    }

    // MARK: --fields

    @Test func fieldsListsEveryControlWithCategoryEvidenceAndLevel() throws {
        let result = try CommandRunner.run(["lint", "--fields", "fixtures/forms/misleading-names.html"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains(
            "fixtures/forms/misleading-names.html:13:55: input#field_7.form-control[name=field_7] (input): ssn, requires hidden; "
                + #"level plain, records value obscured [weakly-masked] — label[for] mentions "social security" (ssn.label)"#), "\(result.stdout)")
        #expect(lines.contains { $0.contains("input#member-id.form-control[name=member_id] (input): no PII; level plain, records value plain [ok]") })
        #expect(lines.last == "7 fields, 3 with PII: 2 unmasked, 1 weakly masked")
    }

    @Test func fieldsAsJSON() throws {
        let result = try CommandRunner.run(["lint", "--fields", "--format", "json", "fixtures/forms/checkout.html"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["format"] as? String == "masklint-fields")
        #expect(object?["profile"] as? String == "precise")
        let fields = try #require(object?["fields"] as? [[String: Any]])
        let card = try #require(fields.first { ($0["element"] as? String) == "input#cc-number[name=cardnumber]" })
        #expect(card["category"] as? String == "payment")
        #expect(card["level"] as? String == "hidden")
        #expect(card["recorded"] as? String == "value hidden")
        #expect(card["line"] as? Int == 75)
        #expect(card["column"] as? Int == 29)
        #expect(card["file"] as? String == "fixtures/forms/checkout.html")
        let coupon = try #require(fields.first { ($0["element"] as? String) == "input#coupon[name=coupon]" })
        #expect(coupon["category"] == nil)
        #expect(coupon["verdict"] as? String == "ok")
    }

    // MARK: No re-leak

    static let fakeValues = ["alice.example@example.com", "frank@example.com", "4242 4242 4242 4242", "+1 415 555 0199",
                             "+44 20 7946 0958", "carol@example.net", "erin@example.io"]

    @Test(arguments: formats)
    func noPageValueAppearsWithoutShowValues(format: String) throws {
        let result = try CommandRunner.run(["lint", "--format", format, "--color", "always", "fixtures/forms"])
        #expect(result.status == 1)
        for value in Self.fakeValues {
            #expect(!(result.stdout + result.stderr).contains(value), "\(format) leaks \(value.prefix(3))…")
        }
        let fields = try CommandRunner.run(["lint", "--fields", "--format", format == "json" ? "json" : "text", "fixtures/forms"])
        for value in Self.fakeValues { #expect(!fields.stdout.contains(value)) }
    }

    @Test func showValuesRevealsThem() throws {
        let result = try CommandRunner.run(["lint", "--format", "json", "--show-values", "fixtures/forms/prefilled.html"])
        #expect(result.stdout.contains("frank@example.com"))
        #expect(result.stdout.contains("4242 4242 4242 4242"))
    }

    // MARK: Golden files

    /// The report of two fixtures in each format, compared with `fixtures/forms/reports/`;
    /// `RECORD_SNAPSHOTS=1` rewrites them (and fails, so that a recording is never a pass).
    @Test(arguments: formats)
    func goldenReport(format: String) throws {
        let result = try CommandRunner.run(
            ["lint", "--format", format, "fixtures/forms/prefilled.html", "fixtures/forms/iframes.html"],
            environment: ["MASKLINT_FINGERPRINT_KEY": "lint-golden"])
        let version = try CommandRunner.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let actual = result.stdout.replacingOccurrences(of: version, with: "${VERSION}")
        let snapshot = CommandRunner.root.appendingPathComponent("fixtures/forms/reports/lint-report.\(format == "text" ? "txt" : format)")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: snapshot, atomically: true, encoding: .utf8)
            Issue.record("recorded \(snapshot.lastPathComponent); run again without RECORD_SNAPSHOTS")
            return
        }
        let expected = try String(contentsOf: snapshot, encoding: .utf8)
        #expect(actual == expected)
    }

    // MARK: Support

    static func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("masklint-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Validates a SARIF document against the OASIS 2.1.0 schema with Python's jsonschema: `ok`, or the first error.
    static func validateSARIF(_ document: String) throws -> String {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("report.sarif")
        try Data(document.utf8).write(to: file)
        let schema = CommandRunner.root.appendingPathComponent("Tests/MaskRulesTests/Reporting/Schemas/sarif-schema-2.1.0.json")
        let script = """
            import json, sys, jsonschema
            validator = jsonschema.Draft4Validator(json.load(open(sys.argv[1])), format_checker=jsonschema.FormatChecker())
            errors = sorted(validator.iter_errors(json.load(open(sys.argv[2]))), key=lambda e: list(e.absolute_path))
            print("ok" if not errors else "invalid: %s at %s" % (errors[0].message, list(errors[0].absolute_path)))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, schema.path, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
