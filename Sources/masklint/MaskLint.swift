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

            Every resource limit (files per run, HTML size and depth, decompressed size, message and \
            string size, rebuilt page size, PCRE2 match limits, YAML size and nodes) is an option of \
            the commands it applies to and a key under limits: in .masklint.yaml; docs/limits.md lists \
            them.

            Exit codes: 0 fine; 1 findings or failing examples; 2 could not do the job (unreadable \
            or invalid input, a limit reached, a page or session not verified); 64 usage error.
            """,
        version: MaskLintVersion.current,
        subcommands: [RulesCommand.self, Scan.self, Lint.self, Compile.self, Audit.self])
}
