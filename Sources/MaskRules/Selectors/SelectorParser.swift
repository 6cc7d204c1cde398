/// Parses selector text in masklint's subset into a `SelectorList`.
///
/// The grammar is that of Selectors Level 4 restricted to the subset:
///
/// ```
/// selector-list  = complex ( "," complex )*
/// complex        = compound ( combinator? compound )*      ; whitespace alone is the descendant combinator
/// combinator     = ">" | "+" | "~"
/// compound       = type-selector subclass* | subclass+
/// type-selector  = ident | "*"
/// subclass       = "#" ident | "." ident | attribute | ":" ( "not(" | "is(" | "where(" ) selector-list ")"
/// attribute      = "[" ident ( ( "=" | "~=" | "|=" | "^=" | "$=" | "*=" ) ( ident | string ) "i"? )? "]"
/// ```
///
/// Whitespace may appear around combinators and commas, inside `[...]` around its parts, and inside
/// the parentheses of `:is()`, `:where()` and `:not()`. Comments may appear between any two tokens and
/// are not whitespace (`a/**/b` is invalid, as in browsers). Pseudo-class names, the functional ones
/// included, and the `i` modifier are ASCII case-insensitive. Type selector and attribute names
/// are ASCII-lowercased, as Chromium does for selectors in HTML documents.
///
/// Stricter than browsers on purpose: an unclosed string, comment, `[` or `(` at the end of the text
/// is an error (browsers close them silently), and `:is()`/`:where()` are not forgiving (an invalid
/// argument is an error, not dropped). Anything a browser accepts that masklint cannot match exactly is
/// rejected rather than approximated, with a `SelectorParseError` pointing at it. So is the `s`
/// attribute modifier, which Selectors Level 4 defines but Chromium rejects.
struct SelectorParser {
    /// How deeply `:is()`, `:where()` and `:not()` may nest, which bounds the recursion of parsing and
    /// matching.
    static let maximumNestingDepth = 32

    /// Pseudo-elements that CSS also accepts with one colon.
    private static let legacyPseudoElements: Set<String> = ["before", "after", "first-line", "first-letter"]

    /// Where an argument list was opened: the pseudo-class as written (`:not()`) and its offset.
    private struct ArgumentList {
        var pseudoClass: String
        var start: Int
    }

    private let source: [Unicode.Scalar]
    private let tokens: [SelectorToken]
    private var index = 0

    private init(_ text: String) {
        source = Array(text.unicodeScalars)
        tokens = SelectorTokenizer.tokenize(source)
    }

    /// Parses a whole selector list.
    static func parse(_ text: String) throws(SelectorParseError) -> SelectorList {
        var parser = SelectorParser(text)
        return try parser.parseList(depth: 0, argumentList: nil)
    }

    // MARK: - Grammar

    /// Parses a list up to the end of the text (`argumentList == nil`) or up to and including the `)`
    /// that closes `argumentList`.
    private mutating func parseList(
        depth: Int, argumentList: ArgumentList?
    ) throws(SelectorParseError) -> SelectorList {
        var selectors: [ComplexSelector] = []
        var lastComma: SelectorToken?
        skipWhitespace()
        while true {
            let token = try peek()
            switch token.kind {
            case .comma:
                throw error(.emptySelector, at: token.start)
            case .endOfInput:
                if let argumentList {
                    throw error(.unterminatedArgumentList(argumentList.pseudoClass), at: argumentList.start)
                }
                throw error(.emptySelector, at: lastComma?.start ?? 0)
            case .rightParen:
                guard let argumentList else { break }
                guard let lastComma else {
                    throw error(.emptyArgumentList(argumentList.pseudoClass), at: argumentList.start)
                }
                throw error(.emptySelector, at: lastComma.start)
            default:
                break
            }
            selectors.append(try parseComplex(depth: depth))

            let next = try peek()
            switch next.kind {
            case .comma:
                lastComma = next
                index += 1
                skipWhitespace()
            case .endOfInput:
                if let argumentList {
                    throw error(.unterminatedArgumentList(argumentList.pseudoClass), at: argumentList.start)
                }
                return SelectorList(selectors)
            case .rightParen where argumentList != nil:
                index += 1
                return SelectorList(selectors)
            default:
                throw unexpected(next)
            }
        }
    }

