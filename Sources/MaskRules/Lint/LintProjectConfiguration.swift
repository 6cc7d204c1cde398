import Foundation
import Yams

/// A project's `.masklint.yaml`: the rule set, the profile of the tracker configuration, the paths
/// `masklint lint` leaves out, and per-check severities.
///
/// ```yaml
/// rules: config/masklint-rules   # the rule set directory, relative to this file (default: built in)
/// profile: precise               # strict or precise, as `masklint compile --profile`
/// private-mode: false            # true when the app also turns on the tracker's privateMode
/// ignore:                        # paths left out, relative to this file
///   - vendor/**
///   - "*.min.html"
/// checks:                        # severity per check id: note, warning, error or off
///   pii-in-text: warning
///   deprecated-openreplay-attribute: off
/// limits:                        # resource limits (ResourceLimit), for lint, scan and audit
///   max-html-size: 16M
///   pcre2-match-limit: 500000
///   pcre2-jit: false             # match rule patterns with PCRE2's interpreter (depth and heap limits apply)
/// fingerprint-key-file: .secrets/masklint-key   # makes fingerprints match across reports
/// ```
///
/// `rules`, `limits` and the fingerprint key apply to `lint`, `scan` and `audit`; the other keys to
/// `lint`.
///
/// Every key is optional. Unknown keys, unknown check ids and bad values are errors with their
/// line and column, all reported at once.
public struct LintProjectConfiguration: Sendable, Hashable {
    /// The file name masklint looks for.
    public static let fileName = ".masklint.yaml"
    /// The file it was read from, or `nil` for the default configuration.
    public var file: String?
    /// The directory paths in the file are relative to (the file's directory).
    public var baseDirectory: String
    /// The rule set directory, resolved against `baseDirectory`.
    public var rulesDirectory: String?
    /// The profile.
    public var profile: MaskingProfile?
    /// Whether the app turns on privateMode.
    public var privateMode: Bool?
    /// Paths left out.
    public var ignoredPaths: [PathGlob]
    /// Severities by check id (current ids; deprecated ids are translated).
    public var severities: [String: Severity]
    /// Checks turned off.
    public var disabledChecks: Set<String>
    /// Resource limits set under `limits:`, by limit.
    public var limits: [ResourceLimit: Int]
    /// `pcre2-jit` under `limits:`: whether rule patterns may be compiled with PCRE2's JIT (see `PatternLimits`).
    public var usesPatternJIT: Bool?
    /// Where the fingerprint key comes from (`fingerprint-key` or `fingerprint-key-file`), if set.
    public var fingerprintKey: FingerprintKeySource?

    /// The configuration when there is no file: everything at its default, paths relative to
    /// `baseDirectory` (the current directory when `nil`).
    public init(baseDirectory: String? = nil) {
        file = nil
        self.baseDirectory = baseDirectory ?? FileManager.default.currentDirectoryPath
        rulesDirectory = nil
        profile = nil
        privateMode = nil
        ignoredPaths = []
        severities = [:]
        disabledChecks = []
        limits = [:]
        usesPatternJIT = nil
        fingerprintKey = nil
    }

    /// The lint configuration this file describes, with `profile` from the command line winning.
    public func lintConfiguration(profile override: MaskingProfile? = nil) -> LintConfiguration {
        LintConfiguration(
            profile: override ?? profile ?? .precise, privateMode: privateMode ?? false, severities: severities,
            disabledChecks: disabledChecks)
    }

