/// Timings of one measurement over several runs, taken with `ContinuousClock` (monotonic).
struct BestOfRuns {
    /// What was measured, for the report.
    let label: String
    /// Every timed run, in order.
    private(set) var durations: [Duration] = []

    /// Creates an empty measurement.
    init(_ label: String) { self.label = label }

    /// Runs `body` once and records how long it took.
    mutating func time<Result>(_ body: () throws -> Result) rethrows -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        durations.append(clock.now - start)
        return result
    }

    /// The fastest run, in seconds: the run least disturbed by other work on the machine.
    var bestSeconds: Double { (durations.min() ?? .zero).seconds }

    /// The median run, in seconds.
    var medianSeconds: Double {
        let sorted = durations.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[sorted.count / 2].seconds
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