    /// Parses a complex selector and the whitespace after it.
    private mutating func parseComplex(depth: Int) throws(SelectorParseError) -> ComplexSelector {
        let start = try peek()
        if let combinator = Self.combinator(start) {
            throw error(.leadingCombinator(combinator.rawValue), at: start.start)
        }
        let first = try parseCompound(depth: depth)
        var steps: [ComplexSelector.Step] = []
        while true {
            let sawWhitespace = skipWhitespace()
            let token = try peek()
            let combinator: Combinator
            if let explicit = Self.combinator(token) {
                combinator = explicit
                index += 1
                skipWhitespace()
                let next = try peek()
                if !startsCompound(next) {
                    switch next.kind {
                    case .comma, .rightParen, .endOfInput, .delim(">"), .delim("+"), .delim("~"), .column:
                        throw error(.danglingCombinator(explicit.rawValue), at: token.start)
                    default:
                        throw unexpected(next)
                    }
                }
            } else if token.kind == .column {
                throw error(.unsupportedColumnCombinator, at: token.start)
            } else if sawWhitespace && startsCompound(token) {
                combinator = .descendant
            } else {
                return ComplexSelector(first, steps)
            }
            steps.append(ComplexSelector.Step(combinator, try parseCompound(depth: depth)))
        }
    }

    private mutating func parseCompound(depth: Int) throws(SelectorParseError) -> CompoundSelector {
        var typeSelector: TypeSelector?
        var subclassSelectors: [SimpleSelector] = []

        let first = try peek()
        switch first.kind {
        case .ident(let name):
            index += 1
            try rejectNamespaceSeparator()
            typeSelector = .element(name)
        case .delim("*"):
            index += 1
            try rejectNamespaceSeparator()
            typeSelector = .universal
        case .delim("|"):
            throw error(.unsupportedNamespace, at: first.start)
        default:
            break
        }

        loop: while true {
            let token = try peek()
            switch token.kind {
            case .hash(let name, let isIdentifier):
                guard isIdentifier else { throw error(.invalidIDSelector(text(of: token)), at: token.start) }
                index += 1
                subclassSelectors.append(.id(name))
            case .delim("."):
                index += 1
                guard case .ident(let name) = try peek().kind else {
                    throw error(.missingClassName, at: token.start)
                }
                index += 1
                subclassSelectors.append(.class(name))
            case .leftBracket:
                subclassSelectors.append(.attribute(try parseAttribute()))
            case .colon:
                subclassSelectors.append(try parsePseudoClass(depth: depth))
            case .delim("&"):
                throw error(.unsupportedNestingSelector, at: token.start)
            case .number where source[token.start] == ".":
                throw error(.missingClassName, at: token.start)
            case .ident, .delim("*"):
                throw error(.misplacedTypeSelector(text(of: token)), at: token.start)
            default:
                break loop
            }
        }

        guard typeSelector != nil || !subclassSelectors.isEmpty else { throw unexpected(first) }
        return CompoundSelector(typeSelector, subclassSelectors)
    }

    /// Throws when a `|` follows a type selector, `*` or attribute name: a namespace prefix.
    private mutating func rejectNamespaceSeparator() throws(SelectorParseError) {
        let token = try peek()
        if token.kind == .delim("|") { throw error(.unsupportedNamespace, at: token.start) }
    }

    private mutating func parseAttribute() throws(SelectorParseError) -> AttributeSelector {
        let open = tokens[index]
        index += 1
        skipWhitespace()

        let nameToken = try peek()
        let name: String
        switch nameToken.kind {
        case .ident(let ident):
            index += 1
            try rejectNamespaceSeparator()
            name = ident
        case .delim("*") where tokens[index + 1].kind == .delim("|"):
            throw error(.unsupportedNamespace, at: tokens[index + 1].start)
        case .delim("|"):
            throw error(.unsupportedNamespace, at: nameToken.start)
        case .endOfInput:
            throw error(.unterminatedAttributeSelector, at: open.start)
        default:
            throw error(.missingAttributeName, at: nameToken.start)
        }
        skipWhitespace()

        let operatorToken = try peek()
        let op: AttributeSelector.Operator
        switch operatorToken.kind {
        case .rightBracket:
            index += 1
            return AttributeSelector(name: name)
        case .delim("="): op = .equals
        case .includeMatch: op = .includes
        case .dashMatch: op = .dashMatch
        case .prefixMatch: op = .prefix
        case .suffixMatch: op = .suffix
        case .substringMatch: op = .substring
        case .endOfInput:
            throw error(.unterminatedAttributeSelector, at: open.start)
        default:
            throw error(.invalidAttributeOperator(text(of: operatorToken)), at: operatorToken.start)
        }
        index += 1
        skipWhitespace()

        let valueToken = try peek()
        let value: String
        switch valueToken.kind {
        case .ident(let ident): value = ident
        case .string(let string): value = string
        case .endOfInput: throw error(.unterminatedAttributeSelector, at: open.start)
        default: throw error(.invalidAttributeValue(text(of: valueToken)), at: valueToken.start)
        }
        index += 1
        skipWhitespace()

        var modifier: AttributeSelector.Modifier?
        let modifierToken = try peek()
        if case .ident(let flag) = modifierToken.kind {
            let lowercased = ASCIIBytes.lowercased(flag)
            if lowercased == "s" { throw error(.unsupportedCaseSensitiveModifier, at: modifierToken.start) }
            guard let parsed = AttributeSelector.Modifier(rawValue: lowercased) else {
                throw error(.invalidAttributeModifier(text(of: modifierToken)), at: modifierToken.start)
            }
            modifier = parsed
            index += 1
            skipWhitespace()
        }

        let close = try peek()
        switch close.kind {
        case .rightBracket:
            index += 1
            return AttributeSelector(name: name, op, value, modifier: modifier)
        case .endOfInput:
            throw error(.unterminatedAttributeSelector, at: open.start)
        default:
            throw unexpected(close)
        }
    }

