/// The audit of one session: its verdict, its findings, and what was read.
public struct SessionAudit: Sendable {
    /// The session's name.
    public var session: String
    /// The verdict.
    public var verdict: SessionVerdict
    /// The findings, in message order; `note` findings included.
    public var findings: [Finding]
    /// Distinct findings beyond `AuditConfiguration.maximumFindingsPerSession`, counted but not listed.
    public var suppressedFindings: Int
    /// The files read.
    public var files: [AuditedFile]
    /// The layouts the streams were in (`stored batches (header v2)`), one per stream.
    public var formats: [String]
    /// Why the session is unverified, as sentences without recorded content: reading faults with
    /// their file and byte offset, rebuild limits, patterns that hit their limits, nothing to read.
    public var unverifiedReasons: [String]
    /// The reading faults.
    public var faults: [RecordingFault]
    /// The rebuild fault, when a page limit was reached.
    public var rebuildFault: RebuildFault?
    /// Messages read.
    public var messageCount: Int
    /// Bytes read after decompression.
    public var decodedBytes: Int
    /// Pages rebuilt (`CreateDocument` messages).
    public var pageCount: Int
    /// DOM messages that referred to nodes the page did not have.
    public var unresolvedNodeReferences: Int

    /// Creates an audit result.
    public init(session: String, verdict: SessionVerdict, findings: [Finding], suppressedFindings: Int = 0,
                files: [AuditedFile], formats: [String] = [], unverifiedReasons: [String] = [], faults: [RecordingFault] = [],
                rebuildFault: RebuildFault? = nil, messageCount: Int = 0, decodedBytes: Int = 0, pageCount: Int = 0,
                unresolvedNodeReferences: Int = 0) {
        self.session = session
        self.verdict = verdict
        self.findings = findings
        self.suppressedFindings = suppressedFindings
        self.files = files
        self.formats = formats
        self.unverifiedReasons = unverifiedReasons
        self.faults = faults
        self.rebuildFault = rebuildFault
        self.messageCount = messageCount
        self.decodedBytes = decodedBytes
        self.pageCount = pageCount
        self.unresolvedNodeReferences = unresolvedNodeReferences
    }

    /// The findings that make a session leak: warnings and errors.
    public var leaks: [Finding] { findings.filter { $0.severity >= .warning } }

    /// The verdict the facts give: unverified when there is a reason, else leaks when a finding is at
    /// warning or error severity, else clean.
    static func verdict(findings: [Finding], suppressed: Int, unverifiedReasons: [String]) -> SessionVerdict {
        if !unverifiedReasons.isEmpty { return .unverified }
        if suppressed > 0 || findings.contains(where: { $0.severity >= .warning }) { return .leaks }
        return .clean
    }
}
