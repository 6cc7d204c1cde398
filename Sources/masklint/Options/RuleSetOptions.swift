import ArgumentParser
import Foundation
import MaskRules

/// Where the rule set comes from: `--rules DIR`, `$MASKLINT_RULES`, or the set built into masklint.
struct RuleSetOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The rule set directory (with manifest.yaml). Defaults to $MASKLINT_RULES, then the built-in set.",
        valueName: "dir"))
    var rules: String?

    /// Loads the chosen rule set, printing every problem to standard error when it is invalid.
    /// - Parameters:
    ///   - directory: A directory given as a positional argument, which wins over `--rules`.
    ///   - limits: The YAML limits the files are read under and the pattern limits they are compiled with.
    func load(directory: String? = nil, limits: ResourceLimits = .standard) throws -> RuleSet {
        let chosen = directory ?? rules ?? ProcessInfo.processInfo.environment["MASKLINT_RULES"].flatMap { $0.isEmpty ? nil : $0 }
        let loader = RuleSetLoader(limits: limits)
        do {
            if let chosen { return try loader.load(directory: chosen) }
            return try loader.load(BundledRuleSet.source)
        } catch {
            for diagnostic in error.diagnostics { StandardStreams.error(diagnostic.description) }
            let count = error.diagnostics.count
            StandardStreams.error("masklint: the rule set could not be loaded (\(count) problem\(count == 1 ? "" : "s"))")
            throw ExitStatus.couldNotRun
        }
    }
}

/// `--format text|json` for commands whose output is a listing.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
