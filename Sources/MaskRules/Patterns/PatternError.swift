/// Why a pattern could not be compiled or a match could not be completed.
public enum PatternError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The pattern is outside the subset that PCRE2 and JavaScript read alike.
    /// `column` is 1-based, in Unicode scalars of the pattern.
    case unportable(message: String, column: Int)
    /// PCRE2 rejected the pattern. `column` is 1-based, in Unicode scalars of the pattern.
    case invalid(message: String, column: Int)
    /// A match gave up because it reached one of its resource limits: the input or the pattern is
    /// pathological. The caller must treat the text as not verified.
    case limitExceeded(PatternLimit)
    /// PCRE2 reported another matching error.
    case matchFailed(code: Int, message: String)

    public var description: String {
        switch self {
        case .unportable(let message, let column): "\(message) (pattern column \(column))"
        case .invalid(let message, let column): "invalid pattern: \(message) (pattern column \(column))"
        case .limitExceeded(let limit): "pattern match exceeded its \(limit.phrase); the text could not be checked"
        case .matchFailed(let code, let message): "pattern match failed (PCRE2 error \(code)): \(message)"
        }
    }

    /// The 1-based pattern column for compile-time errors, `nil` for match-time ones.
    public var column: Int? {
        switch self {
        case .unportable(_, let column), .invalid(_, let column): column
        default: nil
        }
    }
}

/// The resource limits that bound one PCRE2 match.
public enum PatternLimit: String, Hashable, Sendable, CaseIterable {
    /// The number of internal match steps (`pcre2_set_match_limit`), enforced by the JIT too.
    case match
    /// The backtracking depth (`pcre2_set_depth_limit`), enforced by the interpreter.
    case depth
    /// The heap used for backtracking, in kibibytes (`pcre2_set_heap_limit`).
    case heap
    /// The JIT machine stack.
    case jitStack = "JIT stack"

    /// The setting that bounds it (`pcre2-match-limit`, …); `nil` for the JIT stack, which is fixed.
    public var setting: ResourceLimit? {
        switch self {
        case .match: .pcre2MatchLimit
        case .depth: .pcre2DepthLimit
        case .heap: .pcre2HeapLimit
        case .jitStack: nil
        }
    }

    /// "match limit (--pcre2-match-limit)": the limit and the option that sets it.
    public var phrase: String {
        "\(rawValue) limit" + (setting.map { " (--\($0.key))" } ?? "")
    }
}
