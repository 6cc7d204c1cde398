import ArgumentParser
import Foundation
import MaskRules

/// `masklint scan FILE... | -`: finds PII in any text with the rule set's detector rules.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Find PII in any text: logs, JSON, HAR files, HTTP bodies.",
        discussion: """
            Runs the rule set's detector rules over each input and its decoded views (percent, JSON \
            and HTML escapes, form bodies, base64) and reports each value found: category, detector, \
            rule, line and column (and the JSON pointer for JSON input), a redacted preview and a \
            keyed fingerprint. Fingerprints match across reports when MASKLINT_FINGERPRINT_KEY is \
            set, and only within one report otherwise. Raw values are printed only with --show-values.

            Exit codes: 0 nothing found at or above --fail-on; 1 found; 2 an input could not be read \
            (the other inputs are still scanned and reported); 64 usage error.
            """)

    @Argument(help: ArgumentHelp("The files to scan; - reads standard input.", valueName: "file"))
    var inputs: [String] = []

    @OptionGroup var ruleSet: RuleSetOptions

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Refuse inputs larger than this (bytes, or with K, M or G).", valueName: "size"))
    var maxInputSize = ByteCount(bytes: ScanInputReader.defaultMaximumSize)

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one file to scan, or - for standard input.") }
        if inputs.count(where: { $0 == "-" }) > 1 { throw ValidationError("Standard input (-) can be scanned only once.") }
    }

    func run() throws {
        let scanner = try makeScanner()
        let reader = ScanInputReader(maximumSize: maxInputSize.bytes)
        var findings: [ReportedFinding] = []
        var problems: [ReportProblem] = []
        for input in inputs {
            let file = input == "-" ? nil : input
            do {
                let bytes = try reader.read(input)
                findings += bytes.withUnsafeBufferPointer { scanner.findings(in: $0, file: file) }
            } catch {
                StandardStreams.error("masklint: \(error)")
                problems.append(ReportProblem(location: .source(SourceLocation(file: file)),
                                              message: "cannot read: \(error.reason)"))
            }
        }
        let report = FindingReport(
            command: "scan", ruleSet: scanner.ruleSet, rules: scanner.reportRules, findings: findings,
            problems: problems, inputCount: inputs.count)
        try output.write(report, options: output.reportOptions())
        let status = output.exitStatus(for: report)
        if status != ExitStatus.success { throw status }
    }

    /// The scanner for the chosen rule set. The built-in set's detector rules are compiled into the
    /// binary (`BundledDetectorRules`), so that scanning with it does not parse the rule set's YAML,
    /// which alone takes longer than the start-up budget; `--rules` and `$MASKLINT_RULES` load a set.
    private func makeScanner() throws -> TextScanner {
        let environment = ProcessInfo.processInfo.environment["MASKLINT_RULES"] ?? ""
        if ruleSet.rules == nil && environment.isEmpty { return TextScanner.builtIn() }
        let rules = try ruleSet.load()
        do {
            return try TextScanner(ruleSet: rules)
        } catch {
            StandardStreams.error("masklint: \(error)")
            throw ExitStatus.couldNotRun
        }
    }
}
