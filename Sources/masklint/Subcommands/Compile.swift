import ArgumentParser
import Foundation
import MaskRules

/// `masklint compile`: the tracker privacy configuration generated from the rule set.
struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Generate the tracker's privacy configuration from the rule set.",
        discussion: """
            Writes an ES module (TypeScript or JavaScript) exporting `privacyOptions` for \
            `new Tracker({ projectKey, ...privacyOptions })`: input and text options chosen by the profile, a \
            domSanitizer from the rule set's selectors and field names, and network, URL and title sanitizers \
            that replace PII with a fixed mask. `--format json` writes the same configuration as data. The \
            output is byte-for-byte deterministic.

            With --check, nothing is written: the command exits 0 when the file given with -o holds exactly \
            what it would write, 1 when it is stale or missing, and 2 when it cannot be read. Run it in CI next \
            to the rule set.
            """)

    @OptionGroup var ruleSet: RuleSetOptions

    @Option(help: ArgumentHelp("The tracker to configure: \(Self.targets).", valueName: "target"))
    var target = "openreplay"

    @Option(help: ArgumentHelp(
        "ts, js or json. Defaults to the extension of the output file.", valueName: "format"))
    var format: CompileFormat?

    @Option(help: ArgumentHelp(
        "strict (every input value obscured) or precise (plain unless the rule set or a heuristic says otherwise).",
        valueName: "profile"))
    var profile: CompileProfile = .precise

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (or check). Defaults to standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Compare the output file with what would be written instead of writing it.")
    var check = false

    private static var targets: String { TrackerConfigCompilers.all.map(\.target).joined(separator: ", ") }

    func validate() throws {
        guard TrackerConfigCompilers.compiler(forTarget: target) != nil else {
            throw ValidationError("unknown target '\(target)'; expected one of: \(Self.targets)")
        }
        if check && output == nil { throw ValidationError("--check needs the file to compare: -o FILE") }
        if format == nil && resolvedFormat == nil {
            throw ValidationError("give --format ts|js|json, or an output file ending in .ts, .js, .mjs or .json")
        }
    }

    /// The format given, or the one the output file's extension names.
    private var resolvedFormat: TrackerConfigFormat? {
        if let format { return format.trackerFormat }
        guard let output else { return nil }
        switch (output as NSString).pathExtension.lowercased() {
        case "ts", "mts": return .typeScript
        case "js", "mjs": return .javaScript
        case "json": return .json
        default: return nil
        }
    }

    func run() throws {
        guard let compiler = TrackerConfigCompilers.compiler(forTarget: target), let format = resolvedFormat else {
            throw ExitStatus.usage
        }
        let rules = try ruleSet.load()
        let text: String
        do {
            text = try compiler.compile(try CompiledMaskingRules(rules), format: format, profile: profile.maskingProfile)
        } catch {
            StandardStreams.error("masklint: cannot compile \(rules.identity) for \(target): \(error)")
            throw ExitStatus.couldNotRun
        }
        if check, let output { return try checkFile(output, expected: text) }
        try StandardStreams.write(text, toFile: output, what: "the module")
    }

    private func checkFile(_ path: String, expected: String) throws {
        switch GeneratedFileStatus.check(expected: expected, atPath: path) {
        case .current:
            return
        case .stale(let line):
            let place = line.map { "differs from line \($0)" } ?? "does not exist"
            StandardStreams.error("masklint: \(path) is stale: it \(place). Regenerate it with the same command without --check.")
            throw ExitStatus.findings
        case .unreadable(let reason):
            StandardStreams.error("masklint: cannot read \(path): \(reason)")
            throw ExitStatus.couldNotRun
        }
    }
}

/// `--format` values.
enum CompileFormat: String, ExpressibleByArgument, CaseIterable {
    case ts, js, json

    var trackerFormat: TrackerConfigFormat {
        switch self {
        case .ts: .typeScript
        case .js: .javaScript
        case .json: .json
        }
    }
}

/// `--profile` values.
enum CompileProfile: String, ExpressibleByArgument, CaseIterable {
    case strict, precise

    var maskingProfile: MaskingProfile {
        switch self {
        case .strict: .strict
        case .precise: .precise
        }
    }
}