    private mutating func parsePseudoClass(depth: Int) throws(SelectorParseError) -> SimpleSelector {
        let colon = tokens[index]
        index += 1
        let token = try peek()
        switch token.kind {
        case .colon:
            index += 1
            let name = try peek()
            switch name.kind {
            case .ident(let ident):
                throw error(.unsupportedPseudoElement("::" + ident), at: colon.start)
            case .function(let function):
                throw error(.unsupportedPseudoElement("::" + function + "()"), at: colon.start)
            default:
                throw unexpected(name)
            }
        case .ident(let name):
            let lowercased = ASCIIBytes.lowercased(name)
            if Self.legacyPseudoElements.contains(lowercased) {
                throw error(.unsupportedPseudoElement(":" + name), at: colon.start)
            }
            if lowercased == "not" || lowercased == "is" || lowercased == "where" {
                throw error(.missingArgumentList(":" + name), at: colon.start)
            }
            throw error(.unsupportedPseudoClass(":" + name), at: colon.start)
        case .function(let name):
            let lowercased = ASCIIBytes.lowercased(name)
            guard lowercased == "not" || lowercased == "is" || lowercased == "where" else {
                throw error(.unsupportedPseudoClass(":" + name + "()"), at: colon.start)
            }
            guard depth < Self.maximumNestingDepth else { throw error(.nestingTooDeep, at: colon.start) }
            index += 1
            let list = try parseList(
                depth: depth + 1, argumentList: ArgumentList(pseudoClass: ":" + name + "()", start: colon.start))
            switch lowercased {
            case "not": return .not(list)
            case "is": return .is(list)
            default: return .where(list)
            }
        default:
            throw error(.missingPseudoClassName, at: colon.start)
        }
    }

    // MARK: - Tokens

    /// The current token; throws when it is one of the tokenizer's error tokens, which are errors
    /// wherever they appear.
    private func peek() throws(SelectorParseError) -> SelectorToken {
        let token = tokens[index]
        switch token.kind {
        case .unterminatedString: throw error(.unterminatedString, at: token.start)
        case .unterminatedComment: throw error(.unterminatedComment, at: token.start)
        case .invalidEscape: throw error(.invalidEscape, at: token.start)
        default: return token
        }
    }

    /// Skips a whitespace token; tells whether there was one.
    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        guard tokens[index].kind == .whitespace else { return false }
        index += 1
        return true
    }

    private static func combinator(_ token: SelectorToken) -> Combinator? {
        switch token.kind {
        case .delim(">"): .child
        case .delim("+"): .nextSibling
        case .delim("~"): .subsequentSibling
        default: nil
        }
    }

    /// Whether a compound selector could start at `token`, supported or not: parsing it then either
    /// succeeds or reports the precise problem.
    private func startsCompound(_ token: SelectorToken) -> Bool {
        switch token.kind {
        case .ident, .hash, .leftBracket, .colon, .delim("*"), .delim("."), .delim("|"), .delim("&"): true
        case .number: source[token.start] == "."
        default: false
        }
    }

    private func text(of token: SelectorToken) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: source[token.start..<token.end])
        return String(scalars)
    }

    // MARK: - Errors

    private func unexpected(_ token: SelectorToken) -> SelectorParseError {
        switch token.kind {
        case .endOfInput: error(.unexpectedEndOfInput, at: token.start)
        case .column: error(.unsupportedColumnCombinator, at: token.start)
        case .delim("&"): error(.unsupportedNestingSelector, at: token.start)
        default: error(.unexpectedToken(text(of: token)), at: token.start)
        }
    }

    /// An error at the Unicode scalar `offset`, with its line and column.
    private func error(_ kind: SelectorParseError.Kind, at offset: Int) -> SelectorParseError {
        var line = 1
        var lineStart = 0
        var position = 0
        while position < offset && position < source.count {
            let scalar = source[position]
            position += 1
            if scalar == "\r" && position < source.count && source[position] == "\n" && position < offset {
                position += 1
            }
            if CSSCharacters.isNewline(scalar) {
                line += 1
                lineStart = position
            }
        }
        return SelectorParseError(kind, line: line, column: offset - lineStart + 1)
    }
}
