import Testing
@testable import MaskRules

/// Canonical CSS text, and reading it back.
@Suite struct SelectorSerializerTests {
    static let canonicalForms: [(String, String)] = [
        ("input", "input"),
        ("INPUT", "input"),
        ("*", "*"),
        ("*.a", "*.a"),
        ("input.a#b", "input.a#b"),
        ("  a  ", "a"),
        ("a/* c */.b", "a.b"),
        ("a  >b", "a > b"),
        ("a\n\tb", "a b"),
        ("a+b", "a + b"),
        ("a~b", "a ~ b"),
        ("a,b , c", "a, b, c"),
        (":NOT( a , b )", ":not(a, b)"),
        (":Is(a)", ":is(a)"),
        (":WHERE(a > b)", ":where(a > b)"),
        ("a:not(:is(.b, :where(#c)))", "a:not(:is(.b, :where(#c)))"),
        // Attribute selectors: values always become double-quoted strings.
        ("[a]", "[a]"),
        ("[A]", "[a]"),
        ("[data-X]", "[data-x]"),
        ("[type=email]", "[type=\"email\"]"),
        ("[ a = b ]", "[a=\"b\"]"),
        ("[a~=b]", "[a~=\"b\"]"),
        ("[a|=b]", "[a|=\"b\"]"),
        ("[a^=b]", "[a^=\"b\"]"),
        ("[a$=b]", "[a$=\"b\"]"),
        ("[a*=b]", "[a*=\"b\"]"),
        ("[a=b i]", "[a=\"b\" i]"),
        ("[a='b\"c']", "[a=\"b\\\"c\"]"),
        ("[a=\"\\\\\"]", "[a=\"\\\\\"]"),
        ("[a=\"\"]", "[a=\"\"]"),
        ("[a=\"x\\9y\"]", "[a=\"x\\9 y\"]"),
        ("[a=\"x\\a y\"]", "[a=\"x\\a y\"]"),
        ("[a=\"x\\d\\c\"]", "[a=\"x\\d \\c \"]"),
        ("[a=\"\\7f\"]", "[a=\"\\7f \"]"),
        ("[a=\"a\\0 b\"]", "[a=\"a\u{FFFD}b\"]"),
        ("[a=\"é 😀 日本\"]", "[a=\"é 😀 日本\"]"),
        ("[a=\"'\"]", "[a=\"'\"]"),
        ("[a=\"x\\\ny\"]", "[a=\"xy\"]"),
        ("[a=\\31]", "[a=\"1\"]"),
        // Identifiers: escaped where needed and only there.
        ("#\\31 23", "#\\31 23"),
        (".\\31 23", ".\\31 23"),
        (".a\\:b", ".a\\:b"),
        (".a\\ b", ".a\\ b"),
        (".a\\!b", ".a\\!b"),
        (".\\@", ".\\@"),
        (".a\\.b", ".a\\.b"),
        (".a\\[b\\]", ".a\\[b\\]"),
        (".a\\\"b", ".a\\\"b"),
        (".a\\,b", ".a\\,b"),
        (".\\-", ".\\-"),
        (".-a", ".-a"),
        (".--", ".--"),
        (".-\\31", ".-\\31 "),
        (".a1", ".a1"),
        (".a-1", ".a-1"),
        (".\\7f", ".\\7f "),
        (".a\\9 b", ".a\\9 b"),
        (".\\61", ".a"),
        (".a\\0 b", ".a\u{FFFD}b"),
        (".日本", ".日本"),
        (".é", ".é"),
        ("#_a", "#_a"),
        ("#-a", "#-a"),
        ("\\", "\u{FFFD}"),
        ("\\31 23", "\\31 23"),
        ("[\\31 a]", "[\\31 a]"),
    ]

    @Test(arguments: canonicalForms)
    func writesCanonicalCSS(text: String, expected: String) throws {
        let serialized = try SelectorList(parsing: text).cssText
        #expect(Array(serialized.utf8) == Array(expected.utf8), "\(serialized.debugDescription)")
    }

    /// Every selector the other suites parse, plus the canonical forms above.
    static var corpus: [String] {
        SelectorParserTests.simpleCases.map(\.0) + SelectorParserTests.complexCases.map(\.0)
            + SelectorMatcherTests.cases.map(\.0) + SelectorMatcherTests.backtrackingCases.map(\.0)
            + SelectorCaseRuleTests.typeCases.map(\.0) + SelectorCaseRuleTests.attributeValueCases.map(\.0)
            + SelectorCaseRuleTests.operatorEdgeCases.map(\.0) + SelectorCaseRuleTests.idAndClassCases.map(\.0)
            + canonicalForms.map(\.0)
    }

    @Test(arguments: corpus)
    func roundTrips(text: String) throws {
        let parsed = try SelectorList(parsing: text)
        let serialized = parsed.cssText
        let reparsed = try SelectorList(parsing: serialized)
        #expect(reparsed == parsed)
        #expect(Array(reparsed.cssText.utf8) == Array(serialized.utf8))
        #expect(parsed.description == serialized)
    }

    /// Values and names that only exist as syntax trees built in code round-trip too.
    static let builtSelectors: [SelectorList] = {
        let awkward = ["a", "-", "--", "-1", "1", "_", "a b", "\"", "\\", "\u{7F}", "\u{1}", "\t\n\r\u{C}", "é", "\u{FFFD}", "a)b", "*/"]
        var lists: [SelectorList] = []
        for text in awkward {
            lists.append(SelectorList([ComplexSelector(CompoundSelector([.class(text)]))]))
            lists.append(SelectorList([ComplexSelector(CompoundSelector([.id(text)]))]))
            lists.append(SelectorList([ComplexSelector(CompoundSelector(.element(text)))]))
            lists.append(SelectorList([ComplexSelector(CompoundSelector([.attribute(AttributeSelector(name: text))]))]))
            for op in AttributeSelector.Operator.allCases {
                lists.append(
                    SelectorList([
                        ComplexSelector(CompoundSelector([.attribute(AttributeSelector(name: "a", op, text, modifier: .caseInsensitive))]))
                    ]))
            }
        }
        lists.append(SelectorList([ComplexSelector(CompoundSelector([.attribute(AttributeSelector(name: "a", .equals, ""))]))]))
        return lists
    }()

    @Test(arguments: builtSelectors)
    func builtSelectorsRoundTrip(list: SelectorList) throws {
        #expect(try SelectorList(parsing: list.cssText) == list)
    }

    @Test func nodesDescribeThemselvesAsCSS() throws {
        let list = try SelectorList(parsing: "form > input[type=email i]:not(.a), #b")
        let complex = list.selectors[0]
        #expect(complex.description == "form > input[type=\"email\" i]:not(.a)")
        #expect(complex.subject.description == "input[type=\"email\" i]:not(.a)")
        #expect(complex.subject.subclassSelectors[0].description == "[type=\"email\" i]")
        #expect(complex.subject.subclassSelectors[1].description == ":not(.a)")
        guard case .attribute(let attribute) = complex.subject.subclassSelectors[0] else {
            Issue.record("expected an attribute selector")
            return
        }
        #expect(attribute.description == "[type=\"email\" i]")
    }
}
