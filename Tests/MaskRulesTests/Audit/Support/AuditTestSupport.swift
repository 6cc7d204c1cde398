import Testing
@testable import MaskRules

/// What audit tests share: the bundled rule set, configurations built from it, and ways to audit
/// messages written by the encoder.
enum AuditTestSupport {
    /// The bundled rule set.
    static let ruleSet: RuleSet = {
        do {
            return try RuleSetLoader().load(BundledRuleSet.source)
        } catch {
            fatalError("the bundled rule set does not load: \(error)")
        }
    }()

    /// The configuration with the tracker's defaults and the fixtures' canaries.
    static let configuration: AuditConfiguration = makeConfiguration()

    /// A configuration with the bundled rule set.
    static func makeConfiguration(options: TrackerPrivacyOptions = .trackerDefaults, canaries: String = AuditFixtures.canaryFile,
                                  rebuildLimits: RebuildLimits = .standard, maximumFindings: Int = 10_000) -> AuditConfiguration {
        do {
            return try AuditConfiguration(ruleSet: ruleSet, trackerOptions: options,
                                          canaries: try CanarySet(parsing: canaries), rebuildLimits: rebuildLimits,
                                          maximumFindingsPerSession: maximumFindings)
        } catch {
            fatalError("the audit configuration cannot be built: \(error)")
        }
    }

    /// Audits messages encoded as one stored file of indexed records (the v1 header, current schema).
    static func audit(_ messages: [EncodedMessage], configuration: AuditConfiguration = configuration) -> SessionAudit {
        audit(files: [("dom.mobs", RecordingEncoder.records(messages, indexed: true, header: true))], configuration: configuration)
    }

    /// Audits a session made of files in memory.
    static func audit(files: [(name: String, bytes: [UInt8])], name: String = "session",
                      configuration: AuditConfiguration = configuration) -> SessionAudit {
        SessionAuditor(configuration: configuration)
            .audit(RecordingSession(name: name, inputs: files.map { .bytes(name: $0.name, $0.bytes) }))
    }

    /// The messages of a page built by `build`, as one stored file.
    static func audit(page build: (inout PageBuilder) -> Void, configuration: AuditConfiguration = configuration) -> SessionAudit {
        var page = PageBuilder()
        build(&page)
        return audit(page.messages, configuration: configuration)
    }

    /// A finding as `check channel category`, the form fixtures list.
    static func summary(_ finding: Finding) -> String {
        var channel = "-"
        if case .recording(let location) = finding.location { channel = location.channel }
        return "\(finding.checkID) \(channel) \(finding.category?.rawValue ?? "-")"
    }

    /// The findings of an audit as `check channel category`, sorted.
    static func summaries(_ audit: SessionAudit) -> [String] { audit.findings.map(summary).sorted() }

    /// The recording location of a finding.
    static func location(_ finding: Finding) -> RecordingLocation? {
        if case .recording(let location) = finding.location { return location }
        return nil
    }
}
