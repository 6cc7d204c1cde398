/// Audits recorded OpenReplay sessions: reads each one to its end, rebuilds its pages, and runs every
/// session check (`SessionChecks`) on it.
///
/// ```swift
/// let auditor = SessionAuditor(configuration: try AuditConfiguration(ruleSet: ruleSet))
/// let audits = await auditor.audit(try SessionDiscovery.sessions(for: ["recordings/"]))
/// for audit in audits { print(audit.session, audit.verdict) }
/// ```
///
/// Reading fails closed: a fault in any stream (a cut file, a corrupt varint, a length past the end,
/// a type that cannot be skipped, corrupt compressed data) makes the session unverified, with the
/// file, byte offset and reason; the findings made before it are kept, and the session's other
/// streams are still read. So does a rebuilt page that reaches its limits, a rule pattern that hits
/// its match limits, and a session with nothing to read.
public struct SessionAuditor: Sendable {
    /// The run's configuration.
    public let configuration: AuditConfiguration

    /// Creates an auditor.
    public init(configuration: AuditConfiguration) {
        self.configuration = configuration
    }

    /// Audits sessions in parallel, at most `maximumConcurrentSessions` at a time, so that memory
    /// holds that many sessions' pages and not the whole corpus.
    /// - Parameters:
    ///   - sessions: The sessions.
    ///   - maximumConcurrentSessions: How many sessions are read at once; by default one per core.
    ///   - progress: Called with each session's audit as it finishes, in completion order.
    /// - Returns: the audits, in the order of `sessions`.
    public func audit(_ sessions: [RecordingSession], maximumConcurrentSessions: Int? = nil,
                      progress: (@Sendable (SessionAudit) -> Void)? = nil) async -> [SessionAudit] {
        let width = max(1, maximumConcurrentSessions ?? SystemCores.active)
        return await withTaskGroup(of: (Int, SessionAudit).self) { group in
            var results = [SessionAudit?](repeating: nil, count: sessions.count)
            var next = 0
            func start() {
                let index = next
                let session = sessions[index]
                group.addTask { (index, self.audit(session)) }
                next += 1
            }
            while next < min(width, sessions.count) { start() }
            while let (index, audit) = await group.next() {
                results[index] = audit
                progress?(audit)
                if next < sessions.count { start() }
            }
            return results.map { $0! }
        }
    }

    /// Audits one session, reading its files as a stream.
    public func audit(_ session: RecordingSession) -> SessionAudit {
        var run = SessionAuditRun(name: session.name, configuration: configuration)
        let report = session.read(options: MessageReaderOptions(limits: configuration.readerLimits)) { message in
            run.process(message)
        }
        return run.finish(report: report, files: Self.files(of: session, report: report))
    }

    /// The files of a session with their hashes, in reading order. A file read has the hash computed
    /// while it was read; only a file the reading never reached (its stream stopped at a fault in an
    /// earlier file) is read here, for its hash.
    private static func files(of session: RecordingSession, report: SessionReadReport) -> [AuditedFile] {
        var result: [AuditedFile] = []
        for (stream, streamReport) in zip(session.streams, report.streams) {
            for (index, input) in stream.inputs.enumerated() {
                let read = index < streamReport.files.count ? streamReport.files[index] : nil
                result.append(AuditedFile(
                    path: input.description, name: input.name, compression: read?.compression ?? .none,
                    storedBytes: read?.storedBytes ?? 0, decodedBytes: read?.decodedBytes ?? 0,
                    sha256: read.map(\.sha256) ?? InputChunkReader.sha256(of: input)))
            }
        }
        return result
    }
}
