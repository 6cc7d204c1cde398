/// Everything the checks ask about one parsed page, computed once: the level the tracker gives each
/// element, whether the element is sent at all, and every form field with its classification and
/// what the tracker records of it.
public struct LintDocument: Sendable {
    /// The page.
    public let document: HTMLDocument
    /// The tracker under the compiled configuration.
    public let model: MaskingModel
    /// The lint configuration (profile and privateMode) the page is linted under.
    public let configuration: LintConfiguration
    /// The rule set the configuration was compiled from.
    public let ruleSet: RuleSet
    /// Every form control (except buttons) and editable region outside `<template>` contents, in
    /// document order.
    public let fields: [LintedField]
    /// The suppression comments in the source.
    public let suppressions: [SuppressionComment]
    let detectors: PIIDetectors
    /// The linter's fix suggestions for fields, under `model`, shared by its pages.
    let fieldFixes: FieldFixSuggester
    /// Per node index: the element's level, and flags.
    private let states: [ElementState]
    /// Attribute values and texts of the page that a scan of all of them together found clean
    /// (`PIIDetectors.cleanTexts(among:)`): `detectPII(in:)` answers them without scanning again.
    private let cleanTexts: Set<String>

    private struct ElementState {
        static let sentFlag: UInt8 = 0x10
        static let inertFlag: UInt8 = 0x20
        var bits: UInt8 = ElementState.inertFlag
        var level: MaskingLevel { MaskingLevel(rawValue: Int(bits & 0x3)) ?? .plain }
        var isSent: Bool { bits & Self.sentFlag != 0 }
        var isInert: Bool { bits & Self.inertFlag != 0 }
        init() {}
        init(level: MaskingLevel, sent: Bool) { bits = UInt8(level.rawValue) | (sent ? Self.sentFlag : 0) }
    }

    init(
        document: HTMLDocument, model: MaskingModel, configuration: LintConfiguration, ruleSet: RuleSet,
        classifier: FieldClassifier, detectors: PIIDetectors, suppressions: [SuppressionComment],
        fieldFixes: FieldFixSuggester
    ) {
        self.fieldFixes = fieldFixes
        self.document = document
        self.suppressions = suppressions
        self.model = model
        self.configuration = configuration
        self.ruleSet = ruleSet
        self.detectors = detectors
        var states = [ElementState](repeating: ElementState(), count: document.nodeCount)
        var fieldElements: [HTMLElement] = []
        // Node indices follow document order: a parent is always computed before its children.
        for element in document.allElements where !element.isInTemplateContent {
            let sent: Bool
            let parentLevel: MaskingLevel
            if let parent = element.parentElement {
                let parentState = states[parent.index]
                parentLevel = parentState.level
                sent = parentState.isSent && parentLevel < .hidden
            } else {
                // The top of the document, or of a shadow tree: shadow roots are observed even under
                // a hidden host (openreplay.md §1.1, §6).
                parentLevel = .plain
                sent = true
            }
            states[element.index] = ElementState(
                level: model.level(of: element, parentLevel: parentLevel),
                sent: sent && !RecordedAttributes.isIgnoredElement(element))
            if let kind = FormFieldKind.of(element), kind != .button { fieldElements.append(element) }
        }
        self.states = states
        var texts: [String] = []
        for index in 1..<max(document.nodeCount, 1) {
            guard let node = document.node(at: index) else { continue }
            if let element = node.element {
                for attribute in element.attributes { texts.append(attribute.value) }
            } else if node.kind == .text, let data = node.text {
                texts.append(data)
            }
        }
        let cleanTexts = detectors.cleanTexts(among: texts)
        self.cleanTexts = cleanTexts
        if fieldElements.isEmpty {
            fields = []
            return
        }
        let labels = FieldClassifier.LabelIndex(document.allElements)
        let classified = fieldElements.compactMap { element in
            classifier.classify(element, labels: labels).map { (element: element, classification: $0.classification, problems: $0.problems) }
        }
        let inferred = SplitFieldInference.infer(classified.map { ($0.element, $0.classification) })
        fields = zip(classified, inferred).map { entry, classification in
            Self.field(
                entry.element, classification: classification, problems: entry.problems, level: states[entry.element.index].level,
                model: model, detectors: detectors, cleanTexts: cleanTexts)
        }
    }

    private static func field(
        _ element: HTMLElement, classification: FieldClassification, problems: [PatternError], level: MaskingLevel,
        model: MaskingModel, detectors: PIIDetectors, cleanTexts: Set<String>
    ) -> LintedField {
        var prefilled: [DetectedPII] = []
        var prefilledMode: InputMaskingMode?
        switch classification.kind {
        case .input:
            if let value = element.attribute("value"), !value.isEmpty {
                prefilled = cleanTexts.contains(value) ? [] : detectors.scan(value)
                prefilledMode = model.inputMode(for: element, value: value, level: level)
            }
        case .textarea:
            prefilled = detectors.scan(element.textContent)
        case .select, .editableRegion, .unrecordedInput, .checkable, .button:
            break
        }
        let category = classification.category ?? prefilled.first?.category
        let recording: FieldRecording
        switch classification.kind {
        case .input, .textarea, .select:
            let probes = category.map(CategoryProbeValues.values(for:)) ?? [""]
            let modes = probes.compactMap { model.inputMode(for: element, value: $0, level: level) }
            recording = modes.min().map(FieldRecording.value) ?? .notSent
        case .editableRegion:
            recording = .text(model.textLevel(parent: element, parentLevel: level))
        case .checkable:
            recording = .checkedState
        case .unrecordedInput, .button:
            recording = .notSent
        }
        return LintedField(
            element: element, classification: classification, prefilledPII: prefilled, level: level, recording: recording,
            prefilledValueMode: prefilledMode, problems: problems)
    }

    /// The level the tracker gives `element`, or `nil` for elements in `<template>` contents, which
    /// are inert until a script inserts a copy.
    public func level(of element: HTMLElement) -> MaskingLevel? {
        let state = states[element.index]
        return state.isInert ? nil : state.level
    }

    /// Whether the tracker sends `element` itself (a node with its attributes): `false` inside a
    /// Hidden element, inside elements the tracker ignores (`script`, `noscript`, ...), and in
    /// `<template>` contents.
    public func isSent(_ element: HTMLElement) -> Bool {
        states[element.index].isSent
    }

    /// The tracker options the page is recorded with.
    public var trackerOptions: TrackerPrivacyOptions { model.options }

    /// The PII that the rule set's detectors find in `text`.
    public func detectPII(in text: String) -> [DetectedPII] {
        cleanTexts.contains(text) ? [] : detectors.scan(text)
    }
}
