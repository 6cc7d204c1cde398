import Foundation
import Testing

/// No re-leak: `lint`, `scan` and `audit`, in every output format, on fixtures full of canary PII,
/// print no canary in any output, report file or error message unless `--show-values` is given,
/// including when inputs fail or limits are reached.
@Suite struct NoReLeakTests {
    static let formats = ["text", "json", "sarif", "github"]

    /// Every canary planted in the fixtures the runs read: `fixtures/no-re-leak/` (a page with values in
    /// fields, text, attributes and identifiers), `fixtures/scan/` and `fixtures/sessions/`.
    static let canaries: [String] = {
        var values: [String] = []
        for file in ["fixtures/no-re-leak/canaries.txt", "fixtures/scan/canary-values.txt", "fixtures/sessions/canaries.txt"] {
            let text = (try? String(contentsOf: CommandRunner.root.appendingPathComponent(file), encoding: .utf8)) ?? ""
            values += text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        return Array(Set(values + AuditCommandTests.plantedValues)).sorted()
    }()

    static let page = "fixtures/no-re-leak/page.html"
    static let scanInputs = ["fixtures/no-re-leak/page.html", "fixtures/scan/canaries/app.log", "fixtures/scan/canaries/body.json",
                             "fixtures/scan/canaries/request.txt", "fixtures/scan/canaries/page.html"]

    /// The output of a run: standard output, standard error and any report file it wrote.
    struct Output {
        var texts: [String: String]

        /// The canaries that appear anywhere, with where. An occurrence counts when it is not part of a
        /// longer word or number: a 4-digit PIN inside a hex fingerprint or a byte offset is no leak.
        func leaks() -> [String] {
            NoReLeakTests.canaries.flatMap { canary in
                texts.filter { Self.contains($0.value, canary) }.map { "\($0.key) shows '\(canary.prefix(4))…'" }
            }
        }

        static func contains(_ text: String, _ canary: String) -> Bool {
            var searchStart = text.startIndex
            while let range = text.range(of: canary, range: searchStart..<text.endIndex) {
                let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
                let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
                if !(before.isLetter || before.isNumber) && !(after.isLetter || after.isNumber) { return true }
                searchStart = text.index(after: range.lowerBound)
            }
            return false
        }
    }

    /// Runs masklint; `--html` and `--output` files named `{html}` and `{output}` are read back.
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> (Int32, Output) {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let directory = scratch.directory
        let files = ["{html}": directory.appendingPathComponent("report.html"), "{output}": directory.appendingPathComponent("report.out")]
        let resolved = arguments.map { files[$0]?.path ?? $0 }
        let result = try CommandRunner.run(resolved, stdin: stdin, environment: environment)
        var texts = ["stdout": result.stdout, "stderr": result.stderr]
        for (name, url) in files where arguments.contains(name) {
            texts[name] = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
        return (result.status, Output(texts: texts))
    }

    /// Each command on its canary fixtures, with the report also written to a file (and audit's HTML
    /// report), and with inputs that fail or reach limits, so error messages are covered too.
    static func runs(format: String) -> [(name: String, arguments: [String], stdin: String)] {
        let output = ["--format", format]
        let pageText = (try? String(contentsOf: CommandRunner.root.appendingPathComponent(page), encoding: .utf8)) ?? ""
        var runs: [(String, [String], String)] = [
            ("lint", ["lint", page, "fixtures/forms"] + output, ""),
            ("lint to a file", ["lint", page, "-o", "{output}"] + output, ""),
            ("lint from standard input", ["lint", "-"] + output, pageText),
            ("lint past limits", ["lint", page, "fixtures/forms", "--max-html-depth", "4", "--max-html-nodes", "200"] + output, ""),
            ("scan", ["scan"] + scanInputs + output, ""),
            ("scan to a file", ["scan"] + scanInputs + ["-o", "{output}"] + output, ""),
            ("scan from standard input, past limits", ["scan", "-", "fixtures/scan/canaries/app.log", "fixtures/no-re-leak/missing.txt",
                                                       "--max-input-size", "256"] + output, pageText),
            ("audit", ["audit", "fixtures/sessions", "--canaries", "fixtures/sessions/canaries.txt", "--html", "{html}"] + output, ""),
            ("audit to a file", ["audit", "fixtures/sessions", "-o", "{output}"] + output, ""),
            ("audit past limits", ["audit", "fixtures/sessions", "--canaries", "fixtures/sessions/canaries.txt", "--max-string-length", "24",
                                   "--max-dom-nodes", "4", "--html", "{html}"] + output, ""),
            ("audit with a canary file that cannot be used", ["audit", "fixtures/sessions", "--canaries", "fixtures/no-re-leak/canaries.txt"] + output, ""),
        ]
        if format == "text" || format == "json" {
            runs.append(("lint --fields", ["lint", page, "fixtures/forms", "--fields"] + output, ""))
        }
        return runs
    }

    @Test(arguments: formats)
    func noCanaryInAnyOutputWithoutShowValues(format: String) throws {
        #expect(Self.canaries.count >= 30)
        #expect(Self.canaries.contains("7291") && Self.canaries.contains("orla.canaryvale@example.net"))
        for run in Self.runs(format: format) {
            let (status, output) = try Self.run(run.arguments, stdin: run.stdin)
            #expect(status != 64 && (status != 0 || run.arguments.contains("--fields")),
                    "\(run.name) (\(format)) finds the planted values or reports the failures")
            #expect(output.leaks().isEmpty, "\(run.name) (\(format)): \(output.leaks())")
        }
    }

    /// The same runs print values with `--show-values`, so the fixtures do hold what the test looks for.
    @Test(arguments: formats)
    func showValuesPrintsThem(format: String) throws {
        let expectations: [(arguments: [String], value: String)] = [
            (["lint", Self.page], "orla.canaryvale@example.net"),
            (["scan"] + Self.scanInputs, "canary.leak.7f3a@example.com"),
            (["audit", "fixtures/sessions/leak-analytics"], "jane.roe@example.com"),
        ]
        for expectation in expectations {
            let (_, output) = try Self.run(expectation.arguments + ["--format", format, "--show-values"])
            #expect(output.texts["stdout"]?.contains(expectation.value) == true, "\(expectation.arguments[0]) \(format) --show-values")
        }
    }

    /// An identifier that carries a value (a field named after the subscriber's address) is quoted
    /// redacted in messages and evidence.
    @Test(arguments: formats)
    func identifiersCarryingValuesAreRedacted(format: String) throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let directory = scratch.directory
        let page = directory.appendingPathComponent("subscriber.html")
        try """
            <!doctype html><html><body><form>
            <label for="x">Email</label><input id="customer-4539578763621486" name="contact_email[orla.canaryvale@example.net]" type="text">
            </form></body></html>

            """.write(to: page, atomically: true, encoding: .utf8)
        for arguments in [["lint", page.path, "--format", format]] + (format == "text" || format == "json" ? [["lint", page.path, "--fields", "--format", format]] : []) {
            let (status, output) = try Self.run(arguments)
            #expect(status == (arguments.contains("--fields") ? 0 : 1))
            #expect(output.leaks().isEmpty, "\(arguments): \(output.leaks())")
            #expect(output.texts["stdout"]?.contains("c******_e****[o***.c*********@e******.n**]") == true, "\(output.texts["stdout"] ?? "")")
        }
    }
}
