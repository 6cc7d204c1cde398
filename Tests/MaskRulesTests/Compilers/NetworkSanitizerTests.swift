import Foundation
import Testing
@testable import MaskRules

/// The generated network, URL and title sanitizers, run in node on fixtures/compile/network-corpus.json:
/// every planted value is removed, no request without personal data is changed, and masklint's own
/// Swift scanner finds nothing in what the sanitizers let through.
@Suite("Generated network and URL sanitizers", .enabled(if: CompileExternalTools.node != nil, "node is not installed"))
struct NetworkSanitizerTests {
    static var corpusFile: URL { CompileFixtures.directory.appendingPathComponent("network-corpus.json") }

    /// What node reports for the corpus.
    struct Report: Decodable {
        struct Request: Decodable {
            let id: String
            let planted: Int
            let identical: Bool
            /// The request (or page URL and title) as JSON text, before and after sanitizing.
            let input: String
            let output: String
        }
        struct Leak: Decodable, CustomStringConvertible {
            let id: String
            let form: String
            var description: String { "\(id) still holds \(SensitiveValue(form, category: nil).redacted)" }
        }
        let requests: [Request]
        let leaks: [Leak]
    }

    static let driver = #"""
        const [modulePath, corpusPath] = process.argv.slice(1);
        const { readFileSync } = require("fs");
        import(modulePath).then(({ sanitizeNetworkRequest, sanitizeUrl, sanitizeTitle }) => {
          const corpus = JSON.parse(readFileSync(corpusPath, "utf8"));
          const forms = (value) => {
            const result = [value, encodeURIComponent(value), encodeURIComponent(value).replace(/%20/g, "+"), JSON.stringify(value).slice(1, -1)];
            const digits = value.replace(/[^0-9]/g, "");
            if (digits.length >= 9) result.push(digits);
            return [...new Set(result)];
          };
          const requests = [], leaks = [];
          for (const entry of corpus.requests) {
            const input = JSON.parse(JSON.stringify(entry.data));
            const output = sanitizeNetworkRequest(input);
            const text = JSON.stringify(output);
            for (const value of entry.planted) for (const form of forms(value)) if (text.includes(form)) leaks.push({ id: entry.id, form });
            requests.push({ id: entry.id, planted: entry.planted.length, identical: output === input, input: JSON.stringify(entry.data), output: text });
          }
          for (const page of corpus.pages) {
            const url = sanitizeUrl(page.url), title = sanitizeTitle(page.title);
            for (const value of page.planted) for (const form of forms(value)) if ((url + " " + title).includes(form)) leaks.push({ id: page.id, form });
            requests.push({ id: page.id, planted: page.planted.length, identical: url === page.url && title === page.title,
              input: JSON.stringify([page.url, page.title]), output: JSON.stringify([url, title]) });
          }
          process.stdout.write(JSON.stringify({ requests, leaks }));
        }).catch((error) => { console.error(error); process.exit(1); });
        """#

    static func report() throws -> Report {
        let node = try #require(CompileExternalTools.node)
        let directory = try CompileTemporaryDirectory()
        defer { directory.remove() }
        let module = try directory.write(try CompiledBundledRules.module(.javaScript, profile: .precise), to: "privacy.mjs")
        let output = try CompileToolRunner.run(node, ["-e", driver, "--", module.path, corpusFile.path], timeout: 120)
        guard output.status == 0 else { throw ToolFailure(description: "node: \(output.stderr)") }
        return try JSONDecoder().decode(Report.self, from: Data(output.stdout.utf8))
    }

    struct ToolFailure: Error, CustomStringConvertible {
        let description: String
    }

    @Test("every planted value is removed, and requests without personal data are returned unchanged")
    func plantedValuesRemoved() throws {
        let report = try Self.report()
        let planted = report.requests.reduce(0) { $0 + $1.planted }
        let clean = report.requests.filter { $0.planted == 0 }
        print("network corpus: \(report.requests.count) requests and pages, \(planted) planted values, \(clean.count) without personal data")
        #expect(report.leaks.isEmpty, "\(report.leaks.count) leaks: \(report.leaks.prefix(5))")
        #expect(clean.allSatisfy { $0.identical }, "changed: \(clean.filter { !$0.identical }.map(\.id))")
        #expect(report.requests.filter { $0.planted > 0 }.allSatisfy { !$0.identical })
        #expect(planted >= 150 && clean.count >= 70)
    }

    @Test("whatever masklint's Swift scanner finds in a request is gone after sanitizing; it finds nothing in the others")
    func swiftScannerAgrees() throws {
        let report = try Self.report()
        let rules = try CompiledBundledRules.get()
        let detectors = try rules.detectors.map { try BuiltInDetectors.make(id: $0.detectorID, options: $0.options) }
        let scanner = ValueScanner(detectors: detectors)
        var found = 0
        var problems: [String] = []
        for request in report.requests {
            let bytes = Array(request.input.utf8)
            let values = scanner.scan(request.input)
            if request.planted == 0 && !values.isEmpty {
                problems.append("\(request.id): the scanner finds \(values.map(\.detectorID)) in a request without personal data")
            }
            for value in values {
                found += 1
                // The value as written, and with the text before it (its key), so that a short value
                // (`"exp_month":9`) is looked for where it stood, not anywhere in the output.
                let written = String(decoding: bytes[value.byteRange], as: UTF8.self)
                let before = max(0, value.byteRange.lowerBound - 16)
                let withKey = String(decoding: bytes[before..<value.byteRange.upperBound], as: UTF8.self)
                if request.output.contains(withKey) || (written.utf8.count >= 6 && request.output.contains(written)) {
                    problems.append("\(request.id): \(value.detectorID) value \(SensitiveValue(value.value, category: value.category).redacted) left in place")
                }
            }
        }
        print("network corpus: the Swift scanner finds \(found) values in the requests; \(problems.count) left after sanitizing")
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        #expect(found >= 150)
    }

    @Test("the corpus is reproducible from its generator")
    func corpusIsReproducible() throws {
        let node = try #require(CompileExternalTools.node)
        let directory = try CompileTemporaryDirectory()
        defer { directory.remove() }
        let regenerated = directory.url.appendingPathComponent("corpus.json")
        let generator = CompileFixtures.directory.appendingPathComponent("generate-network-corpus.mjs")
        let output = try CompileToolRunner.run(node, [generator.path, regenerated.path], timeout: 60)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(FileManager.default.contents(atPath: regenerated.path) == FileManager.default.contents(atPath: Self.corpusFile.path))
    }
}
