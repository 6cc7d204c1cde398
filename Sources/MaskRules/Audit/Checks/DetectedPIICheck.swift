/// `pii-in-recording`: personal data found by the rule set's detectors in any string the recording
/// carries.
///
/// Every string field of every message is scanned, in every decoded view (percent, JSON, HTML
/// entities, form bodies, base64): text nodes, attribute values and the attribute dictionaries,
/// style sheets, selections, click labels and selectors (CSS escapes removed first), page URLs,
/// referrers and titles, batch header URLs, console messages, network URLs, headers and bodies,
/// websocket messages, state payloads, custom events, exceptions. User ids, anonymous ids and
/// metadata are left to `pii-in-identity` and `user-id-is-pii`.
///
/// A dictionary string (`StringDictGlobal` and its predecessors) that holds a value is reported at
/// the attribute that uses it, where the element is known; a dictionary string no attribute uses is
/// reported where it is defined.
struct DetectedPIICheck: SessionCheck {
    static let description = SessionCheckDescription(
        id: "pii-in-recording",
        name: "PII In Recording",
        summary: "A detector found personal data in a string the recording carries.",
        rationale: """
            Whatever a recording carries is stored by OpenReplay and replayed to everyone with access to \
            the project. The tracker masks input values and, if configured, text; it does not mask \
            attribute values, URLs, titles, selections, console output, network data or application \
            events. Find where the value entered the recording (the channel and message say which \
            field) and remove it at the source: obscure or hide the element, sanitise the URL or the \
            network payload, or stop logging it.
            """,
        severity: .error)

    /// The channels the identity checks own.
    static let identityChannels: Set<StringChannel> = [.userID, .anonymousID, .metadata]

    /// Dictionary strings with detected values that no attribute has used yet, by their bytes.
    private var unusedDictionaryStrings: [[UInt8]: ScannedString] = [:]
    private var unusedOrder: [[UInt8]] = []

    mutating func inspect(_ strings: [ScannedString], in session: SessionState) {
        for string in strings where !string.detections.isEmpty && !Self.identityChannels.contains(string.channel) {
            switch string.channel {
            case .attributeDictionary:
                if unusedDictionaryStrings[string.bytes] == nil {
                    unusedDictionaryStrings[string.bytes] = string
                    unusedOrder.append(string.bytes)
                }
            case .attribute where string.message.hasResolvedAttribute:
                unusedDictionaryStrings[string.bytes] = nil
                Self.report(string, in: session)
            default:
                Self.report(string, in: session)
            }
        }
    }

    mutating func finish(in session: SessionState) {
        for bytes in unusedOrder {
            if let string = unusedDictionaryStrings[bytes] { Self.report(string, in: session) }
        }
    }

    /// Reports each value detected in `string`.
    static func report(_ string: ScannedString, in session: SessionState, checkID: String = description.id,
                       severity: Severity = description.severity) {
        for detection in string.detections {
            let value = SensitiveValue(detection.value, category: detection.category)
            let ruleID = session.configuration.ruleID(of: detection)
            let key = "\(string.channel.rawValue)|\(ruleID)|\(Redaction.normalize(detection.value, category: detection.category))"
            session.report(key: key, checkID: checkID) {
                var evidence = ["detector \(detection.detectorID)", "field \(string.message.name).\(string.field)"]
                if detection.encoding != .plain { evidence.append("decoded from \(detection.encoding.rawValue)") }
                return Finding(
                    checkID: checkID, severity: severity,
                    message: "\(detection.category.article.sentenceCased) was recorded in \(string.channel.rawValue) (\(string.message.name).\(string.field)).",
                    location: session.location(of: string.message, channel: string.channel, node: string.node),
                    category: detection.category, ruleID: ruleID, value: value, evidence: evidence)
            }
        }
    }
}
