import Testing
@testable import MaskRules

@Suite struct RuleSetDiffTests {
    /// A rule set with the given email file and version; the other categories are fixed.
    func ruleSet(version: String, email: String) throws -> RuleSet {
        var files = ["manifest.yaml": "name: t\nversion: \(version)\ndescription: d\nfiles: [email.yaml, name.yaml, payment.yaml, password.yaml, ssn.yaml, phone.yaml]\n",
                     "email.yaml": email]
        for category in PIICategory.allCases where category != .email {
            files["\(category.rawValue).yaml"] = """
                category: \(category.rawValue)
                description: d
                level: hidden
                input-names:
                  - {id: \(category.rawValue).n, description: d, pattern: '^x$', examples: {match: [x], no-match: [y]}}
                """
        }
        return try RuleSetLoader().load(RuleSetSource(files: files, displayDirectory: "r"))
    }

    func email(terms: String = "[email, e-mail]", excluded: String = "[]", level: String = "obscured",
               selector: String = "input[type=email]", extraRule: String = "") -> String {
        """
        category: email
        description: d
        level: obscured
        selectors:
          - {id: email.type, description: d, level: \(level), selector: '\(selector)', examples: {match: ['<input type=email>'], no-match: ['<input>']}}
        labels:
          - {id: email.label, description: d, terms: {en: \(terms)}\(excluded == "[]" ? "" : ", excluded-terms: {en: \(excluded)}"), examples: {match: [email], no-match: [name]}}
        \(extraRule)
        """
    }

    @Test func identicalSetsNeedNoBump() throws {
        let diff = RuleSetDiff(old: try ruleSet(version: "1.0.0", email: email()), new: try ruleSet(version: "1.0.0", email: email()))
        #expect(diff.changes.isEmpty)
        #expect(diff.requiredBump == .none)
        #expect(diff.isVersionBumpSufficient)
    }

    @Test func addedTermsNeedAMinorBump() throws {
        let old = try ruleSet(version: "1.0.0", email: email())
        let new = try ruleSet(version: "1.0.1", email: email(terms: "[email, e-mail, courriel]"))
        let diff = RuleSetDiff(old: old, new: new)
        #expect(diff.requiredBump == .minor)
        #expect(diff.actualBump == .patch)
        #expect(!diff.isVersionBumpSufficient)
        #expect(diff.changes.first?.details == ["terms added: 'courriel'"])
    }

    @Test(arguments: [
        ("[email]", "[]", "obscured", "input[type=email]", "terms removed: 'e-mail'"),
        ("[email, e-mail]", "[email list]", "obscured", "input[type=email]", "excluded terms added: 'email list'"),
        ("[email, e-mail]", "[]", "obscured", "input[type=email][name]", "selector changed from 'input[type=email]' to 'input[type=email][name]'"),
    ])
    func narrowingNeedsAMajorBump(terms: String, excluded: String, level: String, selector: String, detail: String) throws {
        let old = try ruleSet(version: "1.4.2", email: email())
        let new = try ruleSet(version: "1.5.0", email: email(terms: terms, excluded: excluded, level: level, selector: selector))
        let diff = RuleSetDiff(old: old, new: new)
        #expect(diff.requiredBump == .major)
        #expect(!diff.isVersionBumpSufficient)
        #expect(diff.changes.flatMap(\.details).contains(detail), "\(diff.changes)")
    }

    @Test func loweringALevelIsMajorAndRaisingItMinor() throws {
        let hidden = try ruleSet(version: "2.0.0", email: email(level: "hidden"))
        let obscured = try ruleSet(version: "3.0.0", email: email(level: "obscured"))
        #expect(RuleSetDiff(old: hidden, new: obscured).requiredBump == .major)
        #expect(RuleSetDiff(old: obscured, new: hidden).requiredBump == .minor)
        #expect(RuleSetDiff(old: obscured, new: hidden).actualBump == .none)
    }

    @Test func removedRulesAreMajorAndAddedRulesMinor() throws {
        let extra = "input-names:\n  - {id: email.name, description: d, pattern: 'mail', examples: {match: [mail], no-match: [x]}}"
        let base = try ruleSet(version: "1.0.0", email: email())
        let wider = try ruleSet(version: "1.1.0", email: email(extraRule: extra))
        let added = RuleSetDiff(old: base, new: wider)
        #expect(added.changes.map(\.kind) == [.added])
        #expect(added.isVersionBumpSufficient)
        let removed = RuleSetDiff(old: wider, new: try ruleSet(version: "1.2.0", email: email()))
        #expect(removed.changes.map(\.kind) == [.removed])
        #expect(removed.requiredBump == .major)
    }
}
