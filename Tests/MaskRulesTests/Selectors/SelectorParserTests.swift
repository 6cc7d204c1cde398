import Testing
@testable import MaskRules

/// Parsing valid selectors into the expected syntax trees.
@Suite struct SelectorParserTests {
    private static func single(_ compound: CompoundSelector) -> SelectorList {
        SelectorList([ComplexSelector(compound)])
    }

    private static func type(_ name: String, _ rest: SimpleSelector...) -> CompoundSelector {
        CompoundSelector(.element(name), rest)
    }

    private static func subclasses(_ selectors: SimpleSelector...) -> CompoundSelector {
        CompoundSelector(selectors)
    }

    private static func attribute(
        _ name: String, _ op: AttributeSelector.Operator, _ value: String,
        _ modifier: AttributeSelector.Modifier? = nil
    ) -> SimpleSelector {
        .attribute(AttributeSelector(name: name, op, value, modifier: modifier))
    }

    static let simpleCases: [(String, SelectorList)] = [
        ("input", single(type("input"))),
        ("*", single(CompoundSelector(.universal))),
        ("*.a", single(CompoundSelector(.universal, [.class("a")]))),
        ("#main", single(subclasses(.id("main")))),
        (".card", single(subclasses(.class("card")))),
        ("[name]", single(subclasses(.attribute(AttributeSelector(name: "name"))))),
        ("[type=email]", single(subclasses(attribute("type", .equals, "email")))),
        ("[a~=b]", single(subclasses(attribute("a", .includes, "b")))),
        ("[a|=b]", single(subclasses(attribute("a", .dashMatch, "b")))),
        ("[a^=b]", single(subclasses(attribute("a", .prefix, "b")))),
        ("[a$=b]", single(subclasses(attribute("a", .suffix, "b")))),
        ("[a*=b]", single(subclasses(attribute("a", .substring, "b")))),
        ("[a=\"b c\"]", single(subclasses(attribute("a", .equals, "b c")))),
        ("[a='b\"c']", single(subclasses(attribute("a", .equals, "b\"c")))),
        ("[a=\"\"]", single(subclasses(attribute("a", .equals, "")))),
        ("[a=b i]", single(subclasses(attribute("a", .equals, "b", .caseInsensitive)))),
        ("[a=b I]", single(subclasses(attribute("a", .equals, "b", .caseInsensitive)))),
        ("[a=\"b\"i]", single(subclasses(attribute("a", .equals, "b", .caseInsensitive)))),
        ("[ a = b  I ]", single(subclasses(attribute("a", .equals, "b", .caseInsensitive)))),
        ("[a=bi]", single(subclasses(attribute("a", .equals, "bi")))),
        ("[a=--]", single(subclasses(attribute("a", .equals, "--")))),
        ("input.a#b[c]", single(type("input", .class("a"), .id("b"), .attribute(AttributeSelector(name: "c"))))),
        (".a.b", single(subclasses(.class("a"), .class("b")))),
        // Names: type and attribute names are lowercased (ASCII only); values and class/ID names are not.
        ("INPUT", single(type("input"))),
        ("foreignObject", single(type("foreignobject"))),
        ("DÉ", single(type("dÉ"))),
        ("[NAME=Value]", single(subclasses(attribute("name", .equals, "Value")))),
        ("#ID.Class", single(subclasses(.id("ID"), .class("Class")))),
        // Identifiers.
        ("-a", single(type("-a"))),
        ("--", single(type("--"))),
        ("_a1", single(type("_a1"))),
        ("é", single(type("é"))),
        (".日本", single(subclasses(.class("日本")))),
        // Escapes.
        ("#\\31 23", single(subclasses(.id("123")))),
        (".\\31 23", single(subclasses(.class("123")))),
        (".a\\:b", single(subclasses(.class("a:b")))),
        (".a\\ b", single(subclasses(.class("a b")))),
        (".\\31\t23", single(subclasses(.class("123")))),
        (".\\31\r\n23", single(subclasses(.class("123")))),
        (".\\000031 23", single(subclasses(.class("123")))),
        (".\\0000311", single(subclasses(.class("11")))),
        (".\\E9", single(subclasses(.class("é")))),
        (".\\1F600", single(subclasses(.class("😀")))),
        (".a\\0 b", single(subclasses(.class("a\u{FFFD}b")))),
        (".a\\D800 b", single(subclasses(.class("a\u{FFFD}b")))),
        (".a\\110000 b", single(subclasses(.class("a\u{FFFD}b")))),
        (".a\\", single(subclasses(.class("a\u{FFFD}")))),
        ("\\", single(type("\u{FFFD}"))),
        (".a\0b", single(subclasses(.class("a\u{FFFD}b")))),
        ("#-\\31", single(subclasses(.id("-1")))),
        ("\\69nput", single(type("input"))),
        ("[\\6e ame]", single(subclasses(.attribute(AttributeSelector(name: "name"))))),
        ("[a=\\31]", single(subclasses(attribute("a", .equals, "1")))),
        ("[a=\"\\\"\\\\\"]", single(subclasses(attribute("a", .equals, "\"\\")))),
        ("[a=\"\\41 b\"]", single(subclasses(attribute("a", .equals, "Ab")))),
        ("[a=\"x\\\ny\"]", single(subclasses(attribute("a", .equals, "xy")))),
        ("[a=\"x\\\r\ny\"]", single(subclasses(attribute("a", .equals, "xy")))),
        ("[a='\\27']", single(subclasses(attribute("a", .equals, "'")))),
        ("[a=\"\\q\"]", single(subclasses(attribute("a", .equals, "q")))),
        ("[a=\"a\0b\"]", single(subclasses(attribute("a", .equals, "a\u{FFFD}b")))),
        ("[a=\"tab\tin\"]", single(subclasses(attribute("a", .equals, "tab\tin")))),
        ("[a=b \\69]", single(subclasses(attribute("a", .equals, "b", .caseInsensitive)))),
        // Comments and whitespace.
        ("  input  ", single(type("input"))),
        ("/* c */input/* c */", single(type("input"))),
        ("input/**/.a", single(type("input", .class("a")))),
        ("[/**/a/**/=/**/b/**/i/**/]", single(subclasses(attribute("a", .equals, "b", .caseInsensitive)))),
        ("\n\tinput\r\n", single(type("input"))),
        ("\u{0C}input", single(type("input"))),
    ]

