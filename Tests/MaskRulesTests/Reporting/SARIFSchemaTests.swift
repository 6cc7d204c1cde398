import Foundation
import Testing
@testable import MaskRules

/// masklint's SARIF validates against the OASIS SARIF 2.1.0 JSON Schema (`Schemas/`, with its
/// provenance), checked with Python's `jsonschema` (Debian `python3-jsonschema`, installed by
/// `make test`).
@Suite struct SARIFSchemaTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Schemas/sarif-schema-2.1.0.json")

    static let validator = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft4Validator.check_schema(schema)
        validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
        for path in sys.argv[2:]:
            errors = sorted(validator.iter_errors(json.load(open(path))), key=lambda e: list(e.absolute_path))
            print(path, "ok" if not errors else "invalid: %s at %s" % (errors[0].message, list(errors[0].absolute_path)))
        """

    /// Validates each document, returning one line per document: `path ok` or `path invalid: …`.
    static func validate(_ documents: [String]) throws -> [String] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            let url = directory.appendingPathComponent("\(index).sarif")
            try Data(document.utf8).write(to: url)
            paths.append(url.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", validator, schema.path] + paths
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 with jsonschema is needed: run `make test-deps`")
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func everyKindOfFindingAndProblemValidates() throws {
        let documents = [false, true].map {
            SARIFReporter().render(ReportFixtures.report, options: ReportFixtures.options(showValues: $0))
        } + [SARIFReporter().render(FindingReport(command: "scan", findings: [], inputCount: 0),
                                    options: ReportOptions(fingerprintKey: .random()))]
        let results = try Self.validate(documents)
        #expect(results.count == documents.count)
        for result in results { #expect(result.hasSuffix(" ok"), "\(result)") }
    }

    @Test func aScanOfJSONAndTextValidates() throws {
        let scanner = TextScanner.builtIn()
        let findings = scanner.findings(in: #"{"user": {"email": "bob@example.org"}}"#, file: "body.json")
            + scanner.findings(in: "2024-05-17 card 4111 1111 1111 1111 for +44 20 7946 0958", file: "/repo/app log.txt")
        let report = FindingReport(command: "scan", ruleSet: scanner.ruleSet, rules: scanner.reportRules,
                                   findings: findings, inputCount: 2)
        let document = SARIFReporter().render(report, options: ReportFixtures.options())
        #expect(document.contains("\"uri\" : \"app%20log.txt\""))
        let results = try Self.validate([document])
        #expect(results.first?.hasSuffix(" ok") == true, "\(results)")
    }

    @Test func theSchemaRejectsABrokenDocument() throws {
        // The validator is live: a result without a message is not SARIF.
        var document = SARIFReporter().render(ReportFixtures.report, options: ReportFixtures.options())
        document = document.replacingOccurrences(of: "\"message\" : {", with: "\"messages\" : {")
        let results = try Self.validate([document])
        #expect(results.first?.contains("invalid") == true, "\(results)")
    }
}
