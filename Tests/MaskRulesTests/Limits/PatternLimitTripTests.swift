import Testing
@testable import MaskRules

/// A catastrophic rule pattern on a hostile subject ends at each PCRE2 limit with its error, quickly.
@Suite struct PatternLimitTripTests {
    static let pattern = "^(?:a+)+$"
    static let subject = String(repeating: "a", count: 40) + "!"

    @Test func matchLimitStopsTheJIT() throws {
        let compiled = try PCRE2Pattern(Self.pattern)
        #expect(throws: PatternError.limitExceeded(.match)) { try compiled.matches(Self.subject) }
        #expect(try compiled.matches("aaaa"), "an ordinary subject still matches")
    }

    @Test(arguments: [
        (PatternLimits(matchSteps: 1_000_000, depth: 5, heapKiB: 16_384, usesJIT: false), PatternLimit.depth),
        (PatternLimits(matchSteps: 1_000_000, depth: 10_000, heapKiB: 1, usesJIT: false), PatternLimit.heap),
        (PatternLimits(matchSteps: 1_000, depth: 10_000, heapKiB: 16_384, usesJIT: false), PatternLimit.match),
    ])
    func interpreterLimitsStopTheMatch(limits: PatternLimits, limit: PatternLimit) throws {
        let compiled = try PCRE2Pattern(Self.pattern, limits: limits)
        #expect(!compiled.isJITCompiled)
        #expect(throws: PatternError.limitExceeded(limit)) { try compiled.matches(Self.subject) }
    }

    @Test func limitsReachTheLoadedRuleSet() throws {
        var limits = ResourceLimits.standard
        limits[.pcre2MatchLimit] = 5_000
        limits.patterns.usesJIT = false
        let rules = try RuleSetLoader(limits: limits).load(BundledRuleSet.source)
        let pattern = try #require(rules.categories.flatMap(\.inputNames).first?.pattern.compiled)
        #expect(pattern.limits.matchSteps == 5_000)
        #expect(!pattern.isJITCompiled)
    }
}
