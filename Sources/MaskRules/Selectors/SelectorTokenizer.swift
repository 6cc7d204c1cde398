/// One token of selector text, as CSS Syntax Level 3 tokenizes it.
///
/// Only the distinctions that selector parsing needs are kept. Tokens that can never appear in a
/// supported selector (numbers, at-keywords, braces, ...) are still recognised so that the parser can
/// name them in an error, and malformed input (an unclosed string or comment, a backslash before a
/// newline) becomes an error token that the parser reports when it reaches it, so that the first
/// problem in reading order is the one reported.
struct SelectorToken: Sendable {
    enum Kind: Equatable, Sendable {
        case whitespace
        case ident(String)
        /// A name immediately followed by `(`; the parenthesis belongs to the token.
        case function(String)
        case atKeyword(String)
        /// `#name`; `isIdentifier` is CSS's "type flag is id": the name would start an identifier.
        case hash(String, isIdentifier: Bool)
        case string(String)
        /// A number, percentage or dimension.
        case number
        case delim(Unicode.Scalar)
        case colon, semicolon, comma
        case leftBracket, rightBracket, leftParen, rightParen, leftBrace, rightBrace
        /// `~=`, `|=`, `^=`, `$=`, `*=`: CSS tokenizers in browsers keep these as single tokens, so no
        /// whitespace or comment may separate the two characters.
        case includeMatch, dashMatch, prefixMatch, suffixMatch, substringMatch
        /// `||`, the column combinator.
        case column
        /// `<!--` and `-->`.
        case cdo, cdc
        /// A string that reaches a newline or the end of the input before its closing quote.
        case unterminatedString
        /// A comment that reaches the end of the input before `*/`.
        case unterminatedComment
        /// A backslash that does not start an escape (it is followed by a newline).
        case invalidEscape
        case endOfInput
    }

    var kind: Kind
    /// The offset of the token's first Unicode scalar in the source.
    var start: Int
    /// The offset just past the token's last Unicode scalar.
    var end: Int
}

/// Splits selector text into `SelectorToken`s, following CSS Syntax Level 3 (§4, "Tokenization").
///
/// Comments are dropped (they separate tokens but are not whitespace, exactly as in CSS), and each
/// run of whitespace, even one interrupted by comments, becomes one whitespace token. Offsets count
/// Unicode scalars of the original text; the CSS preprocessing rules (CR LF, CR and FF read as LF, NUL
/// read as U+FFFD) are applied while reading, without rewriting the text, so offsets stay exact.
struct SelectorTokenizer {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Tokenizes the whole input. The last token is always `.endOfInput`.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [SelectorToken] {
        var tokenizer = SelectorTokenizer(scalars: scalars)
        var tokens: [SelectorToken] = []
        while true {
            let token = tokenizer.next()
            if token.kind == .whitespace, let last = tokens.last, last.kind == .whitespace {
                tokens[tokens.count - 1].end = token.end
                continue
            }
            tokens.append(token)
            if token.kind == .endOfInput { return tokens }
        }
    }

    // MARK: - Reading

    private func scalar(at offset: Int) -> Unicode.Scalar? {
        offset < scalars.count ? scalars[offset] : nil
    }

    private func peek(_ lookahead: Int = 0) -> Unicode.Scalar? {
        scalar(at: position + lookahead)
    }

    // MARK: - Tokens

    /// Skips comments; returns the offset of a comment that is not closed before the end of the
    /// input, or `nil`.
    private mutating func skipComments() -> Int? {
        while peek() == "/" && peek(1) == "*" {
            let commentStart = position
            position += 2
            while true {
                guard position < scalars.count else { return commentStart }
                if scalars[position] == "*" && peek(1) == "/" {
                    position += 2
                    break
                }
                position += 1
            }
        }
        return nil
    }

