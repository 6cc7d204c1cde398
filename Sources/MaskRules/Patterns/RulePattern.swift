/// A rule's regular expression: checked against the portable subset and compiled with PCRE2.
///
/// The same `source` and flags are emitted into the generated tracker config as a JavaScript
/// `RegExp` (see `javaScriptFlags`); the portable subset guarantees both engines read it alike.
public struct RulePattern: Hashable, Sendable {
    /// The pattern text as written in the rule file.
    public let source: String
    /// Whether letters match regardless of case.
    public let caseInsensitive: Bool
    /// The compiled PCRE2 form.
    public let compiled: PCRE2Pattern

    /// Checks and compiles a rule pattern.
    /// - Throws: `PatternError.unportable` when the pattern is outside the portable subset, or
    ///   `PatternError.invalid` when PCRE2 rejects it.
    public init(_ source: String, caseInsensitive: Bool = false, limits: PatternLimits = .standard) throws(PatternError) {
        if let problem = PortablePatternSubset.check(source) { throw problem }
        self.source = source
        self.caseInsensitive = caseInsensitive
        self.compiled = try PCRE2Pattern(source, options: caseInsensitive ? [.caseInsensitive] : [], limits: limits)
    }

    /// The flags for `new RegExp(source, flags)` that give the same meaning in JavaScript.
    public var javaScriptFlags: String { caseInsensitive ? "isu" : "su" }

    /// Whether the pattern matches anywhere in `text`.
    /// - Throws: `PatternError.limitExceeded` when the match could not be completed within the limits.
    public func matches(_ text: String) throws(PatternError) -> Bool { try compiled.matches(text) }

    public static func == (lhs: RulePattern, rhs: RulePattern) -> Bool {
        lhs.source == rhs.source && lhs.caseInsensitive == rhs.caseInsensitive
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(caseInsensitive)
    }
}
