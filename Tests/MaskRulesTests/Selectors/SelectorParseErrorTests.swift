import Testing
@testable import MaskRules

/// Rejecting invalid and unsupported selectors with the right kind of error at the right place.
@Suite struct SelectorParseErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var kind: SelectorParseError.Kind
        var column: Int
        var line = 1

        var testDescription: String { "\(text.debugDescription) -> \(kind) at \(line):\(column)" }
    }

    static let cases: [Case] = [
        // Empty selectors and list items.
        Case(text: "", kind: .emptySelector, column: 1),
        Case(text: "   ", kind: .emptySelector, column: 1),
        Case(text: "/* only a comment */", kind: .emptySelector, column: 1),
        Case(text: "a,", kind: .emptySelector, column: 2),
        Case(text: "a, ", kind: .emptySelector, column: 2),
        Case(text: ",a", kind: .emptySelector, column: 1),
        Case(text: "a,,b", kind: .emptySelector, column: 3),
        Case(text: "a:where(b,)", kind: .emptySelector, column: 10),
        Case(text: ":is()", kind: .emptyArgumentList(":is()"), column: 1),
        Case(text: "a:not( )", kind: .emptyArgumentList(":not()"), column: 2),
        // Combinators.
        Case(text: "a >", kind: .danglingCombinator(">"), column: 3),
        Case(text: "a > , b", kind: .danglingCombinator(">"), column: 3),
        Case(text: ":is(a ~)", kind: .danglingCombinator("~"), column: 7),
        Case(text: "a + > b", kind: .danglingCombinator("+"), column: 3),
        Case(text: "a >> b", kind: .danglingCombinator(">"), column: 3),
        Case(text: "> a", kind: .leadingCombinator(">"), column: 1),
        Case(text: "a, + b", kind: .leadingCombinator("+"), column: 4),
        Case(text: ":not(~ a)", kind: .leadingCombinator("~"), column: 6),
        Case(text: "a || b", kind: .unsupportedColumnCombinator, column: 3),
        Case(text: "a||b", kind: .unsupportedColumnCombinator, column: 2),
        // Pseudo-classes and pseudo-elements.
        Case(text: "input :hover", kind: .unsupportedPseudoClass(":hover"), column: 7),
        Case(text: "input:hover", kind: .unsupportedPseudoClass(":hover"), column: 6),
        Case(text: ":HOVER", kind: .unsupportedPseudoClass(":HOVER"), column: 1),
        Case(text: "a:checked", kind: .unsupportedPseudoClass(":checked"), column: 2),
        Case(text: "li:nth-child(2)", kind: .unsupportedPseudoClass(":nth-child()"), column: 3),
        Case(text: ":has(> a)", kind: .unsupportedPseudoClass(":has()"), column: 1),
        Case(text: ":not(:hover)", kind: .unsupportedPseudoClass(":hover"), column: 6),
        Case(text: "a:not(b:focus-within)", kind: .unsupportedPseudoClass(":focus-within"), column: 8),
        Case(text: ":-webkit-any(a)", kind: .unsupportedPseudoClass(":-webkit-any()"), column: 1),
        Case(text: "p::before", kind: .unsupportedPseudoElement("::before"), column: 2),
        Case(text: "p:before", kind: .unsupportedPseudoElement(":before"), column: 2),
        Case(text: "p:AFTER", kind: .unsupportedPseudoElement(":AFTER"), column: 2),
        Case(text: ":first-line", kind: .unsupportedPseudoElement(":first-line"), column: 1),
        Case(text: ":first-letter", kind: .unsupportedPseudoElement(":first-letter"), column: 1),
        Case(text: "::part(x)", kind: .unsupportedPseudoElement("::part()"), column: 1),
        Case(text: ":is(a::before)", kind: .unsupportedPseudoElement("::before"), column: 6),
        Case(text: "::", kind: .unexpectedEndOfInput, column: 3),
        Case(text: "p:not", kind: .missingArgumentList(":not"), column: 2),
        Case(text: ":is", kind: .missingArgumentList(":is"), column: 1),
        Case(text: "a:WHERE", kind: .missingArgumentList(":WHERE"), column: 2),
        Case(text: "a:", kind: .missingPseudoClassName, column: 2),
        Case(text: "a: b", kind: .missingPseudoClassName, column: 2),
        Case(text: "a:1", kind: .missingPseudoClassName, column: 2),
        // Namespaces and nesting.
        Case(text: "svg|rect", kind: .unsupportedNamespace, column: 4),
        Case(text: "*|*", kind: .unsupportedNamespace, column: 2),
        Case(text: "|a", kind: .unsupportedNamespace, column: 1),
        Case(text: "a > |b", kind: .unsupportedNamespace, column: 5),
        Case(text: "[xlink|href]", kind: .unsupportedNamespace, column: 7),
        Case(text: "[*|a]", kind: .unsupportedNamespace, column: 3),
        Case(text: "[|a]", kind: .unsupportedNamespace, column: 2),
        Case(text: "&", kind: .unsupportedNestingSelector, column: 1),
        Case(text: "a &", kind: .unsupportedNestingSelector, column: 3),
        Case(text: "a&", kind: .unsupportedNestingSelector, column: 2),
        Case(text: "& > a", kind: .unsupportedNestingSelector, column: 1),
        // Compound selectors.
        Case(text: ".a*", kind: .misplacedTypeSelector("*"), column: 3),
        Case(text: "*a", kind: .misplacedTypeSelector("a"), column: 2),
        Case(text: "a/**/b", kind: .misplacedTypeSelector("b"), column: 6),
        Case(text: "[a]b", kind: .misplacedTypeSelector("b"), column: 4),
        Case(text: ".", kind: .missingClassName, column: 1),
        Case(text: ". a", kind: .missingClassName, column: 1),
        Case(text: ".1", kind: .missingClassName, column: 1),
        Case(text: "a.1", kind: .missingClassName, column: 2),
        Case(text: "a > .1", kind: .missingClassName, column: 5),
        Case(text: ".-", kind: .missingClassName, column: 1),
        Case(text: "#1", kind: .invalidIDSelector("#1"), column: 1),
        Case(text: "a#-2", kind: .invalidIDSelector("#-2"), column: 2),
        Case(text: "#-", kind: .invalidIDSelector("#-"), column: 1),
        Case(text: "#", kind: .unexpectedToken("#"), column: 1),
        // Attribute selectors.
        Case(text: "[]", kind: .missingAttributeName, column: 2),
        Case(text: "[1]", kind: .missingAttributeName, column: 2),
        Case(text: "[*]", kind: .missingAttributeName, column: 2),
        Case(text: "[\"a\"]", kind: .missingAttributeName, column: 2),
        Case(text: "[a!=b]", kind: .invalidAttributeOperator("!"), column: 3),
        Case(text: "[a ~ = b]", kind: .invalidAttributeOperator("~"), column: 4),
        Case(text: "[a~/**/=b]", kind: .invalidAttributeOperator("~"), column: 3),
        Case(text: "[a b]", kind: .invalidAttributeOperator("b"), column: 4),
        Case(text: "[a i]", kind: .invalidAttributeOperator("i"), column: 4),
        Case(text: "[a||b]", kind: .invalidAttributeOperator("||"), column: 3),
        Case(text: "[a==b]", kind: .invalidAttributeValue("="), column: 4),
        Case(text: "[a=1]", kind: .invalidAttributeValue("1"), column: 4),
        Case(text: "[a=]", kind: .invalidAttributeValue("]"), column: 4),
        Case(text: "[a=#b]", kind: .invalidAttributeValue("#b"), column: 4),
        Case(text: "[a=-]", kind: .invalidAttributeValue("-"), column: 4),
        Case(text: "[a=b x]", kind: .invalidAttributeModifier("x"), column: 6),
        Case(text: "[a=b is]", kind: .invalidAttributeModifier("is"), column: 6),
        Case(text: "[a=b i s]", kind: .unexpectedToken("s"), column: 8),
        // Chromium rejects the `s` modifier.
        Case(text: "[a=b s]", kind: .unsupportedCaseSensitiveModifier, column: 6),
        Case(text: "[ a = b  S ]", kind: .unsupportedCaseSensitiveModifier, column: 10),
        Case(text: "[type=\"email\"s]", kind: .unsupportedCaseSensitiveModifier, column: 14),
        Case(text: ":not([a=b \\73])", kind: .unsupportedCaseSensitiveModifier, column: 11),
        Case(text: "[a=b\"c\"]", kind: .unexpectedToken("\"c\""), column: 5),
        // Unterminated constructs.
        Case(text: "[a", kind: .unterminatedAttributeSelector, column: 1),
        Case(text: "input[type=email", kind: .unterminatedAttributeSelector, column: 6),
        Case(text: "[a=", kind: .unterminatedAttributeSelector, column: 1),
        Case(text: "[a=b i", kind: .unterminatedAttributeSelector, column: 1),
        Case(text: "[ ", kind: .unterminatedAttributeSelector, column: 1),
        Case(text: ":not(a", kind: .unterminatedArgumentList(":not()"), column: 1),
        Case(text: "x:is(a, b", kind: .unterminatedArgumentList(":is()"), column: 2),
        Case(text: ":is(a,", kind: .unterminatedArgumentList(":is()"), column: 1),
        Case(text: ":where(", kind: .unterminatedArgumentList(":where()"), column: 1),
        Case(text: "[a=\"b", kind: .unterminatedString, column: 4),
        Case(text: "[a='b\nc']", kind: .unterminatedString, column: 4),
        Case(text: "a \"", kind: .unterminatedString, column: 3),
        Case(text: "a /* x", kind: .unterminatedComment, column: 3),
        Case(text: "a/**//*/", kind: .unterminatedComment, column: 6),
        Case(text: "a\\\nb", kind: .invalidEscape, column: 2),
        // No unicode-range token in selectors (Chromium 156 agrees): `u+` is a type and a combinator.
        Case(text: "u+?", kind: .unexpectedToken("?"), column: 3),
        Case(text: ".x U+1f", kind: .unexpectedToken("+1f"), column: 5),
        // Earliest problem first: the pseudo-class comes before the unclosed string.
        Case(text: "a:hover [b=\"c", kind: .unsupportedPseudoClass(":hover"), column: 2),
        // Anything else.
        Case(text: "a{}", kind: .unexpectedToken("{"), column: 2),
        Case(text: "a!", kind: .unexpectedToken("!"), column: 2),
        Case(text: "a;", kind: .unexpectedToken(";"), column: 2),
        Case(text: "@media", kind: .unexpectedToken("@media"), column: 1),
        Case(text: "1a", kind: .unexpectedToken("1a"), column: 1),
        Case(text: "a > 1", kind: .unexpectedToken("1"), column: 5),
        Case(text: "a +1", kind: .unexpectedToken("+1"), column: 3),
        Case(text: "a)", kind: .unexpectedToken(")"), column: 2),
        Case(text: ":is(a))", kind: .unexpectedToken(")"), column: 7),
        Case(text: "a foo(b)", kind: .unexpectedToken("foo("), column: 3),
        Case(text: "a \"b\"", kind: .unexpectedToken("\"b\""), column: 3),
        Case(text: "a~=b", kind: .unexpectedToken("~="), column: 2),
        Case(text: "<!-- a", kind: .unexpectedToken("<!--"), column: 1),
        Case(text: "a -->", kind: .unexpectedToken("-->"), column: 3),
        // Columns count Unicode scalars; lines split at LF, CR LF, CR and FF.
        Case(text: "é:hover", kind: .unsupportedPseudoClass(":hover"), column: 2),
        Case(text: "日本:hover", kind: .unsupportedPseudoClass(":hover"), column: 3),
        Case(text: "😀:hover", kind: .unsupportedPseudoClass(":hover"), column: 2),
        Case(text: "e\u{301}:hover", kind: .unsupportedPseudoClass(":hover"), column: 3),
        Case(text: "a,\n  b:hover", kind: .unsupportedPseudoClass(":hover"), column: 4, line: 2),
        Case(text: "a,\r\nb:hover", kind: .unsupportedPseudoClass(":hover"), column: 2, line: 2),
        Case(text: "a,\rb,\u{0C}c:hover", kind: .unsupportedPseudoClass(":hover"), column: 2, line: 3),
    ]

    @Test(arguments: cases)
    func rejects(_ testCase: Case) {
        #expect(throws: SelectorParseError(testCase.kind, line: testCase.line, column: testCase.column)) {
            try SelectorList(parsing: testCase.text)
        }
    }

    @Test func rejectsNestingBeyondTheLimit() {
        let depth = SelectorParser.maximumNestingDepth + 1
        let text = String(repeating: ":is(", count: depth) + "a" + String(repeating: ")", count: depth)
        #expect(throws: SelectorParseError(.nestingTooDeep, column: 4 * (depth - 1) + 1)) {
            try SelectorList(parsing: text)
        }
    }

    @Test func backslashEscapeOfStringNewlineIsNotAnError() throws {
        // Inside a string, a backslash before a newline continues the line.
        _ = try SelectorList(parsing: "[a=\"b\\\nc\"]")
    }

    static let messages: [(String, String)] = [
        ("input :hover", "unsupported pseudo-class ':hover' at column 7"),
        ("p::before", "unsupported pseudo-element '::before' at column 2"),
        ("svg|rect", "namespace prefixes are not supported at column 4"),
        ("", "empty selector at column 1"),
        ("a >", "combinator '>' is not followed by a selector at column 3"),
        ("[a=\"b", "string is not closed by a matching quote on its line at column 4"),
        ("[a", "attribute selector is not closed with ']' at column 1"),
        (
            "[a!=b]",
            "invalid attribute operator '!': expected ']', '=', '~=', '|=', '^=', '$=' or '*=' at column 3"
        ),
        ("[a=b x]", "invalid attribute modifier 'x': expected 'i' at column 6"),
        (
            "[type=email s]",
            "the attribute modifier 's' is not supported: Chromium rejects it (values are case-sensitive without a modifier, except for the attributes HTML lists as case-insensitive, such as 'type') at column 13"
        ),
        ("a,\n b:hover", "unsupported pseudo-class ':hover' at line 2, column 3"),
        (":not(a", "':not()' is not closed with ')' at column 1"),
    ]

    @Test(arguments: messages)
    func describesTheProblemAndTheColumn(text: String, expected: String) {
        do {
            _ = try SelectorList(parsing: text)
            Issue.record("expected \(text.debugDescription) to be rejected")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func everyKindHasAMessage() {
        let kinds: [SelectorParseError.Kind] = [
            .emptySelector, .emptyArgumentList(":is()"), .danglingCombinator(">"), .leadingCombinator(">"),
            .unsupportedPseudoClass(":hover"), .unsupportedPseudoElement("::before"), .missingArgumentList(":not"),
            .missingPseudoClassName, .unsupportedNamespace, .unsupportedColumnCombinator,
            .unsupportedNestingSelector, .misplacedTypeSelector("a"), .missingClassName, .invalidIDSelector("#1"),
            .missingAttributeName, .invalidAttributeOperator("!"), .invalidAttributeValue("1"),
            .invalidAttributeModifier("x"), .unsupportedCaseSensitiveModifier, .unterminatedAttributeSelector, .unterminatedArgumentList(":is()"),
            .unterminatedString, .unterminatedComment, .invalidEscape, .nestingTooDeep,
            .unexpectedToken("!"), .unexpectedEndOfInput,
        ]
        let messages = kinds.map { SelectorParseError($0, column: 1).message }
        #expect(Set(messages).count == kinds.count)
        #expect(messages.allSatisfy { !$0.isEmpty })
    }
}
