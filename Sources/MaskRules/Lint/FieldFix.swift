import Synchronization

/// The attribute that masks an element at a level, for the fixes the checks suggest.
enum FieldFix {
    /// The attribute that gives an element `level`.
    static func maskingAttribute(for level: MaskingLevel) -> OpenReplayAttribute {
        level == .hidden ? .hidden : .obscured
    }
}

/// How to fix a field the tracker records less masked than the rule set demands: the
/// `data-openreplay-*` attribute that masks it, and, when the evidence is something the tracker
/// cannot see (a label, a rendered value), a standard attribute that a rule of the loaded rule set
/// recognises, so that the generated `domSanitizer` masks the field wherever it is used.
///
/// One suggester per model: it keeps how the model treats each `<tag attribute>` snippet it has
/// tried (the same few come back for every field a fix is proposed for, and each try parses the
/// snippet), for all the pages linted with that model. Safe to share between tasks.
final class FieldFixSuggester: Sendable {
    /// The tracker the suggested attributes are checked against.
    let model: MaskingModel
    private let outcomes = Mutex<[Key: Outcome?]>([:])

    private struct Key: Hashable, Sendable {
        let tag: String
        let attribute: String
    }

    private struct Outcome: Sendable {
        let mode: InputMaskingMode?
        let ruleID: String?
    }

    /// Creates a suggester for the tracker `model`.
    init(model: MaskingModel) {
        self.model = model
    }

    /// Standard attributes that say what a field holds, by the bundled label rule that found it.
    private static let attributesByLabelRule: [String: String] = [
        "email.label": #"autocomplete="email""#,
        "email.username-label": #"autocomplete="username""#,
        "name.full-name-label": #"autocomplete="name""#,
        "name.given-name-label": #"autocomplete="given-name""#,
        "name.family-name-label": #"autocomplete="family-name""#,
        "password.password-label": #"type="password""#,
        "password.pin-label": #"type="password""#,
        "password.one-time-code-label": #"autocomplete="one-time-code""#,
        "password.security-answer-label": #"type="password""#,
        "password.api-secret-label": #"type="password""#,
        "payment.card-number-label": #"autocomplete="cc-number""#,
        "payment.card-security-code-label": #"autocomplete="cc-csc""#,
        "payment.card-expiry-label": #"autocomplete="cc-exp""#,
        "payment.cardholder-label": #"autocomplete="cc-name""#,
        "phone.label": #"type="tel""#,
    ]

    /// What `name.full-name-label` suggests, which more specific name labels refine.
    private static let genericNameAttribute = #"autocomplete="name""#

    /// Standard attributes for a field whose category is known only from its rendered value.
    private static let attributesByCategory: [PIICategory: String] = [
        .email: #"autocomplete="email""#,
        .name: #"autocomplete="name""#,
        .phone: #"type="tel""#,
    ]

    /// A standard attribute that, added to `field`, makes the tracker record it at least at
    /// `required` under `model` (checked by asking the model about a field carrying only that
    /// attribute), and the rule that recognises it; `nil` when there is none.
    func declarativeAttribute(for field: LintedField, required: MaskingLevel) -> (attribute: String, ruleID: String?)? {
        guard field.kind == .input || field.kind == .textarea || field.kind == .select else { return nil }
        let candidate: String?
        if let evidence = field.classification.evidence.first {
            // The label rules of one category can all fire ("First name" mentions "name" too): the
            // most specific one names the attribute.
            let hits = field.classification.evidence.filter { $0.category == evidence.category }.compactMap { Self.attributesByLabelRule[$0.ruleID] }
            candidate = evidence.strength > .label ? Self.attributesByLabelRule[evidence.ruleID] : (hits.first { $0 != Self.genericNameAttribute } ?? hits.first)
        } else {
            candidate = field.category.flatMap { Self.attributesByCategory[$0] }
        }
        guard let candidate, !(field.element.localName != "input" && candidate.hasPrefix("type=")) else { return nil }
        guard let outcome = outcome(for: Key(tag: field.element.localName, attribute: candidate)), let mode = outcome.mode, mode.rawValue >= required.rawValue else { return nil }
        return (candidate, outcome.ruleID)
    }

    /// How the tracker records a bare `<tag attribute>`, evaluated the first time it is asked for.
    private func outcome(for key: Key) -> Outcome? {
        if let known = outcomes.withLock({ $0[key] }) { return known }
        let outcome = evaluate(key)
        outcomes.withLock { $0[key] = outcome }
        return outcome
    }

    /// How the tracker would record a bare `<tag attribute>` under `model`: its least protective
    /// input mode and the strongest rule that matches it; `nil` when the snippet yields no such element.
    private func evaluate(_ key: Key) -> Outcome? {
        let snippet = "<\(key.tag) \(key.attribute)>"
        guard let document = try? HTMLParser().parse(snippet),
              let element = document.allElements.first(where: { $0.localName == key.tag })
        else { return nil }
        let level = model.level(of: element)
        let rule = model.demand(for: element).matches.max { $0.level < $1.level }
        return Outcome(mode: model.minimumInputMode(for: element, level: level), ruleID: rule?.ruleID)
    }

    /// The fix, as one clause: `add data-openreplay-hidden to the field, or autocomplete="cc-csc"
    /// (rule payment.autocomplete-security-code)`.
    func text(for field: LintedField, required: MaskingLevel) -> String {
        var text = "add \(FieldFix.maskingAttribute(for: required).rawValue) to the \(field.kind == .editableRegion ? "region" : "field")"
        if let declarative = declarativeAttribute(for: field, required: required) {
            text += ", or \(declarative.attribute)"
            if let ruleID = declarative.ruleID { text += " (rule \(ruleID))" }
        }
        return text
    }
}
