/// Whether a form field of a rebuilt page must not have its value recorded, and why: the field
/// classifier sees PII in it, or the masking model says the tracker had to obscure or hide it
/// (`data-openreplay-*` attributes, or a rule of the rule set through the generated `domSanitizer`).
struct FieldAssessment {
    /// The PII category, when one is known.
    let category: PIICategory?
    /// The rule that applies, when one does.
    let ruleID: String?
    /// The level the masking model gives the field.
    let level: MaskingLevel
    /// Why, as short statements that quote markup only.
    let evidence: [String]

    /// The assessment of `element`, or `nil` when nothing says its value is personal data.
    static func of(_ element: RebuiltElement, in session: SessionState) -> FieldAssessment? {
        let classification = session.classification(of: element)
        let level = session.level(of: element)
        guard classification?.category != nil || level >= .obscured else { return nil }
        var evidence = classification?.evidence.map(\.description) ?? []
        var category = classification?.category
        var ruleID = classification?.evidence.first?.ruleID
        if level >= .obscured {
            let demand = session.configuration.maskingModel.demand(for: element)
            if let match = demand.matches.max(by: { $0.level < $1.level }) {
                category = category ?? match.category
                ruleID = ruleID ?? match.ruleID
            }
            evidence.append("masking level \(level.name) under the rule set and tracker options")
        }
        return FieldAssessment(category: category, ruleID: ruleID, level: level, evidence: evidence)
    }

    /// The value a message records plain for a field: `SetInputValue` with mask 0 or an
    /// `InputChange` not marked masked, with a non-empty value; `nil` for other messages.
    static func plainValue(in message: RecordedMessage) -> (id: UInt64, value: String)? {
        switch message.body {
        case .setInputValue(let id, let value, let mask) where mask == 0 && !value.isEmpty:
            (id, message.text(value))
        case .inputChange(let id, let value, let masked, _, _, _) where !masked && !value.isEmpty:
            (id, message.text(value))
        default:
            nil
        }
    }
}

/// A value a message records plain for a form field (see `FieldAssessment.plainValue(in:)`), with the
/// assessment of the field: worked out once per message for the checks that judge such values.
struct PlainFieldValue {
    /// The field's recorded id.
    let id: UInt64
    /// The value recorded.
    let value: String
    /// Why the field's value is personal data; `nil` when nothing says it is, when the field is not in
    /// the page, and when the page is no longer reliable.
    let assessment: FieldAssessment?

    /// The plain field value `message` records, or `nil` when it records none; ask after the page
    /// applied the message.
    init?(_ message: RecordedMessage, in session: SessionState) {
        guard let (id, value) = FieldAssessment.plainValue(in: message) else { return nil }
        self.id = id
        self.value = value
        if let element = session.dom.element(withID: id), session.isPageReliable {
            assessment = FieldAssessment.of(element, in: session)
        } else {
            assessment = nil
        }
    }
}
