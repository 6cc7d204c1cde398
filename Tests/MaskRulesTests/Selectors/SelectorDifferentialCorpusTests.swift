import Testing
@testable import MaskRules

/// The corpus for the Chromium differential test is valid, complete and stable.
@Suite struct SelectorDifferentialCorpusTests {
    static let corpus = SelectorDifferentialCorpus.selectors()

    @Test func everySelectorParsesAndRoundTrips() throws {
        for text in Self.corpus {
            let list = try SelectorList(parsing: text)
            #expect(try SelectorList(parsing: list.cssText) == list, "\(text)")
        }
    }

    @Test func isDeterministicAndFreeOfDuplicates() {
        #expect(SelectorDifferentialCorpus.selectors() == Self.corpus)
        #expect(Set(Self.corpus.map { Array($0.utf8) }).count == Self.corpus.count)
        #expect(Self.corpus.count > 2_000)
    }

    @Test func coversEveryFeature() throws {
        var operators: Set<String> = []
        var combinators: Set<Combinator> = []
        var pseudoClasses: Set<String> = []
        var sawID = false
        var sawClass = false
        var sawUniversal = false
        func visit(_ list: SelectorList) {
            for complex in list.selectors {
                combinators.formUnion(complex.steps.map(\.combinator))
                for compound in [complex.first] + complex.steps.map(\.compound) {
                    if compound.typeSelector == .universal { sawUniversal = true }
                    for simple in compound.subclassSelectors {
                        switch simple {
                        case .id: sawID = true
                        case .class: sawClass = true
                        case .attribute(let attribute):
                            if let condition = attribute.condition {
                                operators.insert(condition.operator.rawValue + (condition.modifier?.rawValue ?? ""))
                            } else {
                                operators.insert("present")
                            }
                        case .is(let inner): pseudoClasses.insert("is"); visit(inner)
                        case .where(let inner): pseudoClasses.insert("where"); visit(inner)
                        case .not(let inner): pseudoClasses.insert("not"); visit(inner)
                        }
                    }
                }
            }
        }
        for text in Self.corpus { visit(try SelectorList(parsing: text)) }
        var expectedOperators: Set<String> = ["present"]
        for op in AttributeSelector.Operator.allCases {
            for modifier in ["", "i"] { expectedOperators.insert(op.rawValue + modifier) }
        }
        #expect(operators == expectedOperators)
        #expect(combinators == Set(Combinator.allCases))
        #expect(pseudoClasses == ["is", "where", "not"])
        #expect(sawID && sawClass && sawUniversal)
    }

    /// A few answers on the corpus document that follow from Chromium's rules.
    static let knownAnswers: [(String, String, Bool, Bool)] = [
        // (selector, element id, standards mode, quirks mode)
        ("[type=email]", "email", true, true),
        ("foreignobject", "fo", true, true),
        ("FOREIGNOBJECT", "fo", true, true),
        ("svg > foreignObject > div", "inner", true, true),
        ("[viewbox]", "svg", true, true),
        ("[type=foo]", "rect", false, false),
        ("[type=FOO]", "rect", true, true),
        ("[lang=EN]", "rect", false, false),
        ("[lang=EN]", "email", false, false),
        ("[lang=en-US]", "email", true, true),
        ("#EMAIL", "email", false, true),
        (".login.Form", "Login", true, true),
        (".LOGIN.FORM", "Login", false, true),
        (".a", "notes", true, true),
        (".c", "notes", true, true),
        (".a\\:b", "p1", true, true),
        ("#\\31 23", "123", true, true),
        ("#id\\ with\\ space", "id with space", true, true),
        ("[value=\"Cafe\\301\"]", "blank", false, false),
        ("[value=\"Caf\\E9\"]", "blank", true, true),
        ("[title~=y]", "blank", true, true),
        ("[name=\"\"]", "blank", true, true),
        ("[multiple]", "country", true, true),
        ("[rel~=noopener]", "link", true, true),
        ("[hreflang|=EN]", "link", true, true),
        ("[lang|=en]", "email", true, true),
        ("[name=contact]", "email", false, false),
        ("p:is(div > p, span ~ p)", "p3", true, true),
        ("p + p", "p2", true, true),
        ("p + p", "p3", false, false),
        ("u+a", "a2", true, true),
        ("U+A", "a2", true, true),
    ]

    @Test(arguments: knownAnswers)
    func matchesOnTheCorpusDocument(selector: String, id: String, standards: Bool, quirks: Bool) throws {
        let list = try SelectorList(parsing: selector)
        for (quirksMode, expected) in [(false, standards), (true, quirks)] {
            let tree = TestElementTree(SelectorDifferentialCorpus.document(quirksMode: quirksMode), quirksMode: quirksMode)
            let element = try #require(tree.element(id: id))
            #expect(list.matches(element) == expected, "quirks mode: \(quirksMode)")
        }
    }
}