    private mutating func next() -> SelectorToken {
        if let unclosed = skipComments() {
            return SelectorToken(kind: .unterminatedComment, start: unclosed, end: position)
        }
        let start = position
        func token(_ kind: SelectorToken.Kind) -> SelectorToken {
            SelectorToken(kind: kind, start: start, end: position)
        }
        guard let first = peek() else { return token(.endOfInput) }

        if CSSCharacters.isWhitespace(first) {
            while let scalar = peek(), CSSCharacters.isWhitespace(scalar) { position += 1 }
            return token(.whitespace)
        }
        switch first {
        case "\"", "'":
            return consumeString(quote: first)
        case "#":
            if let next = peek(1), CSSCharacters.isNameCodePoint(next) || startsValidEscape(at: position + 1) {
                position += 1
                let isIdentifier = wouldStartIdentifier(at: position)
                let name = consumeName()
                return token(.hash(name, isIdentifier: isIdentifier))
            }
            position += 1
            return token(.delim(first))
        case "(": position += 1; return token(.leftParen)
        case ")": position += 1; return token(.rightParen)
        case "[": position += 1; return token(.leftBracket)
        case "]": position += 1; return token(.rightBracket)
        case "{": position += 1; return token(.leftBrace)
        case "}": position += 1; return token(.rightBrace)
        case ",": position += 1; return token(.comma)
        case ":": position += 1; return token(.colon)
        case ";": position += 1; return token(.semicolon)
        case "+":
            if wouldStartNumber(at: position) { return consumeNumeric() }
            position += 1
            return token(.delim(first))
        case "-":
            if wouldStartNumber(at: position) { return consumeNumeric() }
            if peek(1) == "-" && peek(2) == ">" {
                position += 3
                return token(.cdc)
            }
            if wouldStartIdentifier(at: position) { return consumeIdentLike() }
            position += 1
            return token(.delim(first))
        case ".":
            if wouldStartNumber(at: position) { return consumeNumeric() }
            position += 1
            return token(.delim(first))
        case "<":
            if peek(1) == "!" && peek(2) == "-" && peek(3) == "-" {
                position += 4
                return token(.cdo)
            }
            position += 1
            return token(.delim(first))
        case "@":
            if wouldStartIdentifier(at: position + 1) {
                position += 1
                return token(.atKeyword(consumeName()))
            }
            position += 1
            return token(.delim(first))
        case "\\":
            if startsValidEscape(at: position) { return consumeIdentLike() }
            position += 1
            return token(.invalidEscape)
        case "~", "|", "^", "$", "*":
            if peek(1) == "=" {
                position += 2
                switch first {
                case "~": return token(.includeMatch)
                case "|": return token(.dashMatch)
                case "^": return token(.prefixMatch)
                case "$": return token(.suffixMatch)
                default: return token(.substringMatch)
                }
            }
            if first == "|" && peek(1) == "|" {
                position += 2
                return token(.column)
            }
            position += 1
            return token(.delim(first))
        default:
            if CSSCharacters.isDigit(first) { return consumeNumeric() }
            if CSSCharacters.isNameStartCodePoint(first) { return consumeIdentLike() }
            position += 1
            return token(.delim(first))
        }
    }

    // MARK: - Checks (CSS Syntax §4.3.8 to §4.3.10)

    /// Whether the two scalars at `offset` are a valid escape: a backslash not followed by a newline.
    private func startsValidEscape(at offset: Int) -> Bool {
        guard scalar(at: offset) == "\\" else { return false }
        guard let next = scalar(at: offset + 1) else { return true }
        return !CSSCharacters.isNewline(next)
    }

    private func wouldStartIdentifier(at offset: Int) -> Bool {
        guard let first = scalar(at: offset) else { return false }
        if first == "-" {
            guard let second = scalar(at: offset + 1) else { return false }
            return CSSCharacters.isNameStartCodePoint(second) || second == "-"
                || startsValidEscape(at: offset + 1)
        }
        if CSSCharacters.isNameStartCodePoint(first) { return true }
        return startsValidEscape(at: offset)
    }

    private func wouldStartNumber(at offset: Int) -> Bool {
        guard let first = scalar(at: offset) else { return false }
        if first == "+" || first == "-" {
            guard let second = scalar(at: offset + 1) else { return false }
            if CSSCharacters.isDigit(second) { return true }
            return second == "." && scalar(at: offset + 2).map(CSSCharacters.isDigit) == true
        }
        if first == "." { return scalar(at: offset + 1).map(CSSCharacters.isDigit) == true }
        return CSSCharacters.isDigit(first)
    }

