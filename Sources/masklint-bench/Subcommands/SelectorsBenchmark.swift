import ArgumentParser
import Foundation
import MaskRules

/// `masklint-bench selectors`: selector matches per second for a whole rule set.
struct SelectorsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selectors",
        abstract: "Selector matches per second: every selector rule of a rule set against every element of a corpus.",
        discussion: """
            The corpus files are parsed (not timed) until at least --min-elements elements of their \
            document trees are collected. A run asks every selector rule whether it matches every \
            element (SelectorList.matches), as the linter does; a match test is one selector against \
            one element. The fastest run is reported, with the slowest rules of a separate pass.
            """)

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var timing: TimingOptions

    @Option(help: ArgumentHelp("A rule set directory; the built-in rule set when not given.", valueName: "dir"))
    var rules: String?

    @Option(help: "The least number of elements to match against.")
    var minElements: Int = 100_000

    func validate() throws {
        guard minElements >= 1 else { throw ValidationError("--min-elements must be at least 1.") }
    }

    func run() throws {
        for line in MachineDescription.current().lines { print(line) }
        let ruleSet = try rules.map { try RuleSetLoader().load(directory: $0) } ?? RuleSetLoader().load(BundledRuleSet.source)
        let selectorRules = ruleSet.categories.flatMap(\.selectors)
        guard !selectorRules.isEmpty else { throw BenchmarkError("the rule set has no selector rules") }
        let selectors = selectorRules.map(\.selector)

        let corpus = try corpusOptions.load()
        var elements: [HTMLElement] = []
        var documents = 0
        for file in corpus.files where elements.count < minElements {
            elements.append(contentsOf: try HTMLParser().parse(file.bytes).documentTreeElements)
            documents += 1
        }
        guard elements.count >= minElements else {
            throw BenchmarkError("the corpus has \(elements.count) elements, fewer than --min-elements \(minElements); generate a larger one")
        }
        print("rules:   \(ruleSet.identity), \(selectors.count) selector rules")
        print("corpus:  \(elements.count) elements from \(documents) documents; \(corpus.origin)")

        var matching = BestOfRuns("all selector rules × all elements")
        var matched = Self.countMatches(selectors, elements)  // warm-up, not timed
        for _ in 0..<timing.runs {
            matched = matching.time { Self.countMatches(selectors, elements) }
        }
        let tests = Double(selectors.count) * Double(elements.count)
        print(matching.label + String(format: ": best %.3f s (median %.3f s) of %d runs", matching.bestSeconds,
                                      matching.medianSeconds, timing.runs))
        print(String(format: "matches per second: %.1f million (%.0f selector × element tests per run; %d matched)",
                     tests / matching.bestSeconds / 1e6, tests, matched))
        print(String(format: "elements per second against the whole rule set: %.0f", Double(elements.count) / matching.bestSeconds))

        // One pass per rule, to show where the time goes.
        let clock = ContinuousClock()
        var perRule: [(id: String, seconds: Double, matched: Int)] = []
        for rule in selectorRules {
            let start = clock.now
            let count = Self.countMatches([rule.selector], elements)
            perRule.append((rule.header.id, (clock.now - start).seconds, count))
        }
        print("slowest rules (one pass over all elements):")
        let slowest = perRule.sorted(by: { $0.seconds > $1.seconds }).prefix(5)
        let width = slowest.map(\.id.count).max() ?? 0
        for rule in slowest {
            print("  " + rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + String(format: "%6.1f ms  %5.1f million matches/s  (%d elements matched)", rule.seconds * 1e3,
                         Double(elements.count) / rule.seconds / 1e6, rule.matched))
        }
    }

    /// How many (selector, element) pairs match.
    static func countMatches(_ selectors: [SelectorList], _ elements: [HTMLElement]) -> Int {
        var count = 0
        for element in elements {
            for selector in selectors where selector.matches(element) { count += 1 }
        }
        return count
    }
}
