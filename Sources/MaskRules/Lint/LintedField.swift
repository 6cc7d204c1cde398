/// A form control or editable region of a page, with what the rule set says it holds and what the
/// compiled tracker configuration records of it: the data behind `unmasked-pii-field`, its sibling
/// checks and `masklint lint --fields`.
public struct LintedField: Sendable, Hashable {
    /// The element.
    public let element: HTMLElement
    /// What the field classifier says it holds, and why.
    public let classification: FieldClassification
    /// PII that the rule set's detectors find in the value the page renders into the field: an
    /// `<input>`'s `value` attribute or a `<textarea>`'s initial text.
    public let prefilledPII: [DetectedPII]
    /// The level the tracker gives the element.
    public let level: MaskingLevel
    /// What the tracker records of values typed into the field.
    public let recording: FieldRecording
    /// The input mode the tracker sends the rendered `value` with, when the field is an `<input>`
    /// with a `value` attribute whose value the tracker records.
    public let prefilledValueMode: InputMaskingMode?
    /// Patterns that hit their limits while the field was classified: the field is then not verified.
    public let problems: [PatternError]

    /// The field's kind.
    public var kind: FormFieldKind { classification.kind }

    /// The category the evidence points to: the classifier's, else the category of PII in the
    /// rendered value.
    public var category: PIICategory? { classification.category ?? prefilledPII.first?.category }

    /// The level the rule set demands for the field.
    public var requiredLevel: MaskingLevel {
        if classification.category != nil { return classification.requiredLevel }
        return prefilledPII.map(\.level).max() ?? .plain
    }

    /// The rule behind the strongest evidence.
    public var ruleID: String? { classification.evidence.first?.ruleID ?? prefilledPII.first?.ruleID }

    /// Every piece of evidence, strongest first, as short statements that quote markup but never a
    /// value (values appear only as redacted previews).
    public var evidence: [String] {
        classification.evidence.map(\.description) + prefilledPII.map { pii in
            "\(kind == .textarea ? "initial text" : "value attribute") holds \(pii.category.article) (\(pii.ruleID))"
        }
    }
}

/// What OpenReplay records of the values a user types into a field.
public enum FieldRecording: Sendable, Hashable, CustomStringConvertible {
    /// `SetInputValue` and `InputChange` in this mode. For a field of a known category, the mode
    /// of the least protected typical value of that category (the tracker's email and number
    /// heuristics depend on the value); otherwise the mode of a value that no heuristic fires on.
    case value(InputMaskingMode)
    /// An editable region: typed text is sent as DOM text at this level.
    case text(MaskingLevel)
    /// A checkbox or radio button: only the checked state is sent, never masked.
    case checkedState
    /// No value is ever sent (hidden, file, url and other input types, buttons).
    case notSent

    /// The level of protection the recorded form gives: Plain (sent as typed), Obscured (only the
    /// length, or stars), Hidden (nothing); `nil` when no value is recorded at all.
    public var protection: MaskingLevel? {
        switch self {
        case .value(let mode): MaskingLevel(rawValue: mode.rawValue)
        case .text(let level): level
        case .checkedState, .notSent: nil
        }
    }

    /// `value plain`, `text obscured`, `checked state`, `not sent`.
    public var description: String {
        switch self {
        case .value(let mode): "value \(mode.name)"
        case .text(let level): "text \(level.name)"
        case .checkedState: "checked state"
        case .notSent: "not sent"
        }
    }
}
