import ArgumentParser

/// `masklint rules`: check, test, list, explain, compare and document a rule set.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check, test, list, explain, compare and document a rule set.",
        subcommands: [RulesCheck.self, RulesTest.self, RulesList.self, RulesExplain.self, RulesDiff.self, RulesDoc.self])
}
