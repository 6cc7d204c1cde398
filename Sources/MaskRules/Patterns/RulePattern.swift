/// A rule's regular expression: checked against the portable subset and compiled with PCRE2.
///
/// The same `source` and flags are emitted into the generated tracker config as a JavaScript
/// `RegExp` (see `javaScriptFlags`); the portable subset guarantees both engines read it alike.
///
/// A rule pattern is a value of one reference: copying it (as the classifier and the model do for
/// every field) costs one retain, not one per part.
public struct RulePattern: Hashable, Sendable {
    private final class Storage: Sendable {
        let source: String
        let caseInsensitive: Bool
        let compiled: PCRE2Pattern
        let requiredLiterals: RequiredLiterals?

        init(source: String, caseInsensitive: Bool, compiled: PCRE2Pattern, requiredLiterals: RequiredLiterals?) {
            self.source = source
            self.caseInsensitive = caseInsensitive
            self.compiled = compiled
            self.requiredLiterals = requiredLiterals
        }
    }

    private let storage: Storage

    /// The pattern text as written in the rule file.
    public var source: String { storage.source }
    /// Whether letters match regardless of case.
    public var caseInsensitive: Bool { storage.caseInsensitive }
    /// The compiled PCRE2 form.
    public var compiled: PCRE2Pattern { storage.compiled }
    /// Strings one of which every match contains, when the pattern has such strings: `matches(_:)`
    /// answers from them alone for most ASCII subjects, and the generated tracker code tests them
    /// before it builds the `RegExp`.
    public var requiredLiterals: RequiredLiterals? { storage.requiredLiterals }

    /// Checks and compiles a rule pattern.
    /// - Throws: `PatternError.unportable` when the pattern is outside the portable subset, or
    ///   `PatternError.invalid` when PCRE2 rejects it.
    public init(_ source: String, caseInsensitive: Bool = false, limits: PatternLimits = .standard) throws(PatternError) {
        if let problem = PortablePatternSubset.check(source) { throw problem }
        let compiled = try PCRE2Pattern(source, options: caseInsensitive ? [.caseInsensitive] : [], limits: limits)
        storage = Storage(source: source, caseInsensitive: caseInsensitive, compiled: compiled,
                          requiredLiterals: RequiredLiterals(pattern: source, caseInsensitive: caseInsensitive))
    }

    /// The flags for `new RegExp(source, flags)` that give the same meaning in JavaScript.
    public var javaScriptFlags: String { caseInsensitive ? "isu" : "su" }

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
        caseInsensitive && Self.hasNoUppercaseLiteral(source)
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

    /// Whether the pattern matches anywhere in `text`: no when `requiredLiterals` rules the text out,
    /// otherwise PCRE2's answer.
    /// - Throws: `PatternError.limitExceeded` when the match could not be completed within the limits.
    public func matches(_ text: String) throws(PatternError) -> Bool {
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(PatternError) in
                if let requiredLiterals = storage.requiredLiterals, !requiredLiterals.admits(buffer) { return false }
                return try storage.compiled.firstMatch(in: buffer, from: 0) != nil
            }
        }.get()
    }

    public static func == (lhs: RulePattern, rhs: RulePattern) -> Bool {
        lhs.source == rhs.source && lhs.caseInsensitive == rhs.caseInsensitive
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(caseInsensitive)
    }
}
