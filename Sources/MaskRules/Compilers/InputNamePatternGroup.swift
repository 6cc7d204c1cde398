/// The patterns of the input-name rules that demand one level, test the same attributes and share
/// their flags, joined into one regular expression `(?:p1)|(?:p2)|…`, so that the generated
/// `domSanitizer` runs few `RegExp.test()` calls per attribute, and every rule's pattern is compiled
/// once per page (a browser compiles a regular expression when it is first used, at a cost that
/// grows with its length: joining by attribute would compile a pattern once per attribute list).
///
/// A pattern is searched, not anchored, so the alternation finds a match exactly when one of the
/// patterns does. Each pattern is wrapped in a non-capturing group, so a `|` inside one stays inside
/// it; patterns in the portable subset have no back-references, so renumbered groups change nothing.
/// A pattern with a named group is never joined (two groups of one name are an error in PCRE2 and in
/// older JavaScript engines) and forms a group of its own.
public struct InputNamePatternGroup: Sendable {
    /// The attributes the pattern is tested on (lower case), in the rules' order.
    public let attributes: [String]
    /// The level the group's rules demand.
    public let level: MaskingLevel
    /// The joined pattern; its `source` and `javaScriptFlags` are emitted as `new RegExp(source, flags)`.
    public let pattern: RulePattern
    /// The ids of the rules joined here, in rule set order.
    public let ruleIDs: [String]

    init(attributes: [String], level: MaskingLevel, pattern: RulePattern, ruleIDs: [String]) {
        self.attributes = attributes
        self.level = level
        self.pattern = pattern
        self.ruleIDs = ruleIDs
    }

    /// Whether the pattern may be tested case-sensitively on the lower-cased value when the value is
    /// ASCII: it is case-insensitive and has no upper-case ASCII letter outside escapes and group
    /// names. For an ASCII value, a case-insensitive match then equals a case-sensitive match on the
    /// lower-cased value: the value holds no upper-case letter to fold, and nothing non-ASCII (such
    /// as U+212A KELVIN SIGN) that Unicode case folding would equate with an ASCII letter.
    ///
    /// The generated code uses this because browsers compile case-insensitive Unicode expressions
    /// many times more slowly (V8: ~13 ms against ~2 ms for the bundled rule set's patterns, measured
    /// in Chromium 156); the case-insensitive form is compiled only when a non-ASCII value is tested.
    public var admitsLowercasedASCII: Bool {
        pattern.caseInsensitive && Self.hasNoUppercaseLiteral(pattern.source)
    }

    /// No upper-case ASCII letter outside `\x` escapes (which make the answer no), other escapes and
    /// `(?<name>` group names.
    static func hasNoUppercaseLiteral(_ source: String) -> Bool {
        let scalars = Array(source.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                if index + 1 < scalars.count && scalars[index + 1] == "x" { return false }
                index += 2
                continue
            }
            if scalar == "(" && index + 3 < scalars.count && scalars[index + 1] == "?" && scalars[index + 2] == "<"
                && scalars[index + 3] != "=" && scalars[index + 3] != "!"
            {
                index += 3
                while index < scalars.count && scalars[index] != ">" { index += 1 }
                continue
            }
            if scalar.value >= 0x41 && scalar.value <= 0x5A { return false }
            index += 1
        }
        return true
    }

    /// Whether `source` may contain a named group. The test is conservative: a `(?<` followed by a
    /// letter or `_` anywhere (even escaped or inside a class) counts, and only costs a join.
    static func mayHaveNamedGroup(_ source: String) -> Bool {
        let bytes = Array(source.utf8)
        guard bytes.count >= 4 else { return false }
        for index in 0..<(bytes.count - 3)
        where bytes[index] == UInt8(ascii: "(") && bytes[index + 1] == UInt8(ascii: "?") && bytes[index + 2] == UInt8(ascii: "<") {
            let next = bytes[index + 3]
            if next != UInt8(ascii: "=") && next != UInt8(ascii: "!") { return true }
        }
        return false
    }

    /// `(?:a)|(?:b)` for several sources, the source itself for one.
    static func joinedSource(_ sources: [String]) -> String {
        sources.count == 1 ? sources[0] : sources.map { "(?:" + $0 + ")" }.joined(separator: "|")
    }
}
