import Testing
@testable import MaskRules

/// Case sensitivity, quirks mode, SVG and whitespace rules, as Chromium applies them in HTML documents.
@Suite struct SelectorCaseRuleTests {
    private static func matches(_ selector: String, _ markup: String, quirksMode: Bool = false) throws -> Bool {
        let tree = TestElementTree(markup, quirksMode: quirksMode)
        let list = try SelectorList(parsing: selector)
        return try list.matches(#require(tree.element(id: "x")))
    }

    // MARK: Type selectors

    static let typeCases: [(String, String, Bool)] = [
        // HTML elements: the lowercased selector equals the (lower-case) local name.
        ("input", "<input id=x>", true),
        ("INPUT", "<input id=x>", true),
        ("InPuT", "<INPUT id=x>", true),
        ("textarea", "<input id=x>", false),
        // SVG elements keep their case; Chromium compares ASCII case-insensitively for them.
        ("svg", "<svg id=x></svg>", true),
        ("SVG", "<svg id=x></svg>", true),
        ("foreignObject", "<svg><foreignObject id=x></foreignObject></svg>", true),
        ("foreignobject", "<svg><foreignObject id=x></foreignObject></svg>", true),
        ("FOREIGNOBJECT", "<svg><foreignObject id=x></foreignObject></svg>", true),
        ("rect", "<svg><rect id=x /></svg>", true),
        ("svg > rect", "<svg><rect id=x /></svg>", true),
        ("RECT", "<svg><rect id=x /></svg>", true),
        ("circle", "<svg><rect id=x /></svg>", false),
        ("mi", "<math><mi id=x></mi></math>", true),
        // Back to HTML inside foreignObject.
        ("svg div", "<svg><foreignObject><div id=x></div></foreignObject></svg>", true),
        ("DIV", "<svg><foreignObject><div id=x></div></foreignObject></svg>", true),
        // And SVG again inside that.
        ("foreignObject > svg > RECT", "<svg><foreignObject><svg><rect id=x /></svg></foreignObject></svg>", true),
    ]

    @Test(arguments: typeCases)
    func typeSelectors(selector: String, markup: String, expected: Bool) throws {
        #expect(try Self.matches(selector, markup) == expected)
    }

    /// An element that the test markup cannot express: HTML elements whose local name is not in lower
    /// case (`document.createElementNS(htmlNamespace, "DIV")`), and non-ASCII names.
    struct LoneElement: SelectorMatchable {
        var localName: String
        var isHTMLElement: Bool
        var isInQuirksModeDocument = false
        func attributeValue(_ name: String) -> String? { nil }
        var parentElement: LoneElement? { nil }
        var previousElementSibling: LoneElement? { nil }
    }

    static let loneElementCases: [(String, LoneElement, Bool)] = [
        // Chromium: an HTML element's local name must equal the lowercased selector exactly.
        ("div", LoneElement(localName: "DIV", isHTMLElement: true), false),
        ("DIV", LoneElement(localName: "DIV", isHTMLElement: true), false),
        ("div", LoneElement(localName: "DIV", isHTMLElement: false), true),
        // Only ASCII letters fold.
        ("ÉL", LoneElement(localName: "Él", isHTMLElement: true), true),
        ("ÉL", LoneElement(localName: "él", isHTMLElement: true), false),
        ("ÉL", LoneElement(localName: "él", isHTMLElement: false), false),
        ("straße", LoneElement(localName: "STRASSE", isHTMLElement: false), false),
        // Names compare as code points, not as canonically equivalent Unicode.
        ("caf\u{E9}", LoneElement(localName: "cafe\u{301}", isHTMLElement: true), false),
        ("cafe\u{301}", LoneElement(localName: "cafe\u{301}", isHTMLElement: true), true),
    ]

    @Test(arguments: loneElementCases)
    func typeSelectorsOnUnusualNames(selector: String, element: LoneElement, expected: Bool) throws {
        #expect(try SelectorList(parsing: selector).matches(element) == expected)
    }

    // MARK: Attribute names

    static let attributeNameCases: [(String, String, Bool)] = [
        ("[name]", "<input id=x NAME=a>", true),
        ("[NAME]", "<input id=x name=a>", true),
        ("[Name=a]", "<input id=x name=a>", true),
        // SVG attributes keep their case (viewBox); Chromium compares names case-insensitively for them.
        ("[viewBox]", "<svg id=x viewBox=\"0 0 1 1\"></svg>", true),
        ("[viewbox]", "<svg id=x viewBox=\"0 0 1 1\"></svg>", true),
        ("[VIEWBOX='0 0 1 1']", "<svg id=x viewBox=\"0 0 1 1\"></svg>", true),
        ("[viewbox]", "<svg id=x></svg>", false),
    ]

    @Test(arguments: attributeNameCases)
    func attributeNames(selector: String, markup: String, expected: Bool) throws {
        #expect(try Self.matches(selector, markup) == expected)
    }

    // MARK: Attribute values

    static let attributeValueCases: [(String, String, Bool)] = [
        ("[name=contact]", "<input id=x name=contact>", true),
        ("[name=Contact]", "<input id=x name=contact>", false),
        ("[name=Contact i]", "<input id=x name=contact>", true),
        ("[name=Contact I]", "<input id=x name=contact>", true),
        ("[autocomplete~=EMAIL]", "<input id=x autocomplete=\"home email\">", false),
        ("[autocomplete~=EMAIL i]", "<input id=x autocomplete=\"home email\">", true),
        ("[name^=CON i]", "<input id=x name=contact>", true),
        ("[name$=TACT i]", "<input id=x name=contact>", true),
        ("[name*=NTA i]", "<input id=x name=contact>", true),
        ("[name|=CON i]", "<input id=x name=con-tact>", true),
        ("[name^=CON]", "<input id=x name=contact>", false),
        // HTML's case-insensitive attributes.
        ("[type=EMAIL]", "<input id=x type=email>", true),
        ("[type=email]", "<input id=x type=EMAIL>", true),
        ("[type=EMAIL i]", "<input id=x type=email>", true),
        ("[TYPE=EMAIL]", "<input id=x type=email>", true),
        ("[type^=EM]", "<input id=x type=email>", true),
        ("[type*=MAI]", "<input id=x type=email>", true),
        ("[type$=AIL]", "<input id=x type=email>", true),
        ("[rel~=NOOPENER]", "<a id=x rel=\"noopener noreferrer\"></a>", true),
        ("[lang|=EN]", "<p id=x lang=en-US></p>", true),
        ("[lang|=en]", "<p id=x lang=EN-us></p>", true),
        ("[lang|=en]", "<p id=x lang=english></p>", false),
        // On SVG elements, the listed attributes compare case-sensitively (Chromium 156).
        ("[type=FOO]", "<svg><rect id=x type=foo /></svg>", false),
        ("[type=foo]", "<svg><rect id=x type=foo /></svg>", true),
        ("[type=FOO i]", "<svg><rect id=x type=foo /></svg>", true),
        ("[lang|=EN]", "<svg><text id=x lang=en-US></text></svg>", false),
        ("[type=FOO]", "<math><mi id=x type=foo></mi></math>", false),
        ("[type=FOO]", "<svg><foreignObject><input id=x type=foo></foreignObject></svg>", true),
        // Only ASCII letters fold, even with `i`.
        ("[name=É i]", "<input id=x name=é>", false),
        ("[name=straße i]", "<input id=x name=STRASSE>", false),
        ("[name=K i]", "<input id=x name=&#x212A;>", false),
        // Values compare as code points, not as canonically equivalent Unicode.
        ("[name=\"caf\\E9\"]", "<input id=x name=\"cafe&#x301;\">", false),
        ("[name=\"caf\\E9\"]", "<input id=x name=\"caf&#xE9;\">", true),
        ("[name^=\"caf\"]", "<input id=x name=\"cafe&#x301;\">", true),
        ("[name$=\"\\301\"]", "<input id=x name=\"cafe&#x301;\">", true),
    ]

    @Test(arguments: attributeValueCases)
    func attributeValues(selector: String, markup: String, expected: Bool) throws {
        #expect(try Self.matches(selector, markup) == expected)
    }

    @Test(arguments: HTMLCaseInsensitiveAttributes.names.sorted())
    func listedAttributesCompareCaseInsensitively(name: String) throws {
        let markup = "<div id=x \(name)=\"VaLuE\"></div>"
        #expect(try Self.matches("[\(name)=value]", markup))
        #expect(try Self.matches("[\(name)=VALUE]", markup))
        #expect(try Self.matches("[\(name)^=val]", markup))
        #expect(try Self.matches("[\(name)=VaLuE]", markup))
        let svgMarkup = "<svg><rect id=x \(name)=\"VaLuE\" /></svg>"
        #expect(try !Self.matches("[\(name)=value]", svgMarkup))
        #expect(try Self.matches("[\(name)=value i]", svgMarkup))
        #expect(try Self.matches("[\(name)=VaLuE]", svgMarkup))
    }

    static let caseSensitiveAttributes = [
        "name", "class", "autocomplete", "value", "placeholder", "title", "href", "for", "role", "aria-label",
        "data-type", "inputmode", "pattern", "src", "action", "style", "alt", "content", "typeof", "types",
    ]

    @Test(arguments: caseSensitiveAttributes)
    func otherAttributesCompareCaseSensitively(name: String) throws {
        let markup = "<div id=x \(name)=\"VaLuE\"></div>"
        #expect(try !Self.matches("[\(name)=value]", markup))
        #expect(try Self.matches("[\(name)=value i]", markup))
        #expect(try Self.matches("[\(name)=VaLuE]", markup))
    }

    @Test func theListIsHTMLsList() {
        #expect(HTMLCaseInsensitiveAttributes.names.count == 46)
        #expect(HTMLCaseInsensitiveAttributes.contains("type"))
        #expect(!HTMLCaseInsensitiveAttributes.contains("TYPE"))
        #expect(!HTMLCaseInsensitiveAttributes.contains("name"))
    }

    // MARK: Whitespace, empty values, |=

    static let operatorEdgeCases: [(String, String, Bool)] = [
        // ~= splits on space, tab, LF, FF and CR only.
        ("[a~=y]", "<p id=x a=\"x y z\"></p>", true),
        ("[a~=y]", "<p id=x a=\"x&#9;y\"></p>", true),
        ("[a~=y]", "<p id=x a=\"x&#10;y\"></p>", true),
        ("[a~=y]", "<p id=x a=\"x&#12;y\"></p>", true),
        ("[a~=y]", "<p id=x a=\"x&#13;y\"></p>", true),
        ("[a~=y]", "<p id=x a=\"  y  \"></p>", true),
        ("[a~=y]", "<p id=x a=\"x&#11;y\"></p>", false),
        ("[a~=y]", "<p id=x a=\"x&#xA0;y\"></p>", false),
        ("[a~=y]", "<p id=x a=\"x&#x2003;y\"></p>", false),
        ("[a~=y]", "<p id=x a=\"xy\"></p>", false),
        ("[a~=y]", "<p id=x a=\"yy\"></p>", false),
        ("[a~=\"\"]", "<p id=x a=\"\"></p>", false),
        ("[a~=\"\"]", "<p id=x a=\"x  y\"></p>", false),
        ("[a~=\"x y\"]", "<p id=x a=\"x y\"></p>", false),
        ("[a~=\"x\\9y\"]", "<p id=x a=\"x&#9;y\"></p>", false),
        // = with an empty value matches an empty or bare attribute.
        ("[a=\"\"]", "<p id=x a=\"\"></p>", true),
        ("[a=\"\"]", "<p id=x a></p>", true),
        ("[a=\"\"]", "<p id=x a=b></p>", false),
        ("[a=\"\"]", "<p id=x></p>", false),
        ("[a]", "<p id=x a></p>", true),
        // ^=, $=, *= never match an empty value.
        ("[a^=\"\"]", "<p id=x a=\"\"></p>", false),
        ("[a^=\"\"]", "<p id=x a=b></p>", false),
        ("[a$=\"\"]", "<p id=x a=b></p>", false),
        ("[a*=\"\"]", "<p id=x a=b></p>", false),
        ("[a^=\"\" i]", "<p id=x a=b></p>", false),
        // |= matches the value itself or the value followed by '-'.
        ("[a|=en]", "<p id=x a=en></p>", true),
        ("[a|=en]", "<p id=x a=en-GB></p>", true),
        ("[a|=en]", "<p id=x a=en-></p>", true),
        ("[a|=en]", "<p id=x a=en_GB></p>", false),
        ("[a|=en]", "<p id=x a=e></p>", false),
        ("[a|=en]", "<p id=x a=EN-gb></p>", false),
        ("[a|=\"\"]", "<p id=x a=\"\"></p>", true),
        ("[a|=\"\"]", "<p id=x a=\"-x\"></p>", true),
        ("[a|=\"\"]", "<p id=x a=\"x\"></p>", false),
        ("[a|=en-]", "<p id=x a=\"en--x\"></p>", true),
        // Substrings and ends.
        ("[a*=b]", "<p id=x a=abc></p>", true),
        ("[a*=abcd]", "<p id=x a=abc></p>", false),
        ("[a^=abc]", "<p id=x a=abc></p>", true),
        ("[a$=abc]", "<p id=x a=abc></p>", true),
        ("[a$=abcd]", "<p id=x a=abc></p>", false),
        ("[a$=bc]", "<p id=x a=\"abc \"></p>", false),
    ]

    @Test(arguments: operatorEdgeCases)
    func operatorEdges(selector: String, markup: String, expected: Bool) throws {
        #expect(try Self.matches(selector, markup) == expected)
    }

    // MARK: ID, class and quirks mode

    static let idAndClassCases: [(String, String, Bool, Bool)] = [
        // (selector, markup, standards-mode result, quirks-mode result)
        ("#x", "<p id=x></p>", true, true),
        ("#X", "<p id=x></p>", false, true),
        ("#X", "<p ID=x></p>", false, true),
        (".Foo", "<p id=x class=foo></p>", false, true),
        (".foo", "<p id=x class=FOO></p>", false, true),
        (".foo", "<p id=x class=foo></p>", true, true),
        (".foo.BAR", "<p id=x class=\"bar foo\"></p>", false, true),
        // Quirks mode folds ASCII only.
        (".É", "<p id=x class=é></p>", false, false),
        // Attribute selectors on id and class are not affected by quirks mode.
        ("[id=X]", "<p id=x></p>", false, false),
        ("[class~=FOO]", "<p id=x class=foo></p>", false, false),
        ("[class=foo]", "<p id=x class=foo></p>", true, true),
        // Class tokens split on ASCII whitespace.
        (".b", "<p id=x class=\"a b c\"></p>", true, true),
        (".b", "<p id=x class=\"&#9;a&#10;b&#12;c&#13;\"></p>", true, true),
        (".b", "<p id=x class=\"a&#xA0;b\"></p>", false, false),
        (".a", "<p id=x class=\"ab\"></p>", false, false),
        (".a", "<p id=x></p>", false, false),
        (".a", "<p id=x class></p>", false, false),
        ("#x.a", "<p id=x class=\"a\"></p>", true, true),
        // SVG elements have IDs and classes too.
        ("rect.a#x", "<svg><rect id=x class=a /></svg>", true, true),
    ]

    @Test(arguments: idAndClassCases)
    func idAndClass(selector: String, markup: String, standards: Bool, quirks: Bool) throws {
        #expect(try Self.matches(selector, markup) == standards)
        #expect(try Self.matches(selector, markup, quirksMode: true) == quirks)
    }

    @Test func idComparesTheWholeValue() throws {
        #expect(try !Self.matches("#a", "<p id=\"x\" class=a></p>"))
        let tree = TestElementTree("<p id=\"a b\"></p>")
        let list = try SelectorList(parsing: "#a\\ b")
        #expect(list.matches(tree.elements[0]))
        #expect(try !SelectorList(parsing: "#a").matches(tree.elements[0]))
    }
}
