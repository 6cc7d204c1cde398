/// `plain-pii-field`: a value typed into a field that holds personal data was recorded unmasked.
///
/// The tracker sends a field's value plain in `SetInputValue` with mask 0 (and in `InputChange` with
/// `ValueMasked` false). That is a leak when the field classifier, run on the rebuilt page with the
/// rule set, sees PII in the field (its type, autocomplete token, name or label), or when the masking
/// model says the tracker had to obscure or hide it. One finding per field and page; the longest
/// value recorded (the whole input, when it was typed a keystroke at a time) is the one kept.
struct PlainPIIFieldCheck: SessionCheck {
    static let description = SessionCheckDescription(
        id: "plain-pii-field",
        name: "Plain PII Field",
        summary: "The value of a field that holds personal data was recorded unmasked.",
        rationale: """
            OpenReplay obscures input values by default (`defaultInputMode: Obscured`); a value recorded \
            plain means the application set `defaultInputMode` to Plain, or the field escaped every \
            heuristic. Obscure or hide the field: add `data-openreplay-obscured` (or `-hidden`), or \
            deploy the tracker configuration `masklint compile` generates from the rule set, whose \
            `domSanitizer` masks every field the rules name.
            """,
        severity: .error)

    static let inspectedMessageTypes: Set<MessageType> = [.setInputValue, .inputChange]

    mutating func inspect(_ message: RecordedMessage, in session: SessionState) {
        guard let plain = session.plainFieldValue, let assessment = plain.assessment else { return }
        let id = plain.id
        let value = SensitiveValue(plain.value, category: assessment.category)
        let node = NodeReference(id: id, isText: false)
        let subject = assessment.category.map { "A field holding \($0.article)" } ?? "A field the tracker must mask"
        session.report(key: "\(session.dom.pageCount)|\(id)", checkID: Self.description.id, value: value,
                       keepLongestValue: true) {
            Finding(
                checkID: Self.description.id, severity: Self.description.severity,
                message: "\(subject) had its value recorded unmasked (\(message.name) without a mask).",
                location: session.location(of: message, channel: .inputValue, node: node),
                category: assessment.category, ruleID: assessment.ruleID, value: value, evidence: assessment.evidence,
                fix: "Obscure or hide the field: data-openreplay-obscured, or the configuration `masklint compile` generates.")
        }
    }
}