    @Test(arguments: simpleCases)
    func parsesSimpleSelectors(text: String, expected: SelectorList) throws {
        #expect(try SelectorList(parsing: text) == expected)
    }

    static let complexCases: [(String, SelectorList)] = [
        ("form input", SelectorList([ComplexSelector(type("form"), [.init(.descendant, type("input"))])])),
        ("form > input", SelectorList([ComplexSelector(type("form"), [.init(.child, type("input"))])])),
        ("form>input", SelectorList([ComplexSelector(type("form"), [.init(.child, type("input"))])])),
        ("label + input", SelectorList([ComplexSelector(type("label"), [.init(.nextSibling, type("input"))])])),
        ("label+input", SelectorList([ComplexSelector(type("label"), [.init(.nextSibling, type("input"))])])),
        ("label ~ input", SelectorList([ComplexSelector(type("label"), [.init(.subsequentSibling, type("input"))])])),
        ("label~input", SelectorList([ComplexSelector(type("label"), [.init(.subsequentSibling, type("input"))])])),
        ("a /* x */ b", SelectorList([ComplexSelector(type("a"), [.init(.descendant, type("b"))])])),
        ("a/**/ b", SelectorList([ComplexSelector(type("a"), [.init(.descendant, type("b"))])])),
        ("a\n>\tb", SelectorList([ComplexSelector(type("a"), [.init(.child, type("b"))])])),
        ("a+.b", SelectorList([ComplexSelector(type("a"), [.init(.nextSibling, subclasses(.class("b")))])])),
        ("a -b", SelectorList([ComplexSelector(type("a"), [.init(.descendant, type("-b"))])])),
        ("u + a", SelectorList([ComplexSelector(type("u"), [.init(.nextSibling, type("a"))])])),
        ("u+z", SelectorList([ComplexSelector(type("u"), [.init(.nextSibling, type("z"))])])),
        ("u+a", SelectorList([ComplexSelector(type("u"), [.init(.nextSibling, type("a"))])])),
        ("U+A", SelectorList([ComplexSelector(type("u"), [.init(.nextSibling, type("a"))])])),
        (
            "div.a > ul li + li ~ *",
            SelectorList([
                ComplexSelector(
                    type("div", .class("a")),
                    [
                        .init(.child, type("ul")), .init(.descendant, type("li")), .init(.nextSibling, type("li")),
                        .init(.subsequentSibling, CompoundSelector(.universal)),
                    ])
            ])
        ),
        ("a, b", SelectorList([ComplexSelector(type("a")), ComplexSelector(type("b"))])),
        ("a,b ,c", SelectorList([ComplexSelector(type("a")), ComplexSelector(type("b")), ComplexSelector(type("c"))])),
        (
            ":is(input, textarea)[name]",
            single(
                subclasses(
                    .is(SelectorList([ComplexSelector(type("input")), ComplexSelector(type("textarea"))])),
                    .attribute(AttributeSelector(name: "name"))))
        ),
        (":where(a)", single(subclasses(.where(SelectorList([ComplexSelector(type("a"))]))))),
        (":not(a)", single(subclasses(.not(SelectorList([ComplexSelector(type("a"))]))))),
        (":NOT( a , b )", single(subclasses(.not(SelectorList([ComplexSelector(type("a")), ComplexSelector(type("b"))]))))),
        (":Is(a)", single(subclasses(.is(SelectorList([ComplexSelector(type("a"))]))))),
        (":wHeRe(a)", single(subclasses(.where(SelectorList([ComplexSelector(type("a"))]))))),
        (":n\\ot(a)", single(subclasses(.not(SelectorList([ComplexSelector(type("a"))]))))),
        (
            ":not(form input, .x > .y)",
            single(
                subclasses(
                    .not(
                        SelectorList([
                            ComplexSelector(type("form"), [.init(.descendant, type("input"))]),
                            ComplexSelector(subclasses(.class("x")), [.init(.child, subclasses(.class("y")))]),
                        ]))))
        ),
        (
            "input:not(:is(.a, :where(#b)))",
            single(
                type(
                    "input",
                    .not(
                        SelectorList([
                            ComplexSelector(
                                subclasses(
                                    .is(
                                        SelectorList([
                                            ComplexSelector(subclasses(.class("a"))),
                                            ComplexSelector(subclasses(.where(SelectorList([ComplexSelector(subclasses(.id("b")))])))),
                                        ]))))
                        ]))))
        ),
        (
            "a :not(b)",
            SelectorList([
                ComplexSelector(type("a"), [.init(.descendant, subclasses(.not(SelectorList([ComplexSelector(type("b"))]))))])
            ])
        ),
    ]

