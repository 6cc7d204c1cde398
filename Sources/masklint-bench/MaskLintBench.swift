import ArgumentParser

/// `masklint-bench`: throughput of masklint's parsers, matchers and scanners.
///
/// Each area has its own subcommand in `Subcommands/`; add new ones to `subcommands` below. Every
/// subcommand prints the machine it ran on, then best-of-N timings taken with a monotonic clock.
/// `make bench` builds in release mode and runs them; `docs/benchmarks.md` keeps the latest numbers.
@main
struct MaskLintBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "masklint-bench",
        abstract: "Measure masklint's throughput.",
        discussion: """
            Build in release mode (swift build -c release) before trusting a number: debug builds \
            are many times slower. Each subcommand prints the machine (processors, CPU model, memory, \
            system), then the best of several runs, timed with a monotonic clock.
            """,
        subcommands: [HTMLBenchmark.self, SelectorsBenchmark.self])
}
