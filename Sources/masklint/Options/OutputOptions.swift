import ArgumentParser
import Foundation
import MaskRules

/// How a command that reports findings writes them: `--format`, `--output`, `--color`, `--fail-on`
/// and `--show-values`. `scan`, `lint` and `audit` share it, so their reports and exit codes agree.
struct OutputOptions: ParsableArguments {
    @Option(help: "The report format: text (for people), json, sarif (SARIF 2.1.0) or github (workflow annotations).")
    var format: OutputFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Colour in the text format: auto (only when standard output is a terminal and NO_COLOR is unset), always or never.")
    var color: ColorMode = .auto

    @Option(help: "Exit 1 when a finding is at or above this severity: note, warning, error, or never.")
    var failOn: FailureThreshold = .error

    @Flag(help: "Print the raw values found. Without it, reports show only redacted previews and keyed fingerprints.")
    var showValues = false

    @Option(help: ArgumentHelp(
        "A file holding the secret key of fingerprints, so that they match across reports. Overrides $MASKLINT_FINGERPRINT_KEY and .masklint.yaml; without any of them each run draws a random key.",
        valueName: "file"))
    var fingerprintKeyFile: String?

    /// The options reporters render with.
    /// - Parameter project: The configuration, whose `fingerprint-key` or `fingerprint-key-file` is used
    ///   when neither `--fingerprint-key-file` nor `MASKLINT_FINGERPRINT_KEY` is given.
    /// - Throws: `ExitStatus.couldNotRun` when the key file cannot be used.
    func reportOptions(project: LintProjectConfiguration,
                       environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ReportOptions {
        ReportOptions(
            showValues: showValues, fingerprintKey: try fingerprintKey(project: project, environment: environment),
            color: usesColor(environment: environment),
            baseDirectory: FileManager.default.currentDirectoryPath)
    }

    /// The fingerprint key: `--fingerprint-key-file`, else `MASKLINT_FINGERPRINT_KEY`, else the
    /// configuration's, else a random key for this run.
    func fingerprintKey(project: LintProjectConfiguration, environment: [String: String]) throws -> FingerprintKey {
        do {
            return try FingerprintKey.resolve(keyFile: fingerprintKeyFile, environment: environment, configured: project.fingerprintKey)
        } catch {
            StandardStreams.error("masklint: \(error)")
            throw ExitStatus.couldNotRun
        }
    }

    /// Whether the text format is coloured.
    func usesColor(environment: [String: String]) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            return output == nil && StandardStreams.isOutputTerminal && environment["NO_COLOR"] == nil
                && environment["TERM"] != "dumb"
        }
    }

    /// Renders `report` in the chosen format and writes it to `--output` or standard output.
    /// - Throws: `ExitStatus.couldNotRun` when the output file cannot be written.
    func write(_ report: FindingReport, options: ReportOptions) throws {
        try write(text: format.reportFormat.reporter.render(report, options: options))
    }

    /// Writes `text` (a report, or another listing such as `lint --fields`) to `--output` or standard
    /// output.
    /// - Throws: `ExitStatus.couldNotRun` when the output file cannot be written.
    func write(text: String) throws {
        try StandardStreams.write(text, toFile: output, what: "the report")
    }

    /// The exit status a report calls for: 2 when an input could not be examined (the report is
    /// written all the same), else 1 when a finding is at or above `--fail-on`, else 0.
    func exitStatus(for report: FindingReport) -> ExitCode {
        if !report.problems.isEmpty { return ExitStatus.couldNotRun }
        guard let threshold = failOn.severity else { return ExitStatus.success }
        return report.count(atLeast: threshold) > 0 ? ExitStatus.findings : ExitStatus.success
    }
}

/// `--format text|json|sarif|github`: the report formats of `ReportFormat`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github

    /// The library's format of the same name.
    var reportFormat: ReportFormat {
        switch self {
        case .text: .text
        case .json: .json
        case .sarif: .sarif
        case .github: .github
        }
    }
}

/// `--color auto|always|never`.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// `--fail-on note|warning|error|never`.
enum FailureThreshold: String, ExpressibleByArgument, CaseIterable {
    case note, warning, error, never

    /// The lowest severity that fails the run, or `nil` for `never`.
    var severity: Severity? {
        switch self {
        case .note: .note
        case .warning: .warning
        case .error: .error
        case .never: nil
        }
    }
}
