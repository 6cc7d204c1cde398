/// One thing masklint found: PII that would be, or was, recorded unmasked, or a masking mistake.
///
/// Findings are data, not errors: commands collect them and hand them to a reporter. A finding never
/// holds a raw PII value as a string; the value travels as a `SensitiveValue`, whose printed forms are
/// redacted. `message` is written from redacted forms only.
public struct Finding: Sendable, Hashable {
    /// The check, detector or rule that produced it, such as `unmasked-pii-field` or `email`.
    public var checkID: String
    /// How serious it is.
    public var severity: Severity
    /// One sentence for humans, with no raw PII in it.
    public var message: String
    /// Where it is.
    public var location: FindingLocation
    /// The PII category involved, when there is one.
    public var category: PIICategory?
    /// The id of the rule that applies, when there is one (`payment.cc-number-autocomplete`).
    public var ruleID: String?
    /// The value found, when there is one.
    public var value: SensitiveValue?
    /// Short statements of why masklint believes this (`autocomplete="cc-number"`, `label "Card number"`).
    public var evidence: [String]
    /// How to fix it, when masklint knows.
    public var fix: String?

    /// Creates a finding.
    public init(checkID: String, severity: Severity, message: String, location: FindingLocation,
                category: PIICategory? = nil, ruleID: String? = nil, value: SensitiveValue? = nil,
                evidence: [String] = [], fix: String? = nil) {
        self.checkID = checkID
        self.severity = severity
        self.message = message
        self.location = location
        self.category = category
        self.ruleID = ruleID
        self.value = value
        self.evidence = evidence
        self.fix = fix
    }
}

/// How serious a finding is; reporters and `--fail-on` use the order `note < warning < error`.
public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    case note
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where a finding is: a place in a text or HTML file, or a place in a recorded session.
public enum FindingLocation: Sendable, Hashable, CustomStringConvertible {
    /// A file (or standard input), with line and column or a byte offset, and for structured input
    /// a JSON pointer.
    case source(SourceLocation, jsonPointer: String? = nil)
    /// A message in a recording.
    case recording(RecordingLocation)

    public var description: String {
        switch self {
        case .source(let location, let pointer): location.description + (pointer.map { " (\($0))" } ?? "")
        case .recording(let location): location.description
        }
    }
}

/// A place in a recorded session: which session and file, which channel and message, when, and
/// (for DOM content) the CSS path of the rebuilt element.
public struct RecordingLocation: Sendable, Hashable, CustomStringConvertible {
    /// The session's id or directory name.
    public var session: String
    /// The file the message came from (`dom.mobs`, a batch file), when known.
    public var file: String?
    /// The channel: `dom-text`, `attribute`, `input-value`, `page-url`, `network`, `console`, ...
    public var channel: String
    /// The message type's name (`SetNodeData`), when the finding comes from one message.
    public var messageType: String?
    /// The 0-based index of the message in the session.
    public var messageIndex: Int?
    /// The message's timestamp (milliseconds since the epoch), when known.
    public var timestamp: UInt64?
    /// The CSS path of the rebuilt element, for DOM content.
    public var nodePath: String?
    /// The byte offset of the message in its (decompressed) file.
    public var byteOffset: Int?

    /// Creates a recording location.
    public init(session: String, file: String? = nil, channel: String, messageType: String? = nil,
                messageIndex: Int? = nil, timestamp: UInt64? = nil, nodePath: String? = nil, byteOffset: Int? = nil) {
        self.session = session
        self.file = file
        self.channel = channel
        self.messageType = messageType
        self.messageIndex = messageIndex
        self.timestamp = timestamp
        self.nodePath = nodePath
        self.byteOffset = byteOffset
    }

    public var description: String {
        var parts = [session + (file.map { "/\($0)" } ?? "")]
        if let byteOffset { parts[0] += "@\(byteOffset)" }
        parts.append(channel)
        if let messageType { parts.append(messageType + (messageIndex.map { "#\($0)" } ?? "")) }
        if let nodePath { parts.append(nodePath) }
        return parts.joined(separator: " ")
    }
}
