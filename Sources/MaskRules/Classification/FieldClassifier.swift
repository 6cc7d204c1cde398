/// Decides what PII a form field holds, and why, from the rule set: selectors, input-name patterns
/// and label vocabulary applied to its `<label>` (by `for` or by nesting), `aria-labelledby`,
/// `aria-label`, `placeholder`, `title` and nearby text.
///
/// The linter asks it which fields hold PII; the auditor asks it the same of rebuilt pages. Evidence
/// never quotes a label's full text (a placeholder may hold an example value): it names the source
/// and the vocabulary term that matched.
public struct FieldClassifier: Sendable {
    /// The rule set the classifier applies.
    public let ruleSet: RuleSet
    private let selectorRules: [SelectorRule]
    private let inputNameRules: [InputNameRule]
    private let labelRules: [LabelRule]

    /// The longest nearby text taken as a label; longer text is content, not a label.
    public static let maximumNearbyTextLength = 80

    /// Creates a classifier for a rule set.
    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        selectorRules = ruleSet.categories.flatMap(\.selectors)
        inputNameRules = ruleSet.categories.flatMap(\.inputNames)
        labelRules = ruleSet.categories.flatMap(\.labels)
    }

    /// Index of `<label for>` elements of a document, built once and shared by all its fields.
    public struct LabelIndex<Element: ClassifiableElement> {
        private var labels: [Key: [Element]] = [:]
        private struct Key: Hashable {
            let scope: Int
            let id: String
        }

        /// Indexes the `<label for>` elements among `elements`.
        public init(_ elements: some Sequence<Element>) {
            for element in elements where element.isHTMLElement && element.localName == "label" {
                guard let target = element.attributeValue("for"), !target.isEmpty else { continue }
                labels[Key(scope: element.treeScopeKey, id: target), default: []].append(element)
            }
        }

        /// The labels whose `for` names `element`'s id.
        public func labels(for element: Element) -> [Element] {
            guard let id = element.attributeValue("id"), !id.isEmpty else { return [] }
            return labels[Key(scope: element.treeScopeKey, id: id)] ?? []
        }
    }

    /// Classifies a form field, or returns `nil` when the element is not a form control or editable region.
    /// - Parameters:
    ///   - element: The element.
    ///   - labels: The document's label index.
    /// - Returns: the classification; `problems` lists patterns that hit their limits (the field is then not verified).
    public func classify<Element: ClassifiableElement>(_ element: Element, labels: LabelIndex<Element>)
        -> (classification: FieldClassification, problems: [PatternError])?
    {
        guard let kind = FormFieldKind.of(element) else { return nil }
        var evidence: [FieldEvidence] = []
        var problems: [PatternError] = []
        for rule in selectorRules where rule.selector.matches(element) {
            evidence.append(FieldEvidence(category: rule.header.category, ruleID: rule.header.id, level: rule.header.level,
                                          strength: .selector, detail: "matches `\(rule.source)`"))
        }
        for rule in inputNameRules {
            for attribute in rule.attributes {
                guard let value = element.attributeValue(attribute), !value.isEmpty else { continue }
                do {
                    guard try rule.pattern.matches(value) else { continue }
                    evidence.append(FieldEvidence(category: rule.header.category, ruleID: rule.header.id,
                                                  level: rule.header.level, strength: .inputName,
                                                  detail: "\(attribute)=\"\(Self.clip(MarkupIdentifier.shown(value)))\""))
                    break
                } catch {
                    problems.append(error)
                }
            }
        }
        let fieldLabels = labelTexts(of: element, labels: labels)
        let foldedLabels = fieldLabels.map { LabelVocabulary.FoldedText($0.text) }
        for rule in labelRules {
            for (label, folded) in zip(fieldLabels, foldedLabels) {
                guard let term = rule.vocabulary.firstMatch(in: folded) else { continue }
                evidence.append(FieldEvidence(category: rule.header.category, ruleID: rule.header.id, level: rule.header.level,
                                              strength: .label, detail: "\(label.source.rawValue) mentions \"\(term.text)\""))
                break
            }
        }
        evidence.sort { lhs, rhs in
            (lhs.strength, lhs.level, rhs.category) > (rhs.strength, rhs.level, lhs.category)
        }
        return (FieldClassification(kind: kind, evidence: evidence, labels: fieldLabels), problems)
    }

    /// The label texts of a field, in `LabelSource` order, each with its source.
    public func labelTexts<Element: ClassifiableElement>(of element: Element, labels: LabelIndex<Element>) -> [FieldLabel] {
        var result: [FieldLabel] = []
        func add(_ source: LabelSource, _ text: String?) {
            guard let text else { return }
            let collapsed = Self.collapse(text)
            if !collapsed.isEmpty { result.append(FieldLabel(source: source, text: collapsed)) }
        }
        for label in labels.labels(for: element) { add(.labelFor, label.textContent) }
        var ancestor = element.parentElement
        while let current = ancestor {
            if current.isHTMLElement && current.localName == "label" {
                add(.enclosingLabel, current.textContent)
                break
            }
            ancestor = current.parentElement
        }
        if let ids = element.attributeValue("aria-labelledby") {
            let texts = ids.split(separator: " ").compactMap { element.elementInTreeScope(withID: String($0))?.textContent }
            add(.ariaLabelledBy, texts.joined(separator: " "))
        }
        add(.ariaLabel, element.attributeValue("aria-label"))
        add(.placeholder, element.attributeValue("placeholder"))
        add(.title, element.attributeValue("title"))
        add(.nearbyText, nearbyText(of: element))
        return result
    }

    /// Text just before the field: its own preceding text, its previous sibling's, or, when it is
    /// the first thing in its container, the previous sibling of the container (table cells,
    /// definition lists, label columns of grid layouts).
    private func nearbyText<Element: ClassifiableElement>(of element: Element) -> String? {
        func short(_ text: String) -> String? {
            let collapsed = Self.collapse(text)
            return collapsed.isEmpty || collapsed.count > Self.maximumNearbyTextLength ? nil : collapsed
        }
        if let text = short(element.precedingSiblingText) { return text }
        if let previous = element.previousElementSibling {
            // Another field, or a label (which names its own control), is not this field's label.
            let isLabel = previous.isHTMLElement && previous.localName == "label"
            return FormFieldKind.of(previous) == nil && !isLabel ? short(previous.textContent) : nil
        }
        guard let parent = element.parentElement else { return nil }
        if let text = short(parent.precedingSiblingText) { return text }
        if let previous = parent.previousElementSibling { return short(previous.textContent) }
        return nil
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Attribute values are markup, not user data, but are still clipped for readable messages.
    static func clip(_ value: String) -> String {
        value.count > 60 ? String(value.prefix(57)) + "..." : value
    }
}
