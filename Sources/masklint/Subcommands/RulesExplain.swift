import ArgumentParser
import MaskRules

/// `masklint rules explain ID`: everything about one rule.
struct RulesExplain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain one rule: what it matches, the level it demands, and its examples.")

    @Argument(help: ArgumentHelp("The rule id, such as email.type-email.", valueName: "id"))
    var id: String

    @OptionGroup var ruleSet: RuleSetOptions

    @Option(help: "Output format.")
    var format: ListingFormat = .text

    func run() throws {
        let rules = try ruleSet.load()
        guard let rule = rules.rule(withID: id) else {
            let ids = rules.allRules.map(\.id)
            let near = EditDistance.nearest(to: id, in: ids, limit: max(3, id.count / 3)).map { "; did you mean '\($0)'?" } ?? ""
            StandardStreams.error("masklint: no rule '\(id)' in \(rules.identity)\(near)")
            throw ExitStatus.couldNotRun
        }
        switch format {
        case .json:
            StandardStreams.output(try JSONOutput.encode(RuleExplanationView(rule)))
        case .text:
            StandardStreams.output(RuleCatalog.explanation(of: rule, in: rules))
        }
    }
}

/// The JSON form of `rules explain`.
struct RuleExplanationView: Encodable {
    let rule: RuleView
    let levelMeaning: String
    let matchExamples: [String]
    let noMatchExamples: [String]

    init(_ rule: AnyRule) {
        self.rule = RuleView(rule)
        levelMeaning = RuleCatalog.meaning(of: rule.header.level)
        matchExamples = rule.header.examples.match.map(\.text)
        noMatchExamples = rule.header.examples.noMatch.map(\.text)
    }
}
