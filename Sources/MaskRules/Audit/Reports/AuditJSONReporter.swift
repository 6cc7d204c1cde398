/// The audit's JSON document: the shared report of every finding (`report`, the layout of
/// `JSONReporter`), and beside it every session with its verdict, reasons, files and hashes.
///
/// `format` is `masklint-audit`; `formatVersion` names this layout.
public struct AuditJSONReporter: Sendable {
    /// The layout's version.
    public static let formatVersion = 1

    /// Creates the reporter.
    public init() {}

    /// The whole output.
    public func render(_ report: AuditReport, options: ReportOptions) -> String {
        ReportJSON.encode(AuditView(report, options: options))
    }

    struct AuditView: Encodable {
        var format = "masklint-audit"
        var formatVersion = AuditJSONReporter.formatVersion
        var date: String
        var summary: SummaryView
        var trackerOptions: TrackerPrivacyOptions
        var canaries: Int
        var sessions: [SessionView]
        var report: JSONReporter.ReportView

        init(_ audit: AuditReport, options: ReportOptions) {
            date = audit.date
            summary = SummaryView(sessions: audit.sessions.count, clean: audit.count(.clean), leaks: audit.count(.leaks),
                                  unverified: audit.count(.unverified))
            trackerOptions = audit.trackerOptions
            canaries = audit.canaryCount
            sessions = audit.sessions.map(SessionView.init)
            report = JSONReporter.ReportView(audit.findingReport, options: options)
        }
    }

    struct SummaryView: Encodable {
        var sessions: Int
        var clean: Int
        var leaks: Int
        var unverified: Int
    }

    struct SessionView: Encodable {
        var name: String
        var verdict: String
        var findings: Int
        var notes: Int
        var suppressedFindings: Int
        var unverifiedReasons: [String]
        var messages: Int
        var decodedBytes: Int
        var pages: Int
        var unresolvedNodeReferences: Int
        var formats: [String]
        var files: [FileView]

        init(_ session: SessionAudit) {
            name = session.session
            verdict = session.verdict.rawValue
            findings = session.leaks.count
            notes = session.findings.count - session.leaks.count
            suppressedFindings = session.suppressedFindings
            unverifiedReasons = session.unverifiedReasons
            messages = session.messageCount
            decodedBytes = session.decodedBytes
            pages = session.pageCount
            unresolvedNodeReferences = session.unresolvedNodeReferences
            formats = session.formats
            files = session.files.map(FileView.init)
        }
    }

    struct FileView: Encodable {
        var path: String
        var name: String
        var compression: String
        var storedBytes: Int
        var decodedBytes: Int
        var sha256: String?

        init(_ file: AuditedFile) {
            path = file.path
            name = file.name
            compression = file.compression.rawValue
            storedBytes = file.storedBytes
            decodedBytes = file.decodedBytes
            sha256 = file.sha256
        }
    }
}
