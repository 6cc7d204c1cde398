/// A field whose PII must be hidden, recorded obscured: the value's length reaches the recording.
public struct WeaklyMaskedPIIFieldCheck: LintCheck {
    public static let description = CheckDescription(
        id: "weakly-masked-pii-field",
        name: "Weakly Masked PII Field",
        summary: "A field that the rule set says must be hidden is only obscured: OpenReplay sends the length of what is typed, as it is typed.",
        rationale: """
            An obscured field sends `SetInputValue(id, "", length)` and re-sends it on every value poll \
            (about every 90 ms), so the recording holds the value's length and the typing rhythm. For \
            card numbers, security codes, passwords and Social Security numbers the rule set requires \
            `hidden`, which sends nothing. This happens when such a field is recognised only by its \
            label or value, which the tracker cannot see, and a heuristic or the strict profile's \
            `defaultInputMode` obscures it instead (the number heuristic obscures any value with four \
            digits in a row).

            Fix it with `data-openreplay-hidden` on the field (the field becomes an empty box of its \
            size), or with a standard attribute that a hidden rule recognises (`autocomplete="cc-number"`, \
            `type="password"`).
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            """
            <label for="f7">Social Security Number</label>
            ↓<input id="f7" name="field_7">
            """,
            CheckExample(#"<label>Card number ↓<input name="f4"></label>"#, profile: .strict),
        ],
        nonTriggeringExamples: [
            #"<label>Password <input type="password" name="f5"></label>"#,
            #"<label>Card number <input name="f4" data-openreplay-hidden></label>"#,
            #"<input autocomplete="cc-number" name="f4">"#,
            #"<input type="email" name="contact">"#,
            CheckExample(#"<input name="qty" type="number">"#, profile: .strict),
        ])

    public init() {}

    public func findings(in document: LintDocument) -> [Finding] {
        document.fields.compactMap { field in
            guard let category = field.category, field.requiredLevel == .hidden, field.recording.protection == .obscured
            else { return nil }
            let fix = document.fieldFixes.text(for: field, required: .hidden)
            return finding(
                Message.recordedObscured(
                    field: field.element.description, category: category, isRegion: field.kind == .editableRegion),
                at: field.element.sourceLocation, in: document, category: category, ruleID: field.ruleID,
                value: field.prefilledPII.first?.value, evidence: field.evidence, fix: fix)
        }
    }
}

extension WeaklyMaskedPIIFieldCheck {
    enum Message {
        static func recordedObscured(field: String, category: PIICategory, isRegion: Bool) -> String {
            let what = isRegion ? "its text is sent as stars" : "its length is sent"
            return "\(category.displayName) \(isRegion ? "region" : "field") \(field) is only obscured (\(what)); "
                + "the rule set requires hidden"
        }
    }
}
