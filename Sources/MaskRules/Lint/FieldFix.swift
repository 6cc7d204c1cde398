import Synchronization

/// How to fix a field the tracker records less masked than the rule set demands: the
/// `data-openreplay-*` attribute that masks it, and, when the evidence is something the tracker
/// cannot see (a label, a rendered value), a standard attribute that a rule of the loaded rule set
/// recognises, so that the generated `domSanitizer` masks the field wherever it is used.
enum FieldFix {
    /// The attribute that gives an element `level`.
    static func maskingAttribute(for level: MaskingLevel) -> OpenReplayAttribute {
        level == .hidden ? .hidden : .obscured
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
    static func declarativeAttribute(
        for field: LintedField, required: MaskingLevel, model: MaskingModel, cache: Cache? = nil
    ) -> (attribute: String, ruleID: String?)? {
        guard field.kind == .input || field.kind == .textarea || field.kind == .select else { return nil }
        let candidate: String?
        if let evidence = field.classification.evidence.first {
            // The label rules of one category can all fire ("First name" mentions "name" too): the
            // most specific one names the attribute.
            let hits = field.classification.evidence.filter { $0.category == evidence.category }.compactMap { attributesByLabelRule[$0.ruleID] }
            candidate = evidence.strength > .label ? attributesByLabelRule[evidence.ruleID] : (hits.first { $0 != Self.genericNameAttribute } ?? hits.first)
        } else {
            candidate = field.category.flatMap { attributesByCategory[$0] }
        }
        guard let candidate, !(field.element.localName != "input" && candidate.hasPrefix("type=")) else { return nil }
        let key = Cache.Key(tag: field.element.localName, attribute: candidate)
        let outcome = cache?.outcome(for: key) { evaluate(key, model: model) } ?? evaluate(key, model: model)
        guard let outcome, let mode = outcome.mode, mode.rawValue >= required.rawValue else { return nil }
        return (candidate, outcome.ruleID)
    }

    /// How the tracker would record a bare `<tag attribute>` under `model`: its least protective
    /// input mode and the strongest rule that matches it; `nil` when the snippet yields no such element.
    private static func evaluate(_ key: Cache.Key, model: MaskingModel) -> Cache.Outcome? {
        let snippet = "<\(key.tag) \(key.attribute)>"
        guard let document = try? HTMLParser().parse(snippet),
              let element = document.allElements.first(where: { $0.localName == key.tag })
        else { return nil }
        let level = model.level(of: element)
        let rule = model.demand(for: element).matches.max { $0.level < $1.level }
        return Cache.Outcome(mode: model.minimumInputMode(for: element, level: level), ruleID: rule?.ruleID)
    }

    /// The evaluations of `<tag attribute>` snippets under one linter's model, kept for all its pages:
    /// the same few tags and attributes come back for every field a fix is proposed for, and each
    /// evaluation parses the snippet. Safe to share between tasks.
    final class Cache: Sendable {
        struct Key: Hashable, Sendable {
            let tag: String
            let attribute: String
        }

        struct Outcome: Sendable {
            let mode: InputMaskingMode?
            let ruleID: String?
        }

        private let outcomes = Mutex<[Key: Outcome?]>([:])

        /// The outcome for `key`, evaluated with `evaluate` the first time.
        func outcome(for key: Key, _ evaluate: () -> Outcome?) -> Outcome? {
            if let known = outcomes.withLock({ $0[key] }) { return known }
            let outcome = evaluate()
            outcomes.withLock { $0[key] = outcome }
            return outcome
        }
    }

    /// The fix, as one clause: `add data-openreplay-hidden to the field, or autocomplete="cc-csc"
    /// (rule payment.autocomplete-security-code)`.
    static func text(for field: LintedField, required: MaskingLevel, model: MaskingModel, cache: Cache? = nil) -> String {
        var text = "add \(maskingAttribute(for: required).rawValue) to the \(field.kind == .editableRegion ? "region" : "field")"
        if let declarative = declarativeAttribute(for: field, required: required, model: model, cache: cache) {
            text += ", or \(declarative.attribute)"
            if let ruleID = declarative.ruleID { text += " (rule \(ruleID))" }
        }
        return text
    }
}
