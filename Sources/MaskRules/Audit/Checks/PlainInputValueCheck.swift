/// `plain-input-value`: a value typed into a field that nothing marks as personal data was recorded
/// unmasked. A note, not a leak: search boxes and filters are often meant to be recorded, but every
/// such field is listed so that a reviewer can confirm it (the detectors and canaries still check
/// the values themselves).
struct PlainInputValueCheck: SessionCheck {
    static let description = SessionCheckDescription(
        id: "plain-input-value",
        name: "Plain Input Value",
        summary: "A field's value was recorded unmasked; nothing marks the field as holding personal data.",
        rationale: """
            With OpenReplay's default `defaultInputMode: Obscured` no value is recorded plain, so a plain \
            value shows that the application records input values on purpose. Confirm that the field \
            cannot hold personal data (a search box can: people search for names and emails), or mask it.
            """,
        severity: .note)

    static let inspectedMessageTypes: Set<MessageType> = [.setInputValue, .inputChange]

    mutating func inspect(_ message: RecordedMessage, in session: SessionState) {
        guard let plain = session.plainFieldValue, plain.assessment == nil else { return }
        let id = plain.id
        let value = SensitiveValue(plain.value, category: nil)
        let node = NodeReference(id: id, isText: false)
        session.report(key: "\(session.dom.pageCount)|\(id)", checkID: Self.description.id, value: value,
                       keepLongestValue: true) {
            Finding(
                checkID: Self.description.id, severity: Self.description.severity,
                message: "A field's value was recorded unmasked (\(message.name) without a mask); the rule set does not mark the field as personal data.",
                location: session.location(of: message, channel: .inputValue, node: node), value: value)
        }
    }
}
