/// The ASCII strings of which every match of a pattern contains at least one: a prefilter that
/// answers "cannot match" for most field names without running the regular expression.
///
/// Derived from the pattern's syntax (the portable subset) by the usual necessary-factor analysis:
/// each part of the pattern is described by the finite set of strings it can match, when that set
/// is small, and by a set of strings one of which each of its matches contains. In a sequence, each
/// part's required set and each run of consecutive finite parts (crossed) is such a set, and the
/// best prefilter among them is kept (few strings, none shorter than three characters); an
/// alternation unites its branches' sets; an optional part adds the empty string; a repeated part keeps its required set; assertions,
/// anchors and lookarounds match the empty string (they only narrow the matches). Only ASCII
/// characters count as literals; anything else (`.`, `\d`, `\w`, a negated or large class, a
/// non-ASCII character) is "any character" and cuts the strings there.
///
/// For a case-insensitive pattern the literals are lower-cased, and `admits(_:)` compares letters
/// regardless of case. A non-ASCII subject is always admitted: Unicode case folding equates some
/// non-ASCII characters with ASCII letters (U+212A KELVIN SIGN with `k`), which a byte comparison
/// cannot see. For an ASCII subject the prefilter is exact in one direction: when it says no, the
/// pattern does not match.
///
/// ```swift
/// let literals = RequiredLiterals(pattern: #"(?<!voic)e[_-]?mail"#, caseInsensitive: true)
/// // literals?.strings == ["mail"]
/// literals?.admits("billing_EMAIL") == true
/// literals?.admits("voicemail") == true   // contains "mail": the regular expression decides
/// literals?.admits("quantity") == false
/// ```
public final class RequiredLiterals: Hashable, Sendable {
    /// The strings, sorted; lower case when `caseInsensitive`. None is a substring of another.
    public let strings: [String]
    /// Whether `admits(_:)` compares ASCII letters regardless of case.
    public let caseInsensitive: Bool
    /// The strings as a screen of one pattern, which does the searching.
    private let screen: LiteralScreen

    /// At most this many strings in a finite set; beyond it a part is described by a required set.
    static let exactLimit = 64

    /// Derives the required literals of a pattern in the portable subset.
    /// - Returns: `nil` when the pattern has none: some of its matches need not contain any ASCII
    ///   string of one character or more (it can match the empty string or any character), or the
    ///   source is not in the subset.
    public convenience init?(pattern source: String, caseInsensitive: Bool) {
        var parser = Parser(Array(source.unicodeScalars), caseInsensitive: caseInsensitive)
        guard let description = parser.parse(), let strings = description.required else { return nil }
        self.init(strings: strings, caseInsensitive: caseInsensitive)
    }

    /// A prefilter for the given strings (lower-cased when `caseInsensitive`); `nil` when there are
    /// none or one is empty.
    init?(strings: Set<String>, caseInsensitive: Bool) {
        guard !strings.isEmpty, !strings.contains("") else { return nil }
        // A string that contains another of the set adds nothing: the other is found in it.
        let sorted = strings.sorted { ($0.utf8.count, $0) < ($1.utf8.count, $1) }
        var kept: [String] = []
        for string in sorted where !kept.contains(where: { string.contains($0) }) { kept.append(string) }
        self.strings = kept.sorted()
        self.caseInsensitive = caseInsensitive
        screen = LiteralScreen(literals: [(self.strings, caseInsensitive)])!
    }

    /// Whether `subject` may match the pattern: `false` only when the subject is ASCII and contains
    /// none of the strings (ignoring the case of letters when `caseInsensitive`).
    public func admits(_ subject: String) -> Bool {
        var subject = subject
        return subject.withUTF8 { admits($0) }
    }

    /// Whether the UTF-8 `subject` may match the pattern (see `admits(_:)`).
    public func admits(_ subject: UnsafeBufferPointer<UInt8>) -> Bool {
        screen.candidates(in: subject) != 0
    }

