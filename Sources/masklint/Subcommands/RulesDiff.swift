import ArgumentParser
import MaskRules

/// `masklint rules diff OLD NEW`: coverage added and removed between two versions, and whether
/// the version bump matches.
struct RulesDiff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a rule set: coverage added and removed, and whether the version bump matches.",
        discussion: "Removing or narrowing coverage needs a major bump, adding coverage a minor one, anything else a patch. Exit 1 when the bump is too small.")

    @Argument(help: ArgumentHelp("The old rule set directory.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The new rule set directory.", valueName: "new"))
    var new: String

    @Option(help: "Output format.")
    var format: ListingFormat = .text

    func run() throws {
        let loader = RuleSetOptions()
        let diff = RuleSetDiff(old: try loader.load(directory: old), new: try loader.load(directory: new))
        switch format {
        case .json:
            StandardStreams.output(try JSONOutput.encode(RuleSetDiffView(diff)))
        case .text:
            var lines = ["\(diff.oldIdentity) -> \(diff.newIdentity)"]
            for change in diff.changes {
                lines.append("  \(change.kind.rawValue) \(change.ruleID) (\(change.bump))")
                lines += change.details.map { "      \($0)" }
            }
            if diff.changes.isEmpty { lines.append("  no rule changed") }
            let verdict = diff.isVersionBumpSufficient ? "ok" : "too small"
            lines.append("required bump: \(diff.requiredBump); actual bump: \(diff.actualBump) (\(verdict))")
            StandardStreams.output(lines.joined(separator: "\n"))
        }
        if !diff.isVersionBumpSufficient { throw ExitStatus.findings }
    }
}

/// The JSON form of a rule set comparison.
struct RuleSetDiffView: Encodable {
    let old: String
    let new: String
    let changes: [RuleSetDiff.Change]
    let requiredBump: String
    let actualBump: String
    let versionBumpSufficient: Bool

    init(_ diff: RuleSetDiff) {
        old = diff.oldIdentity
        new = diff.newIdentity
        changes = diff.changes
        requiredBump = diff.requiredBump.description
        actualBump = diff.actualBump.description
        versionBumpSufficient = diff.isVersionBumpSufficient
    }
}
