/// Bounds on the work one pattern match may do, so that a catastrophic pattern or input ends in
/// a reported error (`PatternError.limitExceeded`) instead of a hang.
public struct PatternLimits: Hashable, Sendable {
    /// The maximum number of internal match steps. PCRE2's own default is 10,000,000.
    public var matchSteps: UInt32
    /// The maximum backtracking depth.
    public var depth: UInt32
    /// The maximum backtracking heap, in kibibytes.
    public var heapKiB: UInt32

    /// Creates limits.
    public init(matchSteps: UInt32, depth: UInt32, heapKiB: UInt32) {
        self.matchSteps = matchSteps
        self.depth = depth
        self.heapKiB = heapKiB
    }

    /// The limits masklint uses unless configured otherwise: generous for real field names and
    /// text, tight enough that a pathological case fails within milliseconds.
    public static let standard = PatternLimits(matchSteps: 1_000_000, depth: 10_000, heapKiB: 16_384)
}
