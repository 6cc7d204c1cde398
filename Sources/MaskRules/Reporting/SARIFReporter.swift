import Foundation

/// SARIF 2.1.0, the format code scanning tools (GitHub code scanning, editors' SARIF viewers) read.
///
/// One run: `tool.driver` names masklint with its version and lists the rules findings refer to, with
/// help text; each result has its rule id and index, level, message, and a location: a file region
/// (start and end line and column, counted in Unicode scalars as `columnKind` says, plus the byte
/// offset and length) and, for JSON input, a logical location whose fully qualified name is the JSON
/// pointer. Inputs that could not be examined are `toolExecutionNotifications` of the run's invocation,
/// which is then not `executionSuccessful`. The rule set's identity and content hash are in the run's
/// properties.
///
/// `region` is left out when the line is unknown (SARIF requires a start line or offset), and
/// `partialFingerprints` are given only when the fingerprint key is configured: a random key would
/// make every run's fingerprints new, and code scanning would see new alerts each time.
public struct SARIFReporter: FindingReporter {
    /// The schema the output conforms to.
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// Creates the reporter.
    public init() {}

    /// The whole output for `report` in this format.
    public func render(_ report: FindingReport, options: ReportOptions) -> String {
        let results = report.findings.map { Result($0, report: report, options: options) }
        let notifications = report.problems.map { problem in
            Notification(level: "error", message: Message(text: problem.message),
                         locations: problem.location.map { [Location($0, end: nil, options: options)] })
        }
        let run = Run(
            tool: Tool(driver: Driver(
                name: report.toolName, version: report.toolVersion, semanticVersion: report.toolVersion,
                rules: report.rules.map(Rule.init))),
            invocations: [Invocation(executionSuccessful: report.problems.isEmpty,
                                     toolExecutionNotifications: notifications.isEmpty ? nil : notifications)],
            results: results,
            properties: RunProperties(
                command: report.command,
                ruleSet: report.ruleSet.map { JSONReporter.RuleSetView(name: $0.name, version: $0.version, contentHash: $0.contentHash) },
                fingerprintKey: options.fingerprintKey.origin.rawValue, valuesShown: options.showValues))
        return ReportJSON.encode(Log(runs: [run]))
    }

    // MARK: The SARIF object model, as much of it as masklint writes

    struct Log: Encodable {
        var schema = SARIFReporter.schemaURI
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var columnKind = "unicodeCodePoints"
        var invocations: [Invocation]
        var results: [Result]
        var properties: RunProperties
    }

    struct RunProperties: Encodable {
        var command: String
        var ruleSet: JSONReporter.RuleSetView?
        var fingerprintKey: String
        var valuesShown: Bool
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: MultiformatMessage
        var defaultConfiguration: Configuration
        var properties: RuleProperties

        init(_ rule: ReportRule) {
            id = rule.id
            name = rule.name
            shortDescription = Message(text: rule.summary)
            fullDescription = Message(text: rule.summary)
            help = MultiformatMessage(text: rule.help, markdown: rule.help)
            defaultConfiguration = Configuration(level: SARIFReporter.level(rule.defaultSeverity))
            properties = RuleProperties(
                category: rule.category?.rawValue,
                tags: ["pii"] + (rule.category.map { [$0.rawValue] } ?? []),
                definition: rule.definition?.description)
        }
    }