    // MARK: - Consumers

    private mutating func consumeIdentLike() -> SelectorToken {
        let start = position
        let name = consumeName()
        if peek() == "(" {
            position += 1
            return SelectorToken(kind: .function(name), start: start, end: position)
        }
        return SelectorToken(kind: .ident(name), start: start, end: position)
    }

    /// Consumes name code points and escapes (CSS Syntax §4.3.12).
    private mutating func consumeName() -> String {
        var result = String.UnicodeScalarView()
        while let scalar = peek() {
            if CSSCharacters.isNameCodePoint(scalar) {
                result.append(scalar == "\0" ? CSSCharacters.replacementCharacter : scalar)
                position += 1
            } else if startsValidEscape(at: position) {
                position += 1
                result.append(consumeEscapedCodePoint())
            } else {
                break
            }
        }
        return String(result)
    }

    /// Consumes what follows a backslash (CSS Syntax §4.3.7).
    private mutating func consumeEscapedCodePoint() -> Unicode.Scalar {
        guard let first = peek() else { return CSSCharacters.replacementCharacter }
        guard CSSCharacters.isHexDigit(first) else {
            position += 1
            return first == "\0" ? CSSCharacters.replacementCharacter : first
        }
        var value: UInt32 = 0
        var digits = 0
        while digits < 6, let scalar = peek(), let digit = CSSCharacters.hexValue(scalar) {
            value = value * 16 + digit
            digits += 1
            position += 1
        }
        if let scalar = peek(), CSSCharacters.isWhitespace(scalar) {
            position += 1
            if scalar == "\r" && peek() == "\n" { position += 1 }
        }
        guard value != 0, let decoded = Unicode.Scalar(value) else { return CSSCharacters.replacementCharacter }
        return decoded
    }

    private mutating func consumeString(quote: Unicode.Scalar) -> SelectorToken {
        let start = position
        position += 1
        var value = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                return SelectorToken(kind: .unterminatedString, start: start, end: position)
            }
            if scalar == quote {
                position += 1
                return SelectorToken(kind: .string(String(value)), start: start, end: position)
            }
            if CSSCharacters.isNewline(scalar) {
                return SelectorToken(kind: .unterminatedString, start: start, end: position)
            }
            if scalar == "\\" {
                guard let next = peek(1) else {
                    position += 1
                    continue
                }
                if CSSCharacters.isNewline(next) {
                    position += 2
                    if next == "\r" && peek() == "\n" { position += 1 }
                    continue
                }
                position += 1
                value.append(consumeEscapedCodePoint())
                continue
            }
            value.append(scalar == "\0" ? CSSCharacters.replacementCharacter : scalar)
            position += 1
        }
    }

    /// Consumes a number, percentage or dimension (CSS Syntax §4.3.3 and §4.3.13). Their values are
    /// never needed: no supported selector contains a number.
    private mutating func consumeNumeric() -> SelectorToken {
        let start = position
        if peek() == "+" || peek() == "-" { position += 1 }
        while let scalar = peek(), CSSCharacters.isDigit(scalar) { position += 1 }
        if peek() == ".", let next = peek(1), CSSCharacters.isDigit(next) {
            position += 1
            while let scalar = peek(), CSSCharacters.isDigit(scalar) { position += 1 }
        }
        if peek() == "e" || peek() == "E" {
            if let next = peek(1), CSSCharacters.isDigit(next) {
                position += 1
                while let scalar = peek(), CSSCharacters.isDigit(scalar) { position += 1 }
            } else if peek(1) == "+" || peek(1) == "-", let digit = peek(2), CSSCharacters.isDigit(digit) {
                position += 2
                while let scalar = peek(), CSSCharacters.isDigit(scalar) { position += 1 }
            }
        }
        if wouldStartIdentifier(at: position) {
            _ = consumeName()
        } else if peek() == "%" {
            position += 1
        }
        return SelectorToken(kind: .number, start: start, end: position)
    }
}
