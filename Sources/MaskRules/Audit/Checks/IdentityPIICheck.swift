/// `pii-in-identity`: personal data in the session's identity fields: the user id (beyond a user id
/// that is wholly an email address or phone number, which `user-id-is-pii` reports), the anonymous
/// id (`UserAnonymousID`) and metadata (`Metadata` keys and values).
///
/// A metadata pair is also scanned as `key=value`, so that the keyed-value detectors see a value
/// under a key such as `password` or `first_name`.
struct IdentityPIICheck: SessionCheck {
    static let description = SessionCheckDescription(
        id: "pii-in-identity",
        name: "PII In Identity",
        summary: "Personal data in the session's user id, anonymous id or metadata.",
        rationale: """
            Identity fields are sent by the application (`setUserID`, `setUserAnonymousID`, \
            `setMetadata`), are never masked, and are stored and indexed with the session. Send \
            internal ids and non-personal attributes only.
            """,
        severity: .error)

    mutating func inspect(_ strings: [ScannedString], in session: SessionState) {
        for string in strings where !string.detections.isEmpty && DetectedPIICheck.identityChannels.contains(string.channel) {
            if string.channel == .userID,
               UserIDIsPIICheck.wholeValueCategory(string.text.trimmingWhitespace, scanner: session.configuration.scanner) != nil {
                continue
            }
            DetectedPIICheck.report(string, in: session, checkID: Self.description.id, severity: Self.description.severity)
        }
    }
}
