import ArgumentParser

/// How many times each measurement runs; the best run is reported.
struct TimingOptions: ParsableArguments {
    @Option(help: "Timed runs per measurement, after one untimed warm-up run; the fastest is reported.")
    var runs: Int = 5

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
    }
}