    public static func == (lhs: RequiredLiterals, rhs: RequiredLiterals) -> Bool {
        lhs.strings == rhs.strings && lhs.caseInsensitive == rhs.caseInsensitive
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(strings)
        hasher.combine(caseInsensitive)
    }
}

extension RequiredLiterals {
    /// What a part of a pattern matches, as far as literals tell.
    struct Description: Equatable {
        /// Every string the part can match, when that set is finite and small; `nil` otherwise.
        var exact: Set<String>?
        /// The most selective set found of strings one of which every match of the part contains,
        /// or `nil` when some match need not contain any.
        var required: Set<String>?

        /// Matches only the empty string: an anchor, an assertion or a lookaround.
        static let empty = Description(exact: [""], required: nil)
        /// Nothing known: any character, or anything.
        static let unknown = Description(exact: nil, required: nil)

        /// A part that matches exactly `strings`.
        static func exactly(_ strings: Set<String>) -> Description {
            Description(exact: strings, required: strings.contains("") ? nil : strings)
        }

        /// The one string the part matches, when it matches exactly one.
        var single: String? {
            guard let exact, exact.count == 1 else { return nil }
            return exact.first
        }

        /// `self` or `other`.
        func or(_ other: Description) -> Description {
            var exact: Set<String>?
            if let left = self.exact, let right = other.exact, left.count + right.count <= RequiredLiterals.exactLimit {
                exact = left.union(right)
            }
            var required: Set<String>?
            if let left = self.required, let right = other.required { required = left.union(right) }
            if let exact, !exact.contains("") { required = Self.better(required, exact) }
            return Description(exact: exact, required: required)
        }

        /// `self` repeated between `minimum` and `maximum` (`nil`: unbounded) times.
        func repeated(minimum: Int, maximum: Int?) -> Description {
            if minimum == 1 && maximum == 1 { return self }
            if minimum == 0 {
                if maximum == 0 { return .empty }
                if maximum == 1, let exact, exact.count < RequiredLiterals.exactLimit { return .exactly(exact.union([""])) }
                return .unknown
            }
            return Description(exact: nil, required: required)
        }

        /// Parts in a row. Every match of the sequence contains a match of each part, so each part's
        /// required set, and the strings of any run of consecutive finite parts, are required sets
        /// of the sequence: the most selective of them is kept. The sequence is finite when all its
        /// parts are and the crossing stays small.
        static func sequence(_ parts: [Description]) -> Description {
            var exact: Set<String>? = [""]
            for part in parts {
                guard let current = exact, let next = part.exact, current.count * next.count <= RequiredLiterals.exactLimit else {
                    exact = nil
                    break
                }
                exact = cross(current, next)
            }
            var best = exact.flatMap { $0.contains("") ? nil : $0 }
            for part in parts { best = better(best, part.required) }
            for start in parts.indices {
                var run: Set<String> = [""]
                for part in parts[start...] {
                    guard let exact = part.exact, run.count * exact.count <= RequiredLiterals.exactLimit else { break }
                    run = cross(run, exact)
                    if !run.contains("") { best = better(best, run) }
                    // Longer runs only add strings, or length beyond what the ranking weighs.
                    if let shortest = run.map(\.utf8.count).min(), shortest >= longEnough { break }
                }
            }
            return Description(exact: exact, required: best)
        }

        static func cross(_ prefixes: Set<String>, _ suffixes: Set<String>) -> Set<String> {
            var product: Set<String> = []
            for prefix in prefixes { for suffix in suffixes { product.insert(prefix + suffix) } }
            return product
        }

        /// Strings at least this long are selective enough; among sets of such strings the smaller
        /// set is the better prefilter (fewer strings to look for).
        static let goodLength = 3
        /// Beyond this length a longer string ranks no better.
        static let longEnough = 8

