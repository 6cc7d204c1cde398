/// Bounds on the work one pattern match may do, so that a catastrophic pattern or input ends in
/// a reported error (`PatternError.limitExceeded`) instead of a hang.
///
/// PCRE2 enforces the match limit in both of its matchers. The depth and heap limits bound its
/// interpreter only: code compiled by its JIT ignores them and runs on PCRE2's default JIT stack
/// (32 KiB), whose exhaustion is the `jitStack` limit. Set `usesJIT` to `false` to match with the
/// interpreter, under all three limits.
public struct PatternLimits: Hashable, Sendable {
    /// The maximum number of internal match steps. PCRE2's own default is 10,000,000.
    public var matchSteps: UInt32
    /// The maximum backtracking depth (interpreter only).
    public var depth: UInt32
    /// The maximum backtracking heap, in kibibytes (interpreter only).
    public var heapKiB: UInt32
    /// Whether patterns are compiled with PCRE2's JIT when it is available.
    public var usesJIT: Bool

    /// Creates limits.
    public init(matchSteps: UInt32, depth: UInt32, heapKiB: UInt32, usesJIT: Bool = true) {
        self.matchSteps = matchSteps
        self.depth = depth
        self.heapKiB = heapKiB
        self.usesJIT = usesJIT
    }

    /// The limits masklint uses unless configured otherwise: generous for real field names and
    /// text, tight enough that a pathological case fails within milliseconds.
    public static let standard = PatternLimits(matchSteps: 1_000_000, depth: 10_000, heapKiB: 16_384)
}
