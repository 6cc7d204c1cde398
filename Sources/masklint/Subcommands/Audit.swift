import ArgumentParser
import Dispatch
import Foundation
import MaskRules

/// `masklint audit`: proves that recorded OpenReplay sessions carry no personal data, or shows where
/// they do.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit recorded OpenReplay sessions for personal data.",
        discussion: """
            Reads each session to its end (dom.mobs, dom.mobe, devtools.mob in any layout OpenReplay \
            has written, zstd- or gzip-compressed, or raw tracker batches), rebuilds its pages, and \
            checks every channel: field values recorded plain, personal data in any recorded string, \
            user ids that are emails or phone numbers, canaries, and obscured text that is not masked.

            A session is a directory of recording files, a set of files in one directory, or - for \
            standard input; a directory of session directories audits each of them. Sessions are read \
            in parallel.

            Each session is clean, leaks or unverified. A session that cannot be read to its end (a \
            cut or corrupt file, or a resource limit reached: decompressed size, message size, string \
            length, rebuilt page nodes or depth, a rule pattern's PCRE2 limits) is unverified, with the \
            file, byte offset and reason, and never clean. Every limit can also be set under limits: in \
            .masklint.yaml (or --config), which may set the rule set and fingerprint key too; \
            docs/limits.md lists them, with the memory an audit needs.

            Exit codes: 0 every session clean; 1 leaks found; 2 a session unverified or unreadable \
            (or the rule set or canary file unusable); 64 usage error.
            """)

    @Argument(help: ArgumentHelp(
        "Sessions: session directories, directories of sessions, recording files, or - for standard input.",
        valueName: "session"))
    var sessions: [String]

    @OptionGroup var ruleSet: RuleSetOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp(
        "A file of canary values (one per line) typed into test forms; any occurrence in any form is a finding.",
        valueName: "file"))
    var canaries: String?

    @Option(help: ArgumentHelp("Also write a self-contained HTML report for privacy officers to this file.", valueName: "file"))
    var html: String?

    @Option(help: ArgumentHelp(
        "The tracker configuration the sessions were recorded with: defaults (the tracker's), strict or precise (the profiles of masklint compile).",
        valueName: "profile"))
    var profile: TrackerProfile = .defaults

    @Flag(help: "The sessions were recorded with privateMode on: all text and every field must be masked.")
    var privateMode = false

    @Option(help: ArgumentHelp("How many sessions to read at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("The most distinct findings listed per session; more are counted.", valueName: "n"))
    var maxFindingsPerSession = 10_000

    @OptionGroup var project: ProjectOptions

    @OptionGroup(title: "Limits") var recordingLimits: RecordingLimitOptions
    @OptionGroup(title: "Limits") var fileLimits: FileLimitOptions
    @OptionGroup(title: "Limits") var patternLimits: PatternLimitOptions
    @OptionGroup(title: "Limits") var yamlLimits: YAMLLimitOptions

    func validate() throws {
        guard !sessions.isEmpty else { throw ValidationError("Name at least one session, directory or file, or - for standard input.") }
        guard sessions.count(where: { $0 == "-" }) <= 1 else { throw ValidationError("Standard input (-) can be named only once.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        guard maxFindingsPerSession >= 1 else { throw ValidationError("--max-findings-per-session must be at least 1.") }
    }

    func run() throws {
        AllocatorTuning.keepFreedBlocksForReuse()
        let project = try self.project.load(yamlLimits: ProjectOptions.yamlLimits(yamlLimits))
        let limits = ProjectOptions.limits(project, [recordingLimits, fileLimits, patternLimits, yamlLimits])
        let rules = try ruleSet.load(directory: ruleSet.rules == nil ? project.rulesDirectory : nil, limits: limits)
        let reportOptions = try output.reportOptions(project: project)
        var options = profile.trackerOptions
        if privateMode { options.privateMode = true }
        let configuration: AuditConfiguration
        let canarySet = try loadCanaries()
        do {
            configuration = try AuditConfiguration(ruleSet: rules, trackerOptions: options, canaries: canarySet,
                                                   readerLimits: limits.recording, rebuildLimits: limits.rebuild,
                                                   maximumFindingsPerSession: maxFindingsPerSession)
        } catch {
            StandardStreams.error("masklint: the rule set cannot be used for auditing: \(error)")
            throw ExitStatus.couldNotRun
        }
        let named: [RecordingSession]
        do {
            named = try SessionDiscovery.sessions(for: sessions)
        } catch {
            StandardStreams.error("masklint: \(error)")
            throw ExitStatus.couldNotRun
        }
        let fileCount = named.reduce(0) { $0 + $1.streams.reduce(0) { $0 + $1.inputs.count } }
        guard fileCount <= limits.maximumFiles else {
            StandardStreams.error("masklint: the sessions named have \(fileCount) recording files, more than \(limits.maximumFiles), the limit (max-files); nothing was audited")
            throw ExitStatus.couldNotRun
        }
        let auditor = SessionAuditor(configuration: configuration)
        let jobs = self.jobs
        let audits = BlockingTask.run { await auditor.audit(named, maximumConcurrentSessions: jobs) }
        for audit in audits where audit.verdict == .unverified {
            StandardStreams.error("masklint: \(audit.session): unverified: \(audit.unverifiedReasons.joined(separator: "; "))")
        }
        let report = AuditReport(sessions: audits, ruleSet: RuleSetReference(rules), canaryCount: configuration.canaries.canaries.count,
                                 trackerOptions: options)
        try write(report, options: reportOptions)
        if let html {
            try StandardStreams.write(HTMLAuditReporter().render(report, options: reportOptions), toFile: html, what: "the HTML report")
        }
        let status = output.exitStatus(for: report.findingReport)
        if status != ExitStatus.success { throw status }
    }

    /// The canaries of `--canaries`, or none.
    private func loadCanaries() throws -> CanarySet {
        guard let canaries else { return .empty }
        guard let data = FileManager.default.contents(atPath: canaries) else {
            StandardStreams.error("masklint: cannot read the canary file \(canaries)")
            throw ExitStatus.couldNotRun
        }
        do {
            return try CanarySet(parsing: String(decoding: data, as: UTF8.self), file: canaries)
        } catch {
            StandardStreams.error("masklint: \(error)")
            throw ExitStatus.couldNotRun
        }
    }

    /// Writes the report in the `--format` chosen, to `--output` or standard output.
    private func write(_ report: AuditReport, options: ReportOptions) throws {
        let text: String
        switch output.format {
        case .text: text = AuditTextReporter().render(report, options: options)
        case .json: text = AuditJSONReporter().render(report, options: options)
        case .sarif, .github: text = output.format.reportFormat.reporter.render(report.findingReport, options: options)
        }
        try output.write(text: text)
    }
}

/// `--profile defaults|strict|precise`: the tracker options the sessions were recorded with.
enum TrackerProfile: String, ExpressibleByArgument, CaseIterable {
    case defaults, strict, precise

    /// The options of the profile.
    var trackerOptions: TrackerPrivacyOptions {
        switch self {
        case .defaults: .trackerDefaults
        case .strict: MaskingProfile.strict.trackerOptions
        case .precise: MaskingProfile.precise.trackerOptions
        }
    }
}

/// Runs async work to its end from synchronous code (the command's `run`), on the cooperative pool.
enum BlockingTask {
    /// Holds the result between the task that writes it and the thread that waits for it: written
    /// once before the semaphore is signalled, read once after the wait returns.
    private final class ResultBox<Value>: @unchecked Sendable {
        var value: Value?
    }

    /// The value of `operation`, waiting for it.
    static func run<Value: Sendable>(_ operation: @escaping @Sendable () async -> Value) -> Value {
        let box = ResultBox<Value>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.value = await operation()
            done.signal()
        }
        done.wait()
        return box.value!
    }
}
