/// `user-id-is-pii`: the session's user id is an email address or a phone number.
///
/// OpenReplay indexes sessions by the user id (`setUserID`, `UserID` message, `SessionStart.UserID`)
/// and shows it in every list; it is meant to be an internal, immutable identifier. An email address
/// or phone number there is personal data in the one field that is never masked and is kept with
/// every session. A value counts when a detector finds an email address or phone number that is the
/// whole value, or when the value is a `+` and 7 to 15 digits (an E.164 number).
struct UserIDIsPIICheck: SessionCheck {
    static let description = SessionCheckDescription(
        id: "user-id-is-pii",
        name: "User ID Is PII",
        summary: "The session's user id is an email address or a phone number.",
        rationale: """
            The user id identifies a session's user in OpenReplay's lists, search and integrations, and \
            is never masked. Use the application's internal, immutable user id (a database key or a \
            UUID), not an email address or phone number, which are personal data and can change.
            """,
        severity: .error)

    static let inspectedMessageTypes: Set<MessageType> = [.userID, .sessionStart]

    mutating func inspect(_ message: RecordedMessage, in session: SessionState) {
        let range: StringRange
        switch message.body {
        case .userID(let id): range = id
        case .sessionStart(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, let userID): range = userID
        default: return
        }
        let text = message.text(range).trimmingWhitespace
        guard !text.isEmpty, let category = Self.wholeValueCategory(text, scanner: session.configuration.scanner) else { return }
        let value = SensitiveValue(text, category: category)
        session.report(key: Redaction.normalize(text, category: category), checkID: Self.description.id) {
            Finding(
                checkID: Self.description.id, severity: Self.description.severity,
                message: "The session's user id is \(category.article) (\(message.name)).",
                location: session.location(of: message, channel: .userID, node: nil), category: category,
                value: value, fix: "Pass the internal, immutable user id to setUserID.")
        }
    }

    /// `.email` or `.phone` when the whole of `text` (already trimmed) is such a value.
    static func wholeValueCategory(_ text: String, scanner: ValueScanner) -> PIICategory? {
        let length = text.utf8.count
        for detection in scanner.scan(text)
        where (detection.category == .email || detection.category == .phone) && detection.byteRange.count == length {
            return detection.category
        }
        let bytes = Array(text.utf8)
        if bytes.first == UInt8(ascii: "+"), (8...16).contains(bytes.count), bytes.dropFirst().allSatisfy(ASCII.isDigit) {
            return .phone
        }
        return nil
    }
}
