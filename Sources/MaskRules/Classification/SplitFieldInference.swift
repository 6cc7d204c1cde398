/// Fields that continue another: a card number typed into four inputs `card_1`…`card_4`, a phone
/// number into `phone1`…`phone3`. Labels usually name only the group (a legend, a label for the
/// first input), so the classifier recognises the first part and not the others; this pass gives
/// the others the first part's category, with evidence that says so.
enum SplitFieldInference {
    /// The classification of each field after inference, in the same order: a field without a
    /// category whose nearest preceding sibling field has one and shares its numbered name stem
    /// takes that field's evidence for its category, as label-strength evidence.
    static func infer(_ classifications: [(element: HTMLElement, classification: FieldClassification)])
        -> [FieldClassification]
    {
        var result = classifications.map(\.classification)
        var byElement: [HTMLElement: Int] = [:]
        for (index, entry) in classifications.enumerated() { byElement[entry.element] = index }
        for (index, entry) in classifications.enumerated() where entry.classification.category == nil && entry.classification.kind == .input {
            guard let stem = numberedStem(entry.element.attribute("name")),
                  let previous = previousSiblingField(of: entry.element), let previousIndex = byElement[previous],
                  numberedStem(previous.attribute("name")) == stem
            else { continue }
            let source = result[previousIndex]
            guard let category = source.category else { continue }
            let inherited = source.evidence.filter { $0.category == category }.map { evidence in
                FieldEvidence(
                    category: category, ruleID: evidence.ruleID, level: evidence.level, strength: .label,
                    detail: "continues \(previous.description) (\(evidence.detail))")
            }
            result[index] = FieldClassification(kind: entry.classification.kind, evidence: inherited, labels: entry.classification.labels)
        }
        return result
    }

    /// `card` for `card_2`, `card-2`, `card2` or `card[2]`; `nil` for a name without a trailing number.
    static func numberedStem(_ name: String?) -> String? {
        guard var scalars = name?.unicodeScalars[...], !scalars.isEmpty else { return nil }
        if scalars.last == "]" { scalars = scalars.dropLast() }
        let digits = scalars.reversed().prefix { $0.properties.numericType != nil && $0.isASCII }.count
        guard digits > 0 else { return nil }
        scalars = scalars.dropLast(digits)
        while let last = scalars.last, last == "_" || last == "-" || last == "[" { scalars = scalars.dropLast() }
        return scalars.isEmpty ? nil : String(String.UnicodeScalarView(scalars))
    }

    /// The nearest preceding sibling element that is a field, skipping elements that hold only
    /// separators (`<span>-</span>`); `nil` when another kind of element comes first.
    private static func previousSiblingField(of element: HTMLElement) -> HTMLElement? {
        var current = element.previousElementSibling
        while let sibling = current {
            if FormFieldKind.of(sibling) != nil { return sibling }
            let text = sibling.textContent.trimmingWhitespace
            guard text.count <= 1, sibling.children.first(where: { _ in true }) == nil else { return nil }
            current = sibling.previousElementSibling
        }
        return nil
    }
}
