/// Why selector text was rejected, and where.
///
/// `line` and `column` are 1-based and point at the first Unicode scalar of the offending token (or
/// just past the end of the text when the text ends too early). Columns count Unicode scalars, as
/// `SourceLocation` does; lines are separated by LF, CR LF, CR or FF, as in CSS. Most selectors are one
/// line, and `description` then names the column only: "unsupported pseudo-class ':hover' at column 7".
public struct SelectorParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kinds of problem, each with what its message needs.
    public enum Kind: Hashable, Sendable {
        /// Nothing where a selector is needed: empty text, or an empty item of a list (`a,`, `,a`, `a,,b`).
        case emptySelector
        /// An empty argument list: `:not()`, `:is()`, `:where()`. The payload is the pseudo-class, `:not()`.
        case emptyArgumentList(String)
        /// A combinator with no compound selector after it: `a >`, `a + ,b`, `:is(a ~)`.
        case danglingCombinator(String)
        /// A combinator with no compound selector before it: `> a`, `:is(+ a)` (relative selectors are
        /// only for `:has()`).
        case leadingCombinator(String)
        /// A pseudo-class outside the subset; the payload is written as in the text, with `()` for a
        /// functional one: `:hover`, `:nth-child()`.
        case unsupportedPseudoClass(String)
        /// A pseudo-element, in either syntax: `::before`, `:before`, `::part()`.
        case unsupportedPseudoElement(String)
        /// `:not`, `:is` or `:where` written without parentheses.
        case missingArgumentList(String)
        /// A `:` followed by something other than a name.
        case missingPseudoClassName
        /// A namespace prefix: `svg|rect`, `*|*`, `|a`, `[xlink|href]`.
        case unsupportedNamespace
        /// `||`, the column combinator.
        case unsupportedColumnCombinator
        /// `&`, the nesting selector.
        case unsupportedNestingSelector
        /// A type selector or `*` after other simple selectors of the same compound: `.a*`, or `a/**/b`
        /// (a comment is not whitespace).
        case misplacedTypeSelector(String)
        /// `.` not followed by a class name: `.1`, `. a`.
        case missingClassName
        /// `#` followed by something that is not an identifier: `#1`, `#-2`.
        case invalidIDSelector(String)
        /// `[` not followed by an attribute name: `[]`, `[1]`, `[*]`.
        case missingAttributeName
        /// Something other than `]`, `=`, `~=`, `|=`, `^=`, `$=` or `*=` after an attribute name.
        case invalidAttributeOperator(String)
        /// An attribute value that is not an identifier or a string: `[a=1]`, `[a=]`.
        case invalidAttributeValue(String)
        /// A modifier other than `i`: `[a=b x]`.
        case invalidAttributeModifier(String)
        /// The `s` modifier, `[a=b s]`, which Chromium rejects (see `AttributeSelector`).
        case unsupportedCaseSensitiveModifier
        /// A `[` with no matching `]`.
        case unterminatedAttributeSelector
        /// `:not(`, `:is(` or `:where(` with no matching `)`; the payload is the pseudo-class, `:not()`.
        case unterminatedArgumentList(String)
        /// A string with no closing quote before a newline or the end of the text.
        case unterminatedString
        /// A comment with no closing `*/`.
        case unterminatedComment
        /// A backslash followed by a newline, outside a string.
        case invalidEscape
        /// `:is()`, `:where()` and `:not()` nested deeper than `SelectorParser.maximumNestingDepth`.
        case nestingTooDeep
        /// Any other token where it cannot be: `a{`, `!`, `@media`, `1`, `)`. The payload is the token.
        case unexpectedToken(String)
        /// The text ends where more is needed.
        case unexpectedEndOfInput
    }

    /// What is wrong.
    public let kind: Kind
    /// The 1-based line of the offending token.
    public let line: Int
    /// The 1-based column of the offending token, in Unicode scalars.
    public let column: Int

    /// Creates an error.
    public init(_ kind: Kind, line: Int = 1, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// The message without the position.
    public var message: String {
        switch kind {
        case .emptySelector: "empty selector"
        case .emptyArgumentList(let pseudo): "'\(pseudo)' needs at least one selector in its parentheses"
        case .danglingCombinator(let combinator): "combinator '\(combinator)' is not followed by a selector"
        case .leadingCombinator(let combinator): "combinator '\(combinator)' is not preceded by a selector"
        case .unsupportedPseudoClass(let pseudo): "unsupported pseudo-class '\(pseudo)'"
        case .unsupportedPseudoElement(let pseudo): "unsupported pseudo-element '\(pseudo)'"
        case .missingArgumentList(let pseudo): "'\(pseudo)' needs a parenthesized selector list"
        case .missingPseudoClassName: "expected a pseudo-class name after ':'"
        case .unsupportedNamespace: "namespace prefixes are not supported"
        case .unsupportedColumnCombinator: "the column combinator '||' is not supported"
        case .unsupportedNestingSelector: "the nesting selector '&' is not supported"
        case .misplacedTypeSelector(let name):
            "type selector '\(name)' must come first in its compound selector (a comment does not separate selectors)"
        case .missingClassName: "expected a class name after '.'"
        case .invalidIDSelector(let text): "'\(text)' is not a valid ID selector: the name must be an identifier"
        case .missingAttributeName: "expected an attribute name after '['"
        case .invalidAttributeOperator(let text):
            "invalid attribute operator '\(text)': expected ']', '=', '~=', '|=', '^=', '$=' or '*='"
        case .invalidAttributeValue(let text):
            "invalid attribute value '\(text)': expected an identifier or a quoted string"
        case .invalidAttributeModifier(let text): "invalid attribute modifier '\(text)': expected 'i'"
        case .unsupportedCaseSensitiveModifier:
            "the attribute modifier 's' is not supported: Chromium rejects it (values are case-sensitive "
                + "without a modifier, except for the attributes HTML lists as case-insensitive, such as 'type')"
        case .unterminatedAttributeSelector: "attribute selector is not closed with ']'"
        case .unterminatedArgumentList(let pseudo): "'\(pseudo)' is not closed with ')'"
        case .unterminatedString: "string is not closed by a matching quote on its line"
        case .unterminatedComment: "comment is not closed with '*/'"
        case .invalidEscape: "a backslash cannot be followed by a newline outside a string"
        case .nestingTooDeep:
            "':is()', ':where()' and ':not()' are nested more than \(SelectorParser.maximumNestingDepth) deep"
        case .unexpectedToken(let text): "unexpected '\(text)'"
        case .unexpectedEndOfInput: "unexpected end of selector"
        }
    }

    /// The message and the position: "... at column 7", or "... at line 2, column 3".
    public var description: String {
        line == 1 ? "\(message) at column \(column)" : "\(message) at line \(line), column \(column)"
    }
}
