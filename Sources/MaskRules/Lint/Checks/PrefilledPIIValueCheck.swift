/// A masked field whose rendered value already holds PII.
public struct PrefilledPIIValueCheck: LintCheck {
    public static let description = CheckDescription(
        id: "prefilled-pii-value",
        name: "Prefilled PII Value",
        summary: "A masked field already holds PII in the page's markup: its value attribute or initial text.",
        rationale: """
            Masking a field protects what users type; it does nothing for a value the server renders \
            into the page. The tracker sends an obscured field's length on every value poll, the value \
            stays in the page source, in rendered snapshots committed to the repository and in any \
            other script on the page, and the field is one attribute change away from recording it \
            plain. In test fixtures and component snapshots it usually means real data was used where \
            fake data belongs.

            A field that records the rendered value plain is reported by `unmasked-pii-field` instead, \
            and a `<textarea>` whose initial text is recorded plain by `pii-in-text`. Fix it by \
            rendering the field empty (let the browser's autofill fill it), or with obviously fake data \
            in fixtures.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            #"<label>Email ↓<input type="email" name="email" value="alice@example.com"></label>"#,
            #"<label>Notes ↓<textarea name="notes" data-openreplay-obscured>Call +1 415 555 0132</textarea></label>"#,
        ],
        nonTriggeringExamples: [
            #"<label>Email <input type="email" name="email" value=""></label>"#,
            #"<label>Quantity <input type="number" name="qty" value="2"></label>"#,
            #"<input type="hidden" name="user" value="alice@example.com">"#,
        ])

    public init() {}

    public func findings(in document: LintDocument) -> [Finding] {
        document.fields.compactMap { field in
            guard let pii = field.prefilledPII.first, !UnmaskedPIIFieldCheck.isRecordedPlain(field) else { return nil }
            let masking: MaskingLevel
            if let mode = field.prefilledValueMode {
                masking = MaskingLevel(rawValue: mode.rawValue) ?? .plain
            } else if field.kind == .textarea {
                masking = field.level
            } else {
                return nil
            }
            guard masking > .plain else { return nil }
            let isText = field.kind == .textarea
            return finding(
                Message.prefilled(field: field.element.description, pii: pii, masking: masking, isText: isText),
                at: field.element.sourceLocation, in: document, category: pii.category, ruleID: pii.ruleID, value: pii.value,
                fix: Message.fix)
        }
    }
}

extension PrefilledPIIValueCheck {
    enum Message {
        static func prefilled(field: String, pii: DetectedPII, masking: MaskingLevel, isText: Bool) -> String {
            let sent = masking == .hidden ? "OpenReplay sends nothing of it" : "OpenReplay sends its length"
            return "\(field) is masked (\(masking)), but its \(isText ? "initial text" : "value attribute") already holds "
                + "\(pii.category.article): \(sent), and the value is in the page's markup"
        }

        static let fix = "render the field empty, or use obviously fake data in fixtures and snapshots"
    }
}
