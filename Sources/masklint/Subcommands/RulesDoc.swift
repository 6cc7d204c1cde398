import ArgumentParser
import Foundation
import MaskRules

/// `masklint rules doc`: the Markdown catalogue of a rule set, for the runbook.
struct RulesDoc: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doc", abstract: "Write a Markdown catalogue of the rule set.")

    @OptionGroup var ruleSet: RuleSetOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let markdown = RuleCatalog.markdown(for: try ruleSet.load())
        guard let output else { return StandardStreams.output(markdown) }
        do {
            try Data(markdown.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            StandardStreams.error("masklint: cannot write \(output): \(error.localizedDescription)")
            throw ExitStatus.couldNotRun
        }
    }
}
