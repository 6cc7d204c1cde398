/// Lints HTML pages: finds form fields, text and attributes that OpenReplay would record with PII
/// in them under the compiled tracker configuration, and mistakes in the page's masking attributes.
///
/// Built once per run from the rule set and the configuration, a linter may lint any number of pages,
/// from any number of tasks at once. Its only state that changes is a cache, safe to share: how its
/// model treats the standard attributes it suggests as fixes, worked out once for all its pages.
///
/// ```swift
/// let linter = try Linter(ruleSet: try RuleSetLoader().load(BundledRuleSet.source))
/// let result = try linter.lint(Array(html.utf8), file: "checkout.html")
/// for finding in result.findings { print(finding.location, finding.checkID, finding.message) }
/// ```
public struct Linter: Sendable {
    /// The rule set.
    public let ruleSet: RuleSet
    /// The configuration.
    public let configuration: LintConfiguration
    /// The tracker under the configuration compiled from the rule set.
    public let model: MaskingModel
    /// Limits for reading pages.
    public var parseOptions: HTMLParseOptions
    private let classifier: FieldClassifier
    private let detectors: PIIDetectors
    private let checks: [EnabledCheck]
    private let fieldFixes: FieldFixSuggester

    private struct EnabledCheck: Sendable {
        let check: any LintCheck
        let severity: Severity
    }

    /// Creates a linter.
    /// - Parameters:
    ///   - ruleSet: The rule set, compiled as `masklint compile` compiles it.
    ///   - configuration: The profile, privateMode and severities.
    ///   - checks: The checks to run (those the configuration does not disable); all by default.
    ///   - parseOptions: Limits for reading pages.
    /// - Throws: `LintSetupError` when the rule set cannot be compiled.
    public init(
        ruleSet: RuleSet, configuration: LintConfiguration = LintConfiguration(),
        checks: [any LintCheck.Type] = LintChecks.all, parseOptions: HTMLParseOptions = HTMLParseOptions()
    ) throws(LintSetupError) {
        self.ruleSet = ruleSet
        self.configuration = configuration
        self.parseOptions = parseOptions
        do {
            model = MaskingModel(rules: try CompiledMaskingRules(ruleSet), options: configuration.trackerOptions)
        } catch {
            throw .rulesNotCompiled(error)
        }
        do {
            detectors = try PIIDetectors(ruleSet: ruleSet)
        } catch {
            throw .detectorNotBuilt(error)
        }
        fieldFixes = FieldFixSuggester(model: model)
        classifier = FieldClassifier(ruleSet: ruleSet)
        self.checks = checks.compactMap { type in
            configuration.severity(of: type.description).map { EnabledCheck(check: type.init(), severity: $0) }
        }
    }

    /// Parses a page and computes what the checks need.
    /// - Parameters:
    ///   - bytes: The page, in any encoding the HTML parser detects.
    ///   - file: The path to report, or `nil` for standard input and in-memory text.
    /// - Throws: `HTMLInputError` when the page exceeds a limit of `parseOptions`.
    public func document(_ bytes: [UInt8], file: String?) throws(HTMLInputError) -> LintDocument {
        let document = try HTMLParser(options: parseOptions).parse(bytes, file: file)
        return LintDocument(
            document: document, model: model, configuration: configuration, ruleSet: ruleSet, classifier: classifier,
            detectors: detectors, suppressions: SuppressionComment.scan(bytes, file: file), fieldFixes: fieldFixes)
    }

    /// Lints a page.
    /// - Throws: `HTMLInputError` when the page exceeds a limit of `parseOptions`.
    public func lint(_ bytes: [UInt8], file: String?) throws(HTMLInputError) -> LintResult {
        lint(try document(bytes, file: file))
    }

    /// Lints a page given as text (already decoded: a `<meta charset>` in it has no effect).
    /// - Throws: `HTMLInputError` when the page exceeds a limit of `parseOptions`.
    public func lint(html: String, file: String? = nil) throws(HTMLInputError) -> LintResult {
        try lint(Array(html.utf8), file: file)
    }

    /// Runs the enabled checks on a parsed page, applies the configured severities and the page's
    /// suppressions, and orders the findings by position.
    public func lint(_ document: LintDocument) -> LintResult {
        var findings: [Finding] = []
        for enabled in checks {
            for var finding in enabled.check.findings(in: document) {
                finding.severity = enabled.severity
                findings.append(finding)
            }
        }
        var suppressed = 0
        let suppressions = document.suppressions.filter(\.isComplete)
        if !suppressions.isEmpty {
            let aliases = LintChecks.canonicalIDs
            var silenced: [Int: Set<String>] = [:]
            for suppression in suppressions {
                for id in suppression.checkIDs { silenced[suppression.targetLine, default: []].insert(aliases[id] ?? id) }
            }
            findings.removeAll { finding in
                guard finding.checkID != InvalidSuppressionCheck.description.id,
                      case .source(let location, _) = finding.location, let line = location.line,
                      silenced[line]?.contains(finding.checkID) == true
                else { return false }
                suppressed += 1
                return true
            }
        }
        findings.sort { lhs, rhs in
            guard case .source(let left, _) = lhs.location, case .source(let right, _) = rhs.location else { return false }
            return ((left.line ?? 0), (left.column ?? 0), lhs.checkID) < ((right.line ?? 0), (right.column ?? 0), rhs.checkID)
        }
        return LintResult(findings: findings, suppressedCount: suppressed, fields: document.fields)
    }
}

/// What linting one page found.
public struct LintResult: Sendable {
    /// The findings, in order of position.
    public let findings: [Finding]
    /// How many findings inline suppressions silenced.
    public let suppressedCount: Int
    /// The page's form fields and editable regions, for `--fields`.
    public let fields: [LintedField]
}

/// Why a linter could not be built from a rule set.
public enum LintSetupError: Error, Sendable, CustomStringConvertible {
    /// The rule set could not be compiled to the tracker configuration.
    case rulesNotCompiled(TrackerConfigError)
    /// A detector rule could not be built.
    case detectorNotBuilt(DetectorConfigurationError)

    public var description: String {
        switch self {
        case .rulesNotCompiled(let error): "the rule set cannot be compiled: \(error)"
        case .detectorNotBuilt(let error): "a detector rule cannot be built: \(error)"
        }
    }
}
