import Foundation
import Testing

/// The JSON Schema shipped for editors (`schema/masklint-rules.schema.json`) accepts every bundled
/// rule file and rejects broken ones, checked with Python's `jsonschema` (Debian `python3-jsonschema`,
/// installed by `make test`).
@Suite struct RuleSchemaTests {
    static let validator = """
        import json, sys, yaml, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            errors = list(validator.iter_errors(yaml.safe_load(open(path))))
            print(path, "ok" if not errors else "invalid: " + errors[0].message)
        """

    func validate(_ paths: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        let schema = RepositoryPaths.root.appendingPathComponent("schema/masklint-rules.schema.json").path
        process.arguments = ["-c", Self.validator, schema] + paths
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 with jsonschema and yaml is needed: run `make test-deps`")
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func acceptsEveryBundledRuleFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.rules.path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { RepositoryPaths.rules.appendingPathComponent($0).path }
        #expect(files.count == 7)
        let results = try validate(files)
        #expect(results.count == files.count)
        for result in results { #expect(result.hasSuffix(" ok"), "\(result)") }
    }

    @Test(arguments: [
        "name: x\nversion: '1.0'\ndescription: d\nfiles: [a.yaml]\n",
        "category: email\ndescription: d\nlevel: plain\nselectors: []\n",
        "category: email\ndescription: d\nlevel: obscured\nselectors:\n  - id: email.x\n    description: d\n    selectr: input\n    examples: {match: [a], no-match: [b]}\n",
        "category: email\ndescription: d\nlevel: obscured\ndetectors:\n  - id: email.x\n    description: d\n    detector: nope\n    examples: {match: [a], no-match: [b]}\n",
    ])
    func rejectsBrokenFiles(yaml: String) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let results = try validate([url.path])
        #expect(results.first?.contains("invalid") == true, "\(results)")
    }
}
