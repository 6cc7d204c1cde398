import ArgumentParser
import MaskRules

/// `masklint rules check [DIR]`: loads a rule set and reports every problem in it.
struct RulesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a rule set: YAML, keys, ids, selectors, patterns, detectors and version.",
        discussion: "Every problem is printed to standard error as file:line:column: error: message. Exit 2 when there is any.")

    @Argument(help: ArgumentHelp("The rule set directory. Defaults to --rules, $MASKLINT_RULES, then the built-in set.",
                                 valueName: "dir"))
    var directory: String?

    @OptionGroup var ruleSet: RuleSetOptions

    @Option(help: "Output format.")
    var format: ListingFormat = .text

    func run() throws {
        let rules = try ruleSet.load(directory: directory)
        let summary = RuleSetSummary(rules)
        switch format {
        case .text:
            StandardStreams.output("\(rules.identity): valid; " + summary.sentence + "; content sha256 \(rules.contentHash)")
        case .json:
            StandardStreams.output(try JSONOutput.encode(summary))
        }
    }
}

/// Counts of a rule set's rules, for `rules check`.
struct RuleSetSummary: Encodable {
    let name: String
    let version: String
    let contentHash: String
    let categories: Int
    let rules: Int
    let rulesByKind: [String: Int]
    let examples: Int

    init(_ set: RuleSet) {
        name = set.manifest.name
        version = set.manifest.version.description
        contentHash = set.contentHash
        categories = set.categories.count
        rules = set.allRules.count
        rulesByKind = Dictionary(grouping: set.allRules, by: { $0.kind.rawValue }).mapValues(\.count)
        examples = set.allRules.reduce(0) { $0 + $1.header.examples.match.count + $1.header.examples.noMatch.count }
    }

    var sentence: String {
        let kinds = RuleKind.allCases.map { "\(rulesByKind[$0.rawValue] ?? 0) \($0.fileKey)" }.joined(separator: ", ")
        return "\(categories) categories, \(rules) rules (\(kinds)), \(examples) examples"
    }
}