    @Test(arguments: complexCases)
    func parsesComplexSelectorsAndLists(text: String, expected: SelectorList) throws {
        #expect(try SelectorList(parsing: text) == expected)
    }

    @Test func acceptsNestingUpToTheLimit() throws {
        let depth = SelectorParser.maximumNestingDepth
        let text = String(repeating: ":is(", count: depth) + "a" + String(repeating: ")", count: depth)
        var list = try SelectorList(parsing: text)
        for _ in 0..<depth {
            guard case .is(let inner) = list.selectors[0].first.subclassSelectors[0] else {
                Issue.record("expected :is()")
                return
            }
            list = inner
        }
        #expect(list == SelectorList([ComplexSelector(Self.type("a"))]))
    }

    /// Browsers compare names and values code point for code point; so does equality of selectors,
    /// unlike `String`'s `==`, which equates canonically equivalent text.
    @Test func equalityComparesCodePoints() throws {
        #expect(try SelectorList(parsing: ".caf\\E9") != SelectorList(parsing: ".cafe\\301"))
        #expect(try SelectorList(parsing: "#caf\\E9") != SelectorList(parsing: "#cafe\\301"))
        #expect(try SelectorList(parsing: "caf\\E9") != SelectorList(parsing: "cafe\\301"))
        #expect(try SelectorList(parsing: "[caf\\E9]") != SelectorList(parsing: "[cafe\\301]"))
        #expect(try SelectorList(parsing: "[a=\"caf\\E9\"]") != SelectorList(parsing: "[a=\"cafe\\301\"]"))
        #expect(try SelectorList(parsing: ".caf\\E9") == SelectorList(parsing: ".caf\u{E9}"))
        #expect(try SelectorList(parsing: "[A=b I]") == SelectorList(parsing: "[a=\"b\" i]"))
        #expect(try SelectorList(parsing: "*.a") != SelectorList(parsing: ".a"))
    }

    @Test func subjectIsTheRightmostCompound() throws {
        let selector = try #require(SelectorList(parsing: "form > label + input.x").selectors.first)
        #expect(selector.subject == Self.type("input", .class("x")))
        #expect(selector.first == Self.type("form"))
    }
}