        /// The better prefilter of two required sets: a set whose strings are all at least
        /// `goodLength` long beats one that has a shorter string; between two such sets the smaller
        /// wins, then the one whose shortest string is longer; between two sets with short strings,
        /// the one whose shortest string is longer, then the smaller.
        static func better(_ lhs: Set<String>?, _ rhs: Set<String>?) -> Set<String>? {
            guard let lhs else { return rhs }
            guard let rhs else { return lhs }
            let left = lhs.map(\.utf8.count).min() ?? 0
            let right = rhs.map(\.utf8.count).min() ?? 0
            let leftIsGood = left >= goodLength, rightIsGood = right >= goodLength
            if leftIsGood != rightIsGood { return leftIsGood ? lhs : rhs }
            let leftRank = leftIsGood ? (-lhs.count, min(left, longEnough)) : (left, -lhs.count)
            let rightRank = rightIsGood ? (-rhs.count, min(right, longEnough)) : (right, -rhs.count)
            return rightRank > leftRank ? rhs : lhs
        }
    }

    /// A recursive-descent reader of the portable subset that describes each part's literals.
    /// Anything it does not recognise makes the whole answer `nil` (no prefilter), never a wrong one.
    struct Parser {
        let scalars: [Unicode.Scalar]
        let caseInsensitive: Bool
        var index = 0
        var depth = 0
        var failed = false

        init(_ scalars: [Unicode.Scalar], caseInsensitive: Bool) {
            self.scalars = scalars
            self.caseInsensitive = caseInsensitive
        }

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
        func peek(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }

        mutating func parse() -> Description? {
            let description = alternation()
            return failed || index != scalars.count ? nil : description
        }

        mutating func alternation() -> Description {
            var result = sequence()
            while current == "|" {
                index += 1
                result = result.or(sequence())
            }
            return result
        }

        mutating func sequence() -> Description {
            var parts: [Description] = []
            while let scalar = current, scalar != "|", scalar != ")", !failed {
                var atom = atom()
                if let (minimum, maximum) = quantifier() {
                    atom = atom.repeated(minimum: minimum, maximum: maximum)
                } else if let text = atom.single, let previous = parts.last?.single {
                    // Consecutive parts of one string each are one string: a literal word is one
                    // part, not one per character, which keeps the search for runs short.
                    parts[parts.count - 1] = .exactly([previous + text])
                    continue
                }
                parts.append(atom)
            }
            return Description.sequence(parts)
        }

        mutating func atom() -> Description {
            guard let scalar = current else { return fail() }
            switch scalar {
            case "(": return group()
            case "[": return characterClass()
            case "\\": return escape()
            case "^", "$":
                index += 1
                return .empty
            case ".":
                index += 1
                return .unknown
            case "*", "+", "?", "{", "}", "]":
                return fail()
            default:
                index += 1
                return character(scalar)
            }
        }

        mutating func group() -> Description {
            depth += 1
            defer { depth -= 1 }
            guard depth <= 64 else { return fail() }
            index += 1
            var isLookaround = false
            if current == "?" {
                switch (peek(1), peek(2)) {
                case (":", _): index += 2
                case ("=", _), ("!", _):
                    index += 2
                    isLookaround = true
                case ("<", "="), ("<", "!"):
                    index += 3
                    isLookaround = true
                case ("<", _):
                    while let scalar = current, scalar != ">" { index += 1 }
                    guard current == ">" else { return fail() }
                    index += 1
                default: return fail()
                }
            }
            let inner = alternation()
            guard current == ")" else { return fail() }
            index += 1
            return isLookaround ? .empty : inner
        }

        /// `(minimum, maximum)` of a quantifier at the current position, if there is one.
        mutating func quantifier() -> (Int, Int?)? {
            let bounds: (Int, Int?)
            switch current {
            case "*":
                index += 1
                bounds = (0, nil)
            case "+":
                index += 1
                bounds = (1, nil)
            case "?":
                index += 1
                bounds = (0, 1)
            case "{":
                index += 1
                guard let low = number() else {
                    failed = true
                    return nil
                }
                var high: Int? = low
                if current == "," {
                    index += 1
                    high = number()
                }
                guard current == "}" else {
                    failed = true
                    return nil
                }
                index += 1
                bounds = (low, high)
            default:
                return nil
            }
            if current == "?" { index += 1 }
            return bounds
        }

