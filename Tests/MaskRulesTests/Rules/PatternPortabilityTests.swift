import Foundation
import Testing
@testable import MaskRules

/// Proves that every shipped rule pattern means the same in PCRE2 and in JavaScript: on each of its
/// examples, and on variants chosen to expose case-folding and newline differences, both engines
/// find the same matches at the same places.
@Suite struct PatternPortabilityTests {
    struct Case: Codable, Hashable {
        let ruleID: String
        let source: String
        let flags: String
        let subject: String
    }

    /// One match: where it starts, in Unicode scalars, and the text it covers.
    struct Match: Codable, Hashable {
        let start: Int
        let text: String
    }

    static let tricky = ["ſ", "\u{212A}", "İd", "ǅ", "ﬀ", "ß", "a\nb", "a\r\nb", "\u{2028}", "😀x", "", " "]

    static func cases() throws -> [Case] {
        let set = try RuleSetLoader().load(directory: RepositoryPaths.rules.path)
        var cases: [Case] = []
        for rule in set.allRules {
            guard case .inputName(let inputName) = rule else { continue }
            let examples = rule.header.examples.match.map(\.text) + rule.header.examples.noMatch.map(\.text)
            var subjects = examples + examples.map { $0.uppercased() } + examples.map { $0.lowercased() } + tricky
            subjects += examples.map { "x\n" + $0 + "\n" }
            for subject in Set(subjects).sorted() {
                cases.append(Case(ruleID: rule.id, source: inputName.pattern.source,
                                  flags: inputName.pattern.javaScriptFlags, subject: subject))
            }
        }
        return cases
    }

    static let script = """
        const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        const out = cases.map(c => {
          const re = new RegExp(c.source, c.flags + 'g');
          return [...c.subject.matchAll(re)].map(m => ({ start: [...c.subject.slice(0, m.index)].length, text: m[0] }));
        });
        process.stdout.write(JSON.stringify(out));
        """

    @Test func everyShippedPatternMatchesAlikeInPCRE2AndJavaScript() throws {
        let cases = try Self.cases()
        #expect(cases.count > 100, "expected the shipped rule set to have input-name patterns with examples")
        let output = try NodeRunner.run(script: Self.script, input: try JSONEncoder().encode(cases))
        let javaScript = try JSONDecoder().decode([[Match]].self, from: output)
        #expect(javaScript.count == cases.count)
        var compared = 0
        for (testCase, expected) in zip(cases, javaScript) {
            let pattern = try RulePattern(testCase.source, caseInsensitive: testCase.flags.contains("i"))
            let bytes = Array(testCase.subject.utf8)
            let pcre = try pattern.compiled.allMatches(in: testCase.subject).map { range in
                Match(start: String(decoding: bytes[..<range.lowerBound], as: UTF8.self).unicodeScalars.count,
                      text: String(decoding: bytes[range], as: UTF8.self))
            }
            #expect(pcre == expected, "\(testCase.ruleID): /\(testCase.source)/\(testCase.flags) on \(testCase.subject.debugDescription)")
            compared += 1
        }
        print("pattern portability: \(compared) pattern × subject pairs compared in PCRE2 and JavaScript")
    }
}
