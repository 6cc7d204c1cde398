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
    private let labelMatcher: LabelTermMatcher
    /// Per selector rule, the detail of its evidence (`matches `input[type=email]``), built once.
    private let selectorDetails: [String]
    /// Every attribute an input-name rule reads, each once, and per rule the positions of its
    /// attributes in that list: a field's attributes are looked up once, not once per rule.
    ///
    /// Not `CompiledMaskingRules.fieldAttributes`: that list holds the attributes of the rules that
    /// demand a level (the ones the tracker's `domSanitizer` is compiled from); the classifier also
    /// applies input-name rules at level `plain`, which name PII without demanding masking.
    private let inputNameAttributes: [String]
    private let inputNameAttributePositions: [[Int]]
    /// The input-name rules' required literals, tested once per attribute value for all rules.
    private let inputNameScreen: LiteralScreen?

    /// The longest nearby text taken as a label; longer text is content, not a label.
    public static let maximumNearbyTextLength = 80

    /// Creates a classifier for a rule set.
    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        selectorRules = ruleSet.categories.flatMap(\.selectors)
        inputNameRules = ruleSet.categories.flatMap(\.inputNames)
        labelRules = ruleSet.categories.flatMap(\.labels)
        labelMatcher = LabelTermMatcher(labelRules.map(\.vocabulary))
        selectorDetails = selectorRules.map { "matches `\($0.source)`" }
        var attributes: [String] = []
        inputNameAttributePositions = inputNameRules.map { rule in
            rule.attributes.map { attribute in
                if let position = attributes.firstIndex(of: attribute) { return position }
                attributes.append(attribute)
                return attributes.count - 1
            }
        }
        inputNameAttributes = attributes
        inputNameScreen = LiteralScreen(inputNameRules.map(\.pattern))
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
        // Rules are reached by index: iterating the arrays would copy every rule (and retain its strings).
        // The rules read the same few attributes (`autocomplete`, `type`): look each up once.
        var memo = SelectorAttributeMemo()
        for index in selectorRules.indices where selectorRules[index].selector.matches(element, memo: &memo) {
            evidence.append(Self.evidence(selectorRules[index].header, .selector, detail: selectorDetails[index]))
        }
        let attributeValues = inputNameAttributes.map { element.attributeValue($0) }
        // Per attribute value, the rules whose literals it contains: one pass for all rules.
        let candidates = attributeValues.map { value in value.map { inputNameScreen?.candidates(in: $0) ?? ~0 } ?? 0 }
        for index in inputNameRules.indices {
            for position in inputNameAttributePositions[index] {
                guard LiteralScreen.contains(candidates[position], index), let value = attributeValues[position], !value.isEmpty
                else { continue }
                do {
                    guard try inputNameRules[index].pattern.compiled.matches(value) else { continue }
                    let attribute = inputNameAttributes[position]
                    evidence.append(Self.evidence(inputNameRules[index].header, .inputName,
                                                  detail: "\(attribute)=\"\(Self.clip(MarkupIdentifier.shown(value)))\""))
                    break
                } catch {
                    problems.append(error)
                }
            }
        }
        let fieldLabels = labelTexts(of: element, labels: labels)
        // One pass of the automaton per label finds every vocabulary's first term at once.
        let foundTerms = fieldLabels.map { labelMatcher.firstTerms(in: LabelVocabulary.FoldedText($0.text)) }
        for ruleIndex in labelRules.indices {
            for (label, terms) in zip(fieldLabels, foundTerms) where terms[ruleIndex] >= 0 {
                let term = labelRules[ruleIndex].vocabulary.terms[terms[ruleIndex]].text
                evidence.append(Self.evidence(labelRules[ruleIndex].header, .label, detail: "\(label.source.rawValue) mentions \"\(term)\""))
                break
            }
        }
        evidence.sort { lhs, rhs in
            (lhs.strength, lhs.level, rhs.category) > (rhs.strength, rhs.level, lhs.category)
        }
        return (FieldClassification(kind: kind, evidence: evidence, labels: fieldLabels), problems)
    }

    /// The evidence that the rule with `header` found, read from the header only on a match.
    private static func evidence(_ header: RuleHeader, _ strength: FieldEvidence.Strength, detail: String) -> FieldEvidence {
        FieldEvidence(category: header.category, ruleID: header.id, level: header.level, strength: strength, detail: detail)
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

    /// The words of `text` separated by single spaces: runs of whitespace (`Character.isWhitespace`)
    /// become one space, and leading and trailing whitespace goes.
    static func collapse(_ text: String) -> String {
        // ASCII text, the common case, byte by byte: its only whitespace characters are U+0009 to
        // U+000D and the space (`\r\n`, one character, is whitespace too, and collapses the same).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return text.split(whereSeparator: isWhitespace).joined(separator: " ")
            case 0x09...0x0D, 0x20: pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `character.isWhitespace`, which is its first scalar's White_Space property, without the
    /// property tables for a character that starts with an ASCII byte (U+0009 to U+000D and the space
    /// are ASCII's whitespace).
    static func isWhitespace(_ character: Character) -> Bool {
        guard let first = character.utf8.first, first < 0x80 else { return character.isWhitespace }
        return ASCII.isSpace(first)
    }

    /// Attribute values are markup, not user data, but are still clipped for readable messages.
    static func clip(_ value: String) -> String {
        value.count > 60 ? String(value.prefix(57)) + "..." : value
    }
}
