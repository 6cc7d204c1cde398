import ArgumentParser
import Foundation
import MaskRules

/// `--config`: the project configuration (`.masklint.yaml`) of `lint`, `scan` and `audit`, and the
/// resource limits it and the command line set.
struct ProjectOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The project configuration (rule set, limits, fingerprint key; for lint also profile, ignored paths and checks). Defaults to the nearest .masklint.yaml.",
        valueName: "file"))
    var config: String?

    /// `--config`, else the nearest `.masklint.yaml`, else the defaults.
    /// - Parameter yamlLimits: The limits the file is read under (command line, else defaults: the
    ///   file cannot set its own).
    /// - Throws: `ExitStatus.couldNotRun` after printing every problem when the file is unusable.
    func load(yamlLimits: YAMLLimits) throws -> LintProjectConfiguration {
        let path = config ?? LintProjectConfiguration.find(from: FileManager.default.currentDirectoryPath)
        guard let path else { return LintProjectConfiguration() }
        do {
            return try LintProjectConfiguration.load(path: path, yamlLimits: yamlLimits)
        } catch {
            for diagnostic in error.diagnostics { StandardStreams.error(diagnostic.description) }
            StandardStreams.error("masklint: the configuration \(path) cannot be used")
            throw ExitStatus.couldNotRun
        }
    }

    /// The limits of a run: the defaults, then `limits:` of the configuration, then each option group's
    /// command-line values.
    static func limits(_ project: LintProjectConfiguration, _ groups: [any LimitOptionGroup]) -> ResourceLimits {
        var limits = ResourceLimits.standard.applying(project.limits)
        if let usesJIT = project.usesPatternJIT { limits.patterns.usesJIT = usesJIT }
        for group in groups { group.apply(to: &limits) }
        return limits
    }

    /// The YAML limits given on the command line, for reading the configuration file itself.
    static func yamlLimits(_ options: YAMLLimitOptions) -> YAMLLimits {
        ResourceLimits.standard.applying(options.overrides).yaml
    }
}
