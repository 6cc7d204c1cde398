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
            keyed fingerprint. Fingerprints match across reports when a key is given \
            (--fingerprint-key-file, MASKLINT_FINGERPRINT_KEY, or fingerprint-key-file in \
            .masklint.yaml), and only within one report otherwise. Raw values are printed only with \
            --show-values.

            The nearest .masklint.yaml (or --config) may set the rule set, the fingerprint key and \
            limits (max-files, max-input-size, max-yaml-*); docs/limits.md lists every limit.

            Exit codes: 0 nothing found at or above --fail-on; 1 found; 2 an input could not be read \
            (the other inputs are still scanned and reported); 64 usage error.
            """)

    @Argument(help: ArgumentHelp("The files to scan; - reads standard input.", valueName: "file"))
    var inputs: [String] = []

    @OptionGroup var ruleSet: RuleSetOptions

    @OptionGroup var output: OutputOptions

    @OptionGroup var project: ProjectOptions

    @OptionGroup(title: "Limits") var inputLimits: ScanLimitOptions
    @OptionGroup(title: "Limits") var fileLimits: FileLimitOptions
    @OptionGroup(title: "Limits") var yamlLimits: YAMLLimitOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one file to scan, or - for standard input.") }
        if inputs.count(where: { $0 == "-" }) > 1 { throw ValidationError("Standard input (-) can be scanned only once.") }
    }

    func run() throws {
        let project = try self.project.load(yamlLimits: ProjectOptions.yamlLimits(yamlLimits))
        let limits = ProjectOptions.limits(project, [inputLimits, fileLimits, yamlLimits])
        guard inputs.count <= limits.maximumFiles else {
            StandardStreams.error("masklint: \(inputs.count) inputs are more than \(limits.maximumFiles), the limit (max-files); nothing was scanned")
            throw ExitStatus.couldNotRun
        }
        let reportOptions = try output.reportOptions(project: project)
        let scanner = try makeScanner(project: project, limits: limits)
        let reader = ScanInputReader(maximumSize: limits.maximumScanInputSize)
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
        try output.write(report, options: reportOptions)
        let status = output.exitStatus(for: report)
        if status != ExitStatus.success { throw status }
    }

    /// The scanner for the chosen rule set. The built-in set's detector rules are compiled into the
    /// binary (`BundledDetectorRules`), so that scanning with it does not parse the rule set's YAML,
    /// which alone takes longer than the start-up budget; `--rules`, `$MASKLINT_RULES` and `rules:` in
    /// `.masklint.yaml` load a set.
    private func makeScanner(project: LintProjectConfiguration, limits: ResourceLimits) throws -> TextScanner {
        let environment = ProcessInfo.processInfo.environment["MASKLINT_RULES"] ?? ""
        if ruleSet.rules == nil && environment.isEmpty && project.rulesDirectory == nil { return TextScanner.builtIn() }
        let rules = try ruleSet.load(directory: ruleSet.rules == nil ? project.rulesDirectory : nil, limits: limits)
        do {
            return try TextScanner(ruleSet: rules)
        } catch {
            StandardStreams.error("masklint: \(error)")
            throw ExitStatus.couldNotRun
        }
    }
}
