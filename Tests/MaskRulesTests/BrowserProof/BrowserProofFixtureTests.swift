import Testing
@testable import MaskRules

/// The browser proof's fixtures cover the markup of real forms where parsers disagree most.
@Suite("Browser proof fixtures")
struct BrowserProofFixtureTests {
    @Test("The fixtures contain every form markup feature")
    func coverEveryFeature() throws {
        var covered: [FormMarkupFeature: [String]] = [:]
        for fixture in try ProofCorpus.fixtureDocuments() {
            let document = try HTMLParser().parse(Array(fixture.html.utf8))
            for feature in FormMarkupFeature.features(of: fixture.html, document: document) {
                covered[feature, default: []].append(fixture.name)
            }
        }
        for feature in FormMarkupFeature.allCases {
            print("fixtures with \(feature.rawValue): \(covered[feature]?.joined(separator: ", ") ?? "none")")
        }
        let missing = FormMarkupFeature.allCases.filter { covered[$0] == nil }.map(\.rawValue)
        #expect(missing == [])
    }

    @Test("The realistic forms are all there")
    func realisticForms() throws {
        let names = Set(try ProofCorpus.fixtureDocuments().map(\.name))
        for form in ["checkout", "signup", "login", "profile", "support", "account-settings", "address-book"] {
            #expect(names.contains(form + ".html"), "fixtures/html/\(form).html is missing")
        }
    }

    @Test("Every known tree difference has its fixture")
    func knownDifferencesExist() throws {
        let names = Set(try ProofCorpus.fixtureDocuments().map(\.name) + ProofCorpus.corpusDocuments().map(\.name))
        for name in ChromiumSelectorProofTests.knownTreeDifferences.keys.sorted() {
            #expect(names.contains(name), "\(name) is listed as a known difference but does not exist")
        }
    }

    /// The mechanism the proof relies on: elements pair by context, so a moved element is left out
    /// and everything before it still pairs.
    @Test("Elements pair by context")
    func contextPairing() throws {
        let browserLike = MasklintProofTree(try HTMLParser().parse("<div><input name=a></div><table><tr><td>x</td></tr></table><p>"))
        let moved = MasklintProofTree(try HTMLParser().parse("<div><input name=a></div><input name=b><table><tr><td>x</td></tr></table><p>"))
        var contexts = ElementContexts()
        let first = contexts.contexts(of: browserLike.tree.scopes[0], ordinal: 0)
        let second = contexts.contexts(of: moved.tree.scopes[0], ordinal: 0)
        let pairs = ElementContexts.pairs(first, second)
        // html, head, body, div, input pair; table and everything after it follows another sibling.
        #expect(pairs.map(\.0) == [0, 1, 2, 3, 4])
        #expect(pairs.map(\.1) == [0, 1, 2, 3, 4])
        #expect(TreeShapeDifference.describe(masklint: browserLike.tree, chromium: browserLike.tree) == nil)
        #expect(TreeShapeDifference.describe(masklint: browserLike.tree, chromium: moved.tree) != nil)
    }
}
