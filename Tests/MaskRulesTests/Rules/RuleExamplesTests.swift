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
        var files = [
            "manifest.yaml": "name: t\nversion: 1.0.0\ndescription: d\nfiles: [email.yaml, name.yaml, payment.yaml, password.yaml, ssn.yaml, phone.yaml]\n",
            "email.yaml": """
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
                """,
        ]
        for category in PIICategory.allCases where category != .email {
            files["\(category.rawValue).yaml"] = """
                category: \(category.rawValue)
                description: d
                level: hidden
                input-names:
                  - {id: \(category.rawValue).n, description: d, pattern: '^x$', examples: {match: [x], no-match: [y]}}
                """
        }
        let set = try RuleSetLoader().load(RuleSetSource(files: files, displayDirectory: "r"))
        let results = RuleExampleRunner().run(try #require(set.rule(withID: "email.type")))
        #expect(results.count == 4)
        let failures = results.filter { !$0.passed }.map(\.description)
        // `type` values match case-insensitively in HTML, so `type=EMAIL` matches too.
        #expect(failures == [
            "r/email.yaml:9:37: error: [email.type] example should match but does not: '<input type=text>'",
            "r/email.yaml:10:43: error: [email.type] example should not match but matches <input>: '<form><input type=EMAIL></form>'",
        ])
    }
}
