import ArgumentParser
import MaskRules

/// The `masklint` command: keeps personal data out of session-replay recordings.
@main
struct MaskLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "masklint",
        abstract: "Keep personal data out of session-replay recordings.",
        discussion: """
            masklint checks a versioned PII rule set, and uses it to find PII that OpenReplay would \
            record unmasked.

            Exit codes: 0 fine; 1 findings or failing examples; 2 could not do the job (unreadable \
            or invalid input); 64 usage error.
            """,
        version: MaskLintVersion.current,
        subcommands: [RulesCommand.self, Scan.self, Lint.self, Compile.self, Audit.self])
}