    struct RuleProperties: Encodable {
        var category: String?
        var tags: [String]
        var definition: String?
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]?
    }

    struct Notification: Encodable {
        var level: String
        var message: Message
        var locations: [Location]?
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]?
        var properties: ResultProperties

        init(_ reported: ReportedFinding, report: FindingReport, options: ReportOptions) {
            let finding = reported.finding
            let rule = report.rule(for: finding)
            ruleId = rule?.rule.id ?? finding.checkID
            ruleIndex = rule?.index
            level = SARIFReporter.level(finding.severity)
            message = Message(text: FindingSentence.render(finding, reportedRuleID: ruleId, options: options))
            locations = [Location(finding.location, end: reported.end, options: options)]
            let fingerprint = finding.value.map(options.fingerprint(of:))
            if let fingerprint, options.fingerprintKey.origin == .configured {
                partialFingerprints = ["masklintValue/v1": fingerprint]
            }
            properties = ResultProperties(
                check: finding.checkID, category: finding.category?.rawValue, ruleSetRule: finding.ruleID,
                redacted: finding.value?.redacted, fingerprint: fingerprint,
                value: finding.value.flatMap { options.showValues ? options.shownValue(of: $0) : nil },
                evidence: finding.evidence.isEmpty ? nil : finding.evidence, fix: finding.fix,
                recording: { if case .recording = finding.location { LocationView(finding.location, options: options) } else { nil } }())
        }
    }

    struct ResultProperties: Encodable {
        var check: String
        var category: String?
        var ruleSetRule: String?
        var redacted: String?
        var fingerprint: String?
        var value: String?
        var evidence: [String]?
        var fix: String?
        var recording: LocationView?
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation?
        var logicalLocations: [LogicalLocation]?

        init(_ location: FindingLocation, end: SourceLocation?, options: ReportOptions) {
            switch location {
            case .source(let source, let pointer):
                physicalLocation = PhysicalLocation(
                    artifactLocation: ArtifactLocation(path: source.file, options: options),
                    region: Region(start: source, end: end))
                if let pointer {
                    logicalLocations = [LogicalLocation(fullyQualifiedName: pointer.isEmpty ? "/" : pointer, kind: "value")]
                }
            case .recording(let recording):
                let path = recording.session + (recording.file.map { "/" + $0 } ?? "")
                physicalLocation = PhysicalLocation(
                    artifactLocation: ArtifactLocation(path: path, options: options),
                    region: recording.byteOffset.map { Region(byteOffset: $0) })
                var name = recording.channel
                if let type = recording.messageType { name += "/" + type + (recording.messageIndex.map { "#\($0)" } ?? "") }
                if let node = recording.nodePath { name += " " + node }
                logicalLocations = [LogicalLocation(fullyQualifiedName: name, kind: recording.nodePath == nil ? "value" : "element")]
            }
        }
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String?
        var description: Message?

        init(path: String?, options: ReportOptions) {
            if let path {
                uri = SARIFReporter.uri(forPath: options.displayPath(path))
            } else {
                description = Message(text: "standard input")
            }
        }
    }

    struct Region: Encodable {
        var startLine: Int?
        var startColumn: Int?
        var endLine: Int?
        var endColumn: Int?
        var byteOffset: Int?
        var byteLength: Int?

        init?(start: SourceLocation, end: SourceLocation?) {
            guard start.line != nil || start.byteOffset != nil else { return nil }
            startLine = start.line
            startColumn = start.line == nil ? nil : start.column
            if let line = start.line, let end, let endLine = end.line, endLine >= line {
                self.endLine = endLine
                endColumn = end.column
            }
            byteOffset = start.byteOffset
            if let from = start.byteOffset, let to = end?.byteOffset, to >= from { byteLength = to - from }
        }

        init(byteOffset: Int) {
            self.byteOffset = byteOffset
        }
    }

    struct LogicalLocation: Encodable {
        var fullyQualifiedName: String
        var kind: String
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A path as a URI reference: relative paths stay relative, absolute ones become `file://` URIs;
    /// bytes outside the unreserved and path characters are percent-encoded.
    static func uri(forPath path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            let allowed = byte < 0x80 && (("0"..."9").contains(scalar) || ("a"..."z").contains(scalar)
                || ("A"..."Z").contains(scalar) || "-._~/!$&'()*+,;=:@".unicodeScalars.contains(scalar))
            encoded += allowed ? String(scalar) : String(format: "%%%02X", byte)
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
