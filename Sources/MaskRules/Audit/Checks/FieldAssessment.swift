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