    /// The nearest `.masklint.yaml` in `directory` or one of its parents, stopping at the first
    /// directory that holds `.git` (the repository root).
    public static func find(from directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        let files = FileManager.default
        while true {
            let candidate = current.appendingPathComponent(fileName).path
            if files.fileExists(atPath: candidate) { return candidate }
            if files.fileExists(atPath: current.appendingPathComponent(".git").path) { return nil }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// Reads a configuration file.
    /// - Parameters:
    ///   - path: The file.
    ///   - yamlLimits: The largest file and the most YAML nodes accepted.
    /// - Throws: `LintConfigurationError` when the file cannot be read, is too large or is invalid.
    public static func load(path: String, yamlLimits: YAMLLimits = .standard) throws(LintConfigurationError)
        -> LintProjectConfiguration
    {
        let bytes: [UInt8]
        do {
            bytes = try ScanInputReader(maximumSize: yamlLimits.maximumFileSize, limit: .maxYAMLSize).read(path)
        } catch {
            throw LintConfigurationError(diagnostics: [
                RuleSetDiagnostic(location: SourceLocation(file: path), message: "the configuration file cannot be read: \(error.reason)")
            ])
        }
        let base = (URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path)
        return try parse(bytes, file: path, baseDirectory: base, maximumNodes: yamlLimits.maximumNodes)
    }

    /// The keys the file may have.
    static let keys = ["rules", "profile", "private-mode", "ignore", "checks", "limits", "fingerprint-key", "fingerprint-key-file"]

    /// Parses a configuration.
    /// - Parameters:
    ///   - bytes: The YAML, UTF-8.
    ///   - file: The path shown in diagnostics.
    ///   - baseDirectory: The directory relative paths in it are resolved against.
    ///   - maximumNodes: The most YAML nodes the file may expand to once aliases are followed.
    /// - Throws: `LintConfigurationError` with every problem found.
    public static func parse(_ bytes: [UInt8], file: String, baseDirectory: String,
                             maximumNodes: Int = YAMLLimits.standard.maximumNodes) throws(LintConfigurationError)
        -> LintProjectConfiguration
    {
        var configuration = LintProjectConfiguration(baseDirectory: baseDirectory)
        configuration.file = file
        var reader = YAMLRuleReader(file: file, nodeBudget: maximumNodes)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LintConfigurationError(diagnostics: [
                RuleSetDiagnostic(location: SourceLocation(file: file), message: "the file is not valid UTF-8")
            ])
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { return configuration }
            root = node
        } catch let error as YamlError {
            throw LintConfigurationError(diagnostics: [RuleSetLoader.diagnostic(for: error, path: file, bytes: bytes)])
        } catch {
            throw LintConfigurationError(diagnostics: [
                RuleSetDiagnostic(location: SourceLocation(file: file), message: "invalid YAML: \(error)")
            ])
        }
        if root.tag.rawValue == Tag.Name.null.rawValue { return configuration }
        guard let values = reader.mapping(root, what: "the masklint configuration", allowed: keys, required: []) else {
            throw LintConfigurationError(diagnostics: reader.diagnostics)
        }
        if let rules = reader.string(values["rules"], what: "rules") {
            configuration.rulesDirectory = rules.hasPrefix("/") ? rules : baseDirectory + "/" + rules
        }
        if let node = values["profile"], let name = reader.string(node, what: "profile") {
            if let profile = MaskingProfile(rawValue: name) {
                configuration.profile = profile
            } else {
                reader.report("profile must be one of \(MaskingProfile.allCases.map(\.rawValue).joined(separator: ", "))", at: node)
            }
        }
        configuration.privateMode = reader.bool(values["private-mode"], what: "private-mode")
        if let node = values["ignore"], let items = reader.sequence(node, what: "ignore") {
            for item in items {
                if let pattern = reader.string(item, what: "an entry of ignore") { configuration.ignoredPaths.append(PathGlob(pattern)) }
            }
        }
        if let node = values["checks"] {
            readChecks(node, into: &configuration, reader: &reader)
        }
        readLimits(values["limits"], into: &configuration, reader: &reader)
        readFingerprintKey(values, into: &configuration, reader: &reader)
        guard reader.diagnostics.isEmpty else {
            throw LintConfigurationError(diagnostics: reader.diagnostics.sorted { $0.location < $1.location })
        }
        return configuration
    }

    private static func readChecks(_ node: Node, into configuration: inout LintProjectConfiguration, reader: inout YAMLRuleReader) {
        guard let mapping = node.mapping else {
            reader.report("checks must be a mapping from check ids to note, warning, error or off", at: node)
            return
        }
        let known = LintChecks.descriptions.map(\.id)
        for (keyNode, valueNode) in mapping {
            guard let id = keyNode.scalar?.string else {
                reader.report("check ids must be strings", at: keyNode)
                continue
            }
            guard let canonical = LintChecks.canonicalIDs[id] else {
                let suggestion = EditDistance.nearest(to: id, in: known, limit: 3).map { "; did you mean '\($0)'?" } ?? ""
                reader.report("unknown check '\(id)'\(suggestion)", at: keyNode)
                continue
            }
            guard let value = valueNode.scalar?.string else {
                reader.report("the severity of \(id) must be note, warning, error or off", at: valueNode)
                continue
            }
            if value == "off" || (valueNode.tag.rawValue == Tag.Name.bool.rawValue && valueNode.bool == false) {
                configuration.disabledChecks.insert(canonical)
            } else if let severity = Severity(rawValue: value) {
                configuration.severities[canonical] = severity
            } else {
                reader.report("the severity of \(id) must be note, warning, error or off, not '\(value)'", at: valueNode)
            }
        }
    }
}

/// Why a `.masklint.yaml` could not be used: every problem, with its line and column.
public struct LintConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems.
    public let diagnostics: [RuleSetDiagnostic]

    /// One `file:line:column: error: message` line per problem.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
