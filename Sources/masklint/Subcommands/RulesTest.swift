import ArgumentParser
import MaskRules

/// `masklint rules test [DIR]`: runs every rule's examples.
struct RulesTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every rule's examples: each 'match' example must match and each 'no-match' example must not.",
        discussion: "Failing examples are listed as file:line:column: error: [rule-id] message. Exit 1 when any fails.")

    @Argument(help: ArgumentHelp("The rule set directory. Defaults to --rules, $MASKLINT_RULES, then the built-in set.",
                                 valueName: "dir"))
    var directory: String?

    @OptionGroup var ruleSet: RuleSetOptions

    @Option(help: "Output format.")
    var format: ListingFormat = .text

    func run() throws {
        let rules = try ruleSet.load(directory: directory)
        let results = RuleExampleRunner().run(rules)
        let failures = results.filter { !$0.passed }
        switch format {
        case .json:
            StandardStreams.output(try JSONOutput.encode(ExampleRunView(rules: rules, results: results)))
        case .text:
            for failure in failures { StandardStreams.output(failure.description) }
            StandardStreams.output("\(rules.identity) examples: \(results.count - failures.count) passed, \(failures.count) failed")
        }
        if !failures.isEmpty { throw ExitStatus.findings }
    }
}

/// The JSON form of `rules test`.
struct ExampleRunView: Encodable {
    struct Failure: Encodable {
        let ruleID: String
        let location: String
        let expectation: String
        let example: String
        let message: String
    }

    let ruleSet: String
    let passed: Int
    let failed: Int
    let failures: [Failure]

    init(rules: RuleSet, results: [ExampleResult]) {
        ruleSet = rules.identity
        let failing = results.filter { !$0.passed }
        passed = results.count - failing.count
        failed = failing.count
        failures = failing.map {
            Failure(ruleID: $0.ruleID, location: $0.example.location.description, expectation: $0.expectation.rawValue,
                    example: $0.example.text, message: $0.message)
        }
    }
}