        mutating func number() -> Int? {
            var value: Int?
            while let scalar = current, scalar.isASCII, ("0"..."9").contains(scalar) {
                value = min((value ?? 0) * 10 + Int(scalar.value - 0x30), 1_000_000)
                index += 1
            }
            return value
        }

        /// An escape outside a class.
        mutating func escape() -> Description {
            guard let next = peek(1) else { return fail() }
            index += 2
            switch next {
            case "b", "B": return .empty
            case "d", "D", "w", "W": return .unknown
            case "x":
                guard let value = hexByte() else { return fail() }
                return character(Unicode.Scalar(value))
            default:
                guard let value = Self.escapedCharacter(next) else { return fail() }
                return character(value)
            }
        }

        /// The character a one-letter or punctuation escape stands for, or `nil` when it is not one.
        static func escapedCharacter(_ letter: Unicode.Scalar) -> Unicode.Scalar? {
            switch letter {
            case "t": "\t"
            case "n": "\n"
            case "r": "\r"
            case "f": "\u{0C}"
            case "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/", "-": letter
            default: nil
            }
        }

        mutating func hexByte() -> UInt8? {
            guard let high = current, let low = peek(1), let value = UInt8(String([Character(high), Character(low)]), radix: 16)
            else { return nil }
            index += 2
            return value
        }

        /// A class: its members when it is not negated, holds only ASCII characters and at most 16 of
        /// them (after case folding); otherwise any character.
        mutating func characterClass() -> Description {
            index += 1
            var negated = false
            if current == "^" {
                negated = true
                index += 1
            }
            var members: Set<String> = []
            var known = !negated
            var previous: UInt32?
            while let scalar = current, scalar != "]" {
                var member: UInt32?
                if scalar == "\\" {
                    guard let next = peek(1) else { return fail() }
                    index += 2
                    switch next {
                    case "d", "D", "w", "W": known = false
                    case "x":
                        guard let value = hexByte() else { return fail() }
                        member = UInt32(value)
                    default:
                        guard let value = Self.escapedCharacter(next) else { return fail() }
                        member = value.value
                    }
                } else if scalar == "-", let start = previous, let end = peek(1), end != "]" {
                    index += 1
                    var last: UInt32
                    if end == "\\" {
                        guard let next = peek(1) else { return fail() }
                        index += 2
                        if next == "x" {
                            guard let value = hexByte() else { return fail() }
                            last = UInt32(value)
                        } else {
                            guard let value = Self.escapedCharacter(next) else { return fail() }
                            last = value.value
                        }
                    } else {
                        last = end.value
                        index += 1
                    }
                    guard last >= start else { return fail() }
                    if last >= 0x80 || last - start > 32 {
                        known = false
                    } else {
                        for value in start...last { members.insert(folded(UInt8(value))) }
                    }
                    previous = nil
                    continue
                } else {
                    member = scalar.value
                    index += 1
                }
                previous = member
                if let member {
                    if member >= 0x80 { known = false } else { members.insert(folded(UInt8(member))) }
                }
            }
            guard current == "]" else { return fail() }
            index += 1
            return known && members.count <= 16 ? .exactly(members) : .unknown
        }

        func folded(_ byte: UInt8) -> String {
            String(Unicode.Scalar(caseInsensitive ? ASCII.lowercased(byte) : byte))
        }

        func character(_ scalar: Unicode.Scalar) -> Description {
            scalar.isASCII ? .exactly([folded(UInt8(scalar.value))]) : .unknown
        }

        mutating func fail() -> Description {
            failed = true
            index = scalars.count
            return .unknown
        }
    }
}
