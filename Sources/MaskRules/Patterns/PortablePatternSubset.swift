/// The subset of regular-expression syntax that PCRE2 and JavaScript read the same way.
///
/// Rule patterns run in PCRE2 inside masklint and in the browser's `RegExp` inside the generated
/// tracker config, so a pattern must mean the same in both. Both sides compile with UTF/Unicode
/// mode, dot-all and end-only `$`; this check rejects every construct whose meaning differs
/// between the engines or that one of them lacks. The accepted grammar is written out in
/// `docs/rule-format.md` ("The pattern subset").
public enum PortablePatternSubset {
    /// Checks `source` against the subset.
    /// - Returns: `nil` when the pattern is portable, otherwise `PatternError.unportable` naming the
    ///   first offending construct and its 1-based column.
    public static func check(_ source: String) -> PatternError? {
        var scanner = Scanner(Array(source.unicodeScalars))
        return scanner.run()
    }

    private enum Atom {
        /// Nothing that a quantifier may follow: start, `(`, `|`, or an assertion.
        case none
        /// A character, class or group that a quantifier may follow.
        case quantifiable
        /// A quantifier was just read (only a lazy `?` may follow).
        case quantified
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        /// Open groups: where each starts and whether it is a lookaround (which JavaScript cannot quantify).
        var openGroups: [(start: Int, isLookaround: Bool)] = []
        var groupNames: Set<String> = []
        var previous: Atom = .none

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
        func peek(_ offset: Int) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }
        func fail(_ message: String, at position: Int? = nil) -> PatternError {
            .unportable(message: message, column: (position ?? index) + 1)
        }

        mutating func run() -> PatternError? {
            while let scalar = current {
                let error: PatternError?
                switch scalar {
                case "\\": error = escape(inClass: false)
                case "[": error = characterClass()
                case "(": error = openGroup()
                case ")":
                    guard let group = openGroups.popLast() else { return fail("unmatched ')'") }
                    index += 1
                    previous = group.isLookaround ? .none : .quantifiable
                    error = nil
                case "*", "+", "?": error = quantifier(length: 1)
                case "{": error = braceQuantifier()
                case "}": return fail("a lone '}' is an error in JavaScript; write '\\}'")
                case "]": return fail("a lone ']' is an error in JavaScript; write '\\]'")
                case "^", "$":
                    index += 1
                    previous = .none
                    error = nil
                case "|":
                    index += 1
                    previous = .none
                    error = nil
                default:
                    index += 1
                    previous = .quantifiable
                    error = nil
                }
                if let error { return error }
            }
            if let open = openGroups.last { return fail("unterminated group", at: open.start) }
            return nil
        }

        mutating func quantifier(length: Int) -> PatternError? {
            let start = index
            switch previous {
            case .none: return fail("quantifier '\(scalars[start])' has nothing to repeat", at: start)
            case .quantified: return fail("a quantifier cannot follow another quantifier", at: start)
            case .quantifiable: break
            }
            index += length
            if current == "+" { return fail("possessive quantifiers do not exist in JavaScript") }
            if current == "?" { index += 1 }
            previous = .quantified
            return nil
        }

        mutating func braceQuantifier() -> PatternError? {
            let start = index
            var cursor = index + 1
            func digits() -> Int? {
                var value: Int?
                while cursor < scalars.count, let digit = Int(String(scalars[cursor])), scalars[cursor].isASCII {
                    value = min((value ?? 0) * 10 + digit, 1_000_000)
                    cursor += 1
                }
                return value
            }
            guard let low = digits() else {
                return fail("'{' must start a quantifier such as {2} or {2,5}; write '\\{' for the character", at: start)
            }
            var high: Int? = low
            if cursor < scalars.count, scalars[cursor] == "," {
                cursor += 1
                high = digits()
            }
            guard cursor < scalars.count, scalars[cursor] == "}" else {
                return fail("incomplete quantifier; write '\\{' for the character", at: start)
            }
            if let high, high < low { return fail("quantifier range {\(low),\(high)} is out of order", at: start) }
            if low > 65_535 { return fail("quantifier bound is too large", at: start) }
            return quantifier(length: cursor - start + 1)
        }

