import Foundation
import Testing
@testable import MaskRules

/// The JavaScript detectors of the generated sanitizers find exactly what the Swift detectors find:
/// the same values at the same UTF-8 byte offsets, on every example of every detector and rule, on
/// every string of the network corpus, and on edge cases.
@Suite("JavaScript and Swift detectors agree", .enabled(if: CompileExternalTools.node != nil, "node is not installed"))
struct DetectorParityTests {
    static let edgeCases = [
        "", "cardholder=José Ortega y Gasset, paid", #"{"name":"José Ortega y Gasset"}"#, "@", "a@b", "x@y.zz", "ALICE@EXAMPLE.ORG and bob@example.com, carol@example.net.", "jürgen@bücher.de", "聯絡 chen@例え.jp 謝謝",
        "邮箱alice@example.com的", "%20alice@example.com", "\\u0040 \\nalice@example.com", "a..b@example.com", "user@host.css",
        "4111 1111 1111 1111 and 5555-5555-5555-4444", "1234 5678 9012 3456 7890", "card=4111111111111111&x=1", "order_id=4111111111111111",
        "ORD-6011000990139424", "#5555555555554444", "3782 822463 10005", "6011+1111+1111+1117", "٤١١١١١١١١١١١١١١١",
        "SSN 536-22-8734; ssn: 536228734; 536 22 8734", "078-05-1120", "123-45-6789", "ssn=536-22-8734-01",
        "+1 (415) 555-2671", "(415)555-2671", "tel 4155552671", "ts 4155552671", "+44 (0)20 7183 8750", "+7 (495) 123-45-67",
        "+33 1 42 68 53 00 11", "+2024-01-15", "DE89 3704 0044 0532 0130 00", "de89370400440532013000", "GB29NWBK60161331926819x",
        #"{"password":"hunter2","pwd":1234,"first_name":"Alice","pin":"[REDACTED]","otp":"{{otp}}"}"#,
        #"{"body":"{\"password\":\"hunter2\"}"}"#, "Password: correct horse battery staple\nFirst Name: Alice",
        "<td>Password:</td><td>s3cret</td>", "password=%s", "password_hint=dog", "pwd=s3cr%21t&x", #"{"cardCvc": "123", "cvv2": "999"}"#,
        "😀 4111111111111111 😀", "naïve café 536-22-8734",
    ]

    @Test("same values at the same byte offsets")
    func parity() throws {
        let node = try #require(CompileExternalTools.node)
        let bundled = try CompiledBundledRules.get()
        var configurations = bundled.detectors.map { (id: $0.ruleID, detector: $0.detectorID, options: $0.options) }
        for description in BuiltInDetectors.descriptions {
            configurations.append((id: "email.example-" + description.id, detector: description.id, options: description.exampleOptions))
        }
        let rules = try CompiledMaskingRules(MaskingTestRules.ruleSet(detectors: configurations))
        let swiftDetectors = try rules.detectors.map { try BuiltInDetectors.make(id: $0.detectorID, options: $0.options) }

        var texts = Self.edgeCases
        for description in BuiltInDetectors.descriptions {
            texts += description.matchingExamples.map(\.text) + description.nonMatchingExamples
        }
        let ruleSet = try RuleSetLoader().load(directory: RepositoryPaths.rules.path)
        for case .detector(let rule) in ruleSet.allRules {
            texts += rule.header.examples.match.map(\.text) + rule.header.examples.noMatch.map(\.text)
        }
        let corpus = try JSONSerialization.jsonObject(with: Data(contentsOf: NetworkSanitizerTests.corpusFile))
        Self.collectStrings(corpus, into: &texts)

        let directory = try CompileTemporaryDirectory()
        defer { directory.remove() }
        let module = try OpenReplayCompiler().compile(rules, format: .javaScript, profile: .precise)
        let modulePath = try directory.write(module + "\nexport { DETECTORS, TEXT_ENCODER };\n", to: "detectors.mjs")
        let driver = #"""
            const { readFileSync } = require("fs");
            import(process.argv[1]).then(({ DETECTORS, TEXT_ENCODER }) => {
              const texts = JSON.parse(readFileSync(0, "utf8"));
              const results = texts.map((text) => {
                const bytes = TEXT_ENCODER.encode(text);
                return DETECTORS.map((detector) => detector(bytes).map((m) => [m.start, m.end, m.value]));
              });
              process.stdout.write(JSON.stringify(results));
            }).catch((error) => { console.error(error); process.exit(1); });
            """#
        let output = try CompileToolRunner.run(node, ["-e", driver, "--", modulePath.path], input: try JSONEncoder().encode(texts), timeout: 300)
        #expect(output.status == 0, "\(output.stderr)")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[[[Any]]]])

        var compared = 0, found = 0
        var differences: [String] = []
        for (text, perDetector) in zip(texts, results) {
            for (index, detector) in swiftDetectors.enumerated() {
                let swift = detector.matches(in: text).map { "\($0.byteRange.lowerBound)..<\($0.byteRange.upperBound)=\($0.value)" }
                let javaScript = perDetector[index].map { "\($0[0])..<\($0[1])=\($0[2])" }
                compared += 1
                found += swift.count
                if swift != javaScript {
                    differences.append("\(rules.detectors[index].ruleID) on \(text.prefix(80).debugDescription): Swift \(swift), JavaScript \(javaScript)")
                }
            }
        }
        print("detector parity: \(texts.count) texts × \(swiftDetectors.count) detectors, \(found) values found, \(differences.count) differences")
        for difference in differences.prefix(20) { print("  " + difference) }
        #expect(differences.isEmpty)
        #expect(found > 300)
        #expect(compared == texts.count * swiftDetectors.count)
    }

    static func collectStrings(_ value: Any, into texts: inout [String]) {
        switch value {
        case let string as String: texts.append(string)
        case let array as [Any]: for item in array { collectStrings(item, into: &texts) }
        case let object as [String: Any]: for key in object.keys.sorted() { texts.append(key); collectStrings(object[key]!, into: &texts) }
        default: break
        }
    }
}
