import ArgumentParser
import Foundation
import MaskRules

/// `masklint lint PATH... | -`: finds fields, text and attributes that OpenReplay would record with
/// PII in them, and mistakes in the page's masking attributes.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Find form fields, text and attributes that OpenReplay would record with PII in them.",
        discussion: """
            Lints HTML pages, templates rendered to HTML and component snapshots. For every element it \
            computes the level OpenReplay gives it under the tracker configuration that `masklint \
            compile` generates from the rule set (data-openreplay-* attributes and their inheritance, \
            the generated domSanitizer, password inputs, defaultInputMode and the obscureInput* \
            heuristics), and reports each check's findings: unmasked PII fields (with the evidence, the \
            level needed and the fix), PII in attributes and visible text, and masking mistakes. \
            docs/checks.md describes every check.

            Arguments are files, directories (walked for .html, .htm and .xhtml files), glob patterns \
            (quote them: 'src/**/*.html') and - for standard input. The nearest .masklint.yaml (in the \
            current directory or a parent, up to the repository root) sets the rule set, the profile, \
            ignored paths and per-check severities; an inline \
            <!-- masklint-disable-next-line CHECK-ID: reason --> silences a check on the next line.

            --fields lists every form control and editable region instead: its category, the evidence, \
            and what the configuration records of it.

            Every resource limit (--max-files, --max-html-*, --pcre2-*, --max-yaml-*) can also be set \
            under limits: in .masklint.yaml; docs/limits.md lists them. A page past a limit, or with a \
            field a rule pattern could not be evaluated on within the PCRE2 limits, is reported as not \
            verified (exit 2), never as clean.

            Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 an input or the \
            configuration could not be read or parsed, or a page could not be verified (the other \
            inputs are still linted and reported); 64 usage error.
            """)

    @Argument(help: ArgumentHelp("Files, directories or glob patterns to lint; - reads standard input.", valueName: "path"))
    var inputs: [String] = []

    @OptionGroup var ruleSet: RuleSetOptions

    @Option(help: ArgumentHelp(
        "The profile of the tracker configuration: strict or precise (as masklint compile --profile). Overrides .masklint.yaml; default precise.",
        valueName: "profile"))
    var profile: LintProfile?

    @OptionGroup var project: ProjectOptions

    @Flag(help: "List every form control and editable region with its category, evidence and recorded level, instead of findings (text or json).")
    var fields = false

    @Option(help: ArgumentHelp("How many pages to lint at once. Defaults to the number of processors.", valueName: "n"))
    var jobs: Int?

    @OptionGroup var output: OutputOptions

    @OptionGroup(title: "Limits") var fileLimits: FileLimitOptions
    @OptionGroup(title: "Limits") var htmlLimits: HTMLLimitOptions
    @OptionGroup(title: "Limits") var patternLimits: PatternLimitOptions
    @OptionGroup(title: "Limits") var yamlLimits: YAMLLimitOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one file, directory or pattern to lint, or - for standard input.") }
        if inputs.count(where: { $0 == "-" }) > 1 { throw ValidationError("Standard input (-) can be linted only once.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if fields && output.format != .text && output.format != .json {
            throw ValidationError("--fields writes text or json, not \(output.format.rawValue).")
        }
    }

    func run() throws {
        let project = try self.project.load(yamlLimits: ProjectOptions.yamlLimits(yamlLimits))
        let limits = ProjectOptions.limits(project, [fileLimits, htmlLimits, patternLimits, yamlLimits])
        let rules = try ruleSet.load(directory: ruleSet.rules == nil ? project.rulesDirectory : nil, limits: limits)
        let lintConfiguration = project.lintConfiguration(profile: profile?.maskingProfile)
        let linter: Linter
        do {
            linter = try Linter(ruleSet: rules, configuration: lintConfiguration, parseOptions: limits.html)
        } catch {
            StandardStreams.error("masklint: \(error)")
            throw ExitStatus.couldNotRun
        }
        let reportOptions = try output.reportOptions(project: project)
        let resolver = LintInputResolver(ignoredPaths: project.ignoredPaths, baseDirectory: project.baseDirectory,
                                         maximumFiles: limits.maximumFiles)
        let (pages, unresolved) = resolver.resolve(inputs)
        if let tooMany = unresolved.first(where: \.exceedsFileLimit) {
            StandardStreams.error("masklint: \(tooMany.reason)")
            throw ExitStatus.couldNotRun
        }
        var problems: [ReportProblem] = []
        for problem in unresolved {
            StandardStreams.error("masklint: \(problem)")
            problems.append(ReportProblem(location: .source(SourceLocation(file: problem.path)), message: problem.reason))
        }
        let outcomes = lint(pages, with: linter)
        var findings: [ReportedFinding] = []
        var entries: [FieldListing.Entry] = []
        for outcome in outcomes {
            switch outcome {
            case .linted(let result):
                findings += result.findings.map { ReportedFinding($0) }
                if fields { entries += result.fields.map(FieldListing.Entry.init) }
                for field in result.fields where !field.problems.isEmpty {
                    let message = Self.unverifiedFieldMessage(field)
                    StandardStreams.error("masklint: \(field.element.sourceLocation ?? SourceLocation(file: nil)): \(message)")
                    problems.append(ReportProblem(location: .source(field.element.sourceLocation ?? SourceLocation(file: nil)),
                                                  message: message))
                }
            case .failed(let input, let message, let location):
                StandardStreams.error("masklint: \(input): \(message)")
                let file: String? = if case .file(let path) = input { path } else { nil }
                problems.append(ReportProblem(location: .source(location ?? SourceLocation(file: file)), message: message))
            }
        }
        let report = FindingReport(
            command: "lint", ruleSet: RuleSetReference(rules), rules: Self.reportRules(lintConfiguration), findings: findings,
            problems: problems, inputCount: pages.count + unresolved.count)
        let options = reportOptions
        if fields {
            let text = output.format == .json
                ? FieldListing.json(entries, profile: lintConfiguration.profile, ruleSet: RuleSetReference(rules),
                                    displayPath: options.displayPath)
                : FieldListing.text(entries, displayPath: options.displayPath)
            try output.write(text: text)
            if !problems.isEmpty { throw ExitStatus.couldNotRun }
            return
        }
        try output.write(report, options: options)
        let status = output.exitStatus(for: report)
        if status != ExitStatus.success { throw status }
    }

    private enum Outcome {
        case linted(LintResult)
        /// The page could not be linted: why, and where in it when known.
        case failed(LintInput, String, SourceLocation?)
    }

    /// Lints every page, `--jobs` at a time; results come back in input order.
    private func lint(_ pages: [LintInput], with linter: Linter) -> [Outcome] {
        let reader = ScanInputReader(maximumSize: min(linter.parseOptions.maxInputBytes, HTMLParseOptions.inputByteCeiling),
                                     limit: .maxHTMLSize)
        let results = OutcomeList(count: pages.count)
        let workers = min(max(jobs ?? ProcessInfo.processInfo.activeProcessorCount, 1), max(pages.count, 1))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: pages.count, by: workers) {
                results.set(index, Self.lint(pages[index], with: linter, reader: reader))
            }
        }
        return results.values
    }

    private static func lint(_ input: LintInput, with linter: Linter, reader: ScanInputReader) -> Outcome {
        let (path, file): (String, String?) = switch input {
        case .file(let name): (name, name)
        case .standardInput: ("-", nil)
        }
        do {
            return .linted(try linter.lint(try reader.read(path), file: file))
        } catch let error as ScanInputError {
            if case .tooLarge = error.reason { return .failed(input, "not linted: the page is \(error.reason)", nil) }
            return .failed(input, "cannot read: \(error.reason)", nil)
        } catch let error as HTMLInputError {
            return .failed(input, "not linted: \(Self.describe(error))", error.location)
        } catch {
            return .failed(input, "\(error)", nil)
        }
    }

    /// Results filled in from several threads, each slot once.
    private final class OutcomeList: @unchecked Sendable {
        private var slots: [Outcome?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ outcome: Outcome) {
            lock.lock()
            slots[index] = outcome
            lock.unlock()
        }
        var values: [Outcome] { slots.compactMap { $0 } }
    }

    /// An HTML limit error without its location (the report gives the location separately), naming the option.
    static func describe(_ error: HTMLInputError) -> String {
        switch error {
        case .inputTooLarge(let byteCount, let limit, _):
            "the page is \(byteCount) bytes, more than the limit of \(limit) bytes (--max-html-size)"
        case .nestingTooDeep(let limit, let location):
            "elements are nested more than \(limit) levels deep at line \(location.line ?? 0), column \(location.column ?? 0) (--max-html-depth)"
        case .tooManyNodes(let limit, let location):
            "the page has more than \(limit) nodes; the first past the limit is at line \(location.line ?? 0), column \(location.column ?? 0) (--max-html-nodes)"
        case .parserUnavailable:
            "the HTML parser could not be created (out of memory)"
        }
    }

    /// Why a field is not verified: a rule pattern hit a PCRE2 limit while classifying it.
    static func unverifiedFieldMessage(_ field: LintedField) -> String {
        let limits = Set(field.problems.map { problem -> String in
            if case .limitExceeded(let limit) = problem { return limit.phrase }
            return problem.description
        }).sorted()
        return "page not verified: a rule pattern could not be evaluated on the <\(field.element.localName)> field here: it exceeded its \(limits.joined(separator: ", "))"
    }

    /// The checks that run, as reports describe them.
    static func reportRules(_ configuration: LintConfiguration) -> [ReportRule] {
        LintChecks.descriptions.compactMap { description in
            guard configuration.severity(of: description) != nil else { return nil }
            return ReportRule(
                id: description.id, name: description.name, summary: description.summary, help: description.rationale,
                defaultSeverity: description.defaultSeverity)
        }
    }
}

/// `--profile strict|precise`.
enum LintProfile: String, ExpressibleByArgument, CaseIterable {
    case strict, precise

    /// The library's profile of the same name.
    var maskingProfile: MaskingProfile {
        switch self {
        case .strict: .strict
        case .precise: .precise
        }
    }
}