        mutating func openGroup() -> PatternError? {
            let start = index
            if peek(1) == "*" { return fail("PCRE2 verbs such as (*SKIP) do not exist in JavaScript") }
            if peek(1) != "?" {
                openGroups.append((start, false))
                index += 1
                previous = .none
                return nil
            }
            var isLookaround = false
            switch (peek(2), peek(3)) {
            case (":", _):
                index += 3
            case ("=", _), ("!", _):
                index += 3
                isLookaround = true
            case ("<", "="), ("<", "!"):
                index += 4
                isLookaround = true
            case ("<", _):
                var cursor = index + 3
                var name = ""
                while cursor < scalars.count, scalars[cursor] != ">" {
                    let scalar = scalars[cursor]
                    let valid = scalar.isASCII && (scalar.properties.isAlphabetic || scalar == "_"
                        || (!name.isEmpty && ("0"..."9").contains(scalar)))
                    if !valid { return fail("group names may use only ASCII letters, digits and '_'", at: cursor) }
                    name.unicodeScalars.append(scalar)
                    cursor += 1
                }
                guard cursor < scalars.count, !name.isEmpty else { return fail("unterminated group name", at: start) }
                guard groupNames.insert(name).inserted else {
                    return fail("duplicate group name '\(name)'", at: start)
                }
                index = cursor + 1
            case (">", _):
                return fail("atomic groups (?>...) do not exist in JavaScript", at: start)
            case ("#", _):
                return fail("comments (?#...) do not exist in JavaScript", at: start)
            case ("P", _), ("'", _):
                return fail("write named groups as (?<name>...)", at: start)
            case ("(", _):
                return fail("conditional groups do not exist in JavaScript", at: start)
            default:
                return fail("inline flags and other (?...) forms are not portable; use the rule's flag fields", at: start)
            }
            openGroups.append((start, isLookaround))
            previous = .none
            return nil
        }

        /// Reads an escape sequence. Returns an error, or `nil` after advancing past it.
        /// Inside a class, `singleCharacter` tells the caller whether the escape stands for one character.
        mutating func escape(inClass: Bool) -> PatternError? {
            var single = false
            return escape(inClass: inClass, singleCharacter: &single)
        }

        mutating func escape(inClass: Bool, singleCharacter: inout Bool) -> PatternError? {
            let start = index
            guard let next = peek(1) else { return fail("pattern ends with a lone '\\'", at: start) }
            singleCharacter = true
            switch next {
            case "d", "D", "w", "W":
                singleCharacter = false
                index += 2
                previous = .quantifiable
            case "b", "B":
                if inClass { return fail("'\\b' inside a class means backspace; write '\\x08'", at: start) }
                index += 2
                previous = .none
            case "t", "n", "r", "f":
                index += 2
                previous = .quantifiable
            case "x":
                let hex = (peek(2), peek(3))
                guard let high = hex.0, let low = hex.1, high.isASCII, low.isASCII, high.properties.isASCIIHexDigit,
                      low.properties.isASCIIHexDigit else {
                    return fail("'\\x' must be followed by exactly two hex digits", at: start)
                }
                index += 4
                previous = .quantifiable
            case "s", "S":
                return fail("'\\\(next)' means Unicode whitespace in JavaScript but ASCII whitespace in PCRE2; write the class you mean, such as [ \\t\\r\\n]", at: start)
            case "v":
                return fail("'\\v' is one character in JavaScript but a class in PCRE2; write '\\x0b'", at: start)
            case "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/":
                index += 2
                previous = .quantifiable
            case "-" where inClass:
                index += 2
            default:
                if next.isASCII, ("0"..."9").contains(next) {
                    return fail("back-references and octal escapes are not portable", at: start)
                }
                if next.isASCII, next.properties.isAlphabetic {
                    return fail("'\\\(next)' is not in the portable subset", at: start)
                }
                return fail("'\\\(next)' is an error in JavaScript's Unicode mode; write the character without '\\'", at: start)
            }
            return nil
        }

        mutating func characterClass() -> PatternError? {
            let start = index
            index += 1
            if current == "^" { index += 1 }
            if current == "]" {
                return fail("an empty class or a leading ']' reads differently in PCRE2 and JavaScript; write '\\]'", at: start)
            }
            // Whether the previous class member was a single character, so that it may start a range.
            var previousWasSingle = false
            var previousPosition = index
            while let scalar = current {
                switch scalar {
                case "]":
                    index += 1
                    previous = .quantifiable
                    return nil
                case "[":
                    return fail("write '\\[' inside a class ('[:' starts a POSIX class in PCRE2)")
                case "\\":
                    var single = false
                    let position = index
                    if let error = escape(inClass: true, singleCharacter: &single) { return error }
                    previousWasSingle = single
                    previousPosition = position
                case "-":
                    let isRangeEnd = peek(1) == "]"
                    if previousWasSingle && !isRangeEnd && index > start + 1 {
                        let rangeStart = previousPosition
                        index += 1
                        guard let end = current else { break }
                        if end == "\\" {
                            var single = false
                            if let error = escape(inClass: true, singleCharacter: &single) { return error }
                            if !single { return fail("a class escape cannot end a range", at: rangeStart) }
                        } else if end == "[" {
                            return fail("write '\\[' inside a class")
                        } else {
                            if scalars[rangeStart] != "\\", end.value < scalars[rangeStart].value {
                                return fail("range out of order in class", at: rangeStart)
                            }
                            index += 1
                        }
                        previousWasSingle = false
                    } else {
                        if index > start + 1 && !isRangeEnd && !previousWasSingle && scalars[index - 1] != "^" {
                            return fail("'-' after a class escape is ambiguous; write '\\-'")
                        }
                        index += 1
                        previousWasSingle = true
                        previousPosition = index - 1
                    }
                default:
                    previousWasSingle = true
                    previousPosition = index
                    index += 1
                }
            }
            return fail("unterminated character class", at: start)
        }
    }
}
