/// A form field or editable region that holds PII, recorded plain.
public struct UnmaskedPIIFieldCheck: LintCheck {
    public static let description = CheckDescription(
        id: "unmasked-pii-field",
        name: "Unmasked PII Field",
        summary: "A form field or editable region holds PII, but OpenReplay would record what the user types in it as typed.",
        rationale: """
            masklint decides what a field holds from everything a person filling the form sees and \
            everything the markup declares: autocomplete tokens and input types, `name` and `id` \
            patterns, the rule set's label vocabulary applied to its `<label>` (by `for` or by nesting), \
            `aria-labelledby`, `aria-label`, `placeholder`, `title` and nearby text, and PII already \
            rendered into its value. It then asks the tracker model what OpenReplay records of a value \
            typed into the field under the compiled configuration: the field's level (from \
            `data-openreplay-*` attributes on it and its ancestors and from the generated \
            `domSanitizer`), password inputs always hidden, `defaultInputMode`, and the \
            `obscureInputEmails`/`obscureInputNumbers` heuristics, which depend on the value (a field \
            counts as masked only as far as the least protected typical value of its category is). \
            Text typed into a `contenteditable` region is sent as page text at the region's level.

            The tracker cannot see labels, so a field recognised only by its label (a misleading \
            `name="field_7"` labelled "Social Security Number") is recorded as any other field. The \
            message names the category, the evidence, the level the rule set requires and the fix: the \
            `data-openreplay-*` attribute that masks the field, or a standard attribute that a rule of \
            the rule set recognises, so that the generated configuration masks the field everywhere.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            """
            <label for="who">Full name</label>
            ↓<input id="who" name="f1">
            """,
            """
            <label>Telefonnummer ↓<input name="kontakt"></label>
            """,
            """
            <p>Note for the courier</p>
            ↓<div contenteditable="true" aria-label="Your phone number"></div>
            """,
            // The strict profile obscures every input value, but not text typed into editable regions.
            CheckExample(#"↓<div contenteditable aria-label="Full name"></div>"#, profile: .strict),
        ],
        nonTriggeringExamples: [
            #"<input name="coupon" placeholder="Coupon code">"#,
            #"<label>Quantity <input type="number" name="qty" value="2"></label>"#,
            #"<input type="search" name="q" aria-label="Search">"#,
            #"<label for="who">Full name</label> <input id="who" name="f1" data-openreplay-obscured>"#,
            #"<input name="f1" autocomplete="name">"#,
            #"<div data-openreplay-obscured><label>Full name <input name="f1"></label></div>"#,
            // The email heuristic obscures every value with an `@`.
            #"<label>Email <input type="text" name="f2"></label>"#,
            // privateMode obscures every field.
            CheckExample(#"<label>Full name <input name="f1"></label>"#, privateMode: true),
        ])

    public init() {}

    public func findings(in document: LintDocument) -> [Finding] {
        document.fields.compactMap { field in
            guard let category = field.category, field.requiredLevel > .plain, Self.isRecordedPlain(field) else { return nil }
            let fix = document.fieldFixes.text(for: field, required: field.requiredLevel)
            return finding(
                Message.recordedPlain(
                    field: field.element.description, category: category, isRegion: field.kind == .editableRegion,
                    required: field.requiredLevel),
                at: field.element.sourceLocation, in: document, category: category, ruleID: field.ruleID,
                value: field.prefilledPII.first?.value, evidence: field.evidence, fix: fix)
        }
    }
}

extension UnmaskedPIIFieldCheck {
    /// Whether typical values of the field's category are recorded plain, or the PII the page
    /// rendered into its `value` is.
    static func isRecordedPlain(_ field: LintedField) -> Bool {
        field.recording.protection == .plain || (field.prefilledValueMode == .plain && !field.prefilledPII.isEmpty)
    }

    enum Message {
        static func recordedPlain(
            field: String, category: PIICategory, isRegion: Bool, required: MaskingLevel
        ) -> String {
            let what = isRegion ? "typed text is sent as page text" : "its value is sent as typed"
            return "\(category.displayName) \(isRegion ? "region" : "field") \(field) is recorded plain (\(what)); "
                + "the rule set requires \(required)"
        }
    }
}
