/// The single Swift statement of how OpenReplay's web tracker (18.0.6) sanitises a page under a
/// compiled rule set and a set of tracker options: the level of every element, what the generated
/// `domSanitizer` returns for it, what is sent for form fields, and what becomes of text.
///
/// The linter asks it what would be recorded, the auditor what should have been masked, and the
/// compiler's browser proof checks the generated JavaScript against it. Every rule below cites the
/// section of `openreplay.md` (and the tracker source file) it follows.
///
/// ```swift
/// let model = MaskingModel(rules: try CompiledMaskingRules(ruleSet), profile: .precise)
/// for element in document.documentTreeElements {
///     let level = model.level(of: element)            // Plain, Obscured or Hidden
///     let demand = model.demand(for: element)         // which rules match, and why
/// }
/// ```
public struct MaskingModel: Sendable {
    /// The compiled rule set: the generated `domSanitizer`'s definition.
    public let rules: CompiledMaskingRules
    /// The tracker options the page is recorded with.
    public let options: TrackerPrivacyOptions

    /// A model of the tracker configured with `options` and the `domSanitizer` generated from `rules`.
    public init(rules: CompiledMaskingRules, options: TrackerPrivacyOptions) {
        self.rules = rules
        self.options = options
    }

    /// A model of the tracker configured as the generated module of `profile` configures it.
    public init(rules: CompiledMaskingRules, profile: MaskingProfile) {
        self.init(rules: rules, options: profile.trackerOptions)
    }

    // MARK: The generated domSanitizer

    /// What the generated `domSanitizer(node)` returns for `element`: the highest level that a
    /// selector rule or an input-name rule of the rule set demands, Plain when none matches.
    ///
    /// The evaluation is the generated code's, step for step: the prefilter, then the joined
    /// selector list of each level, highest first, each behind its own prefilter, then on each of
    /// the field's attributes the input-name rules that read it, highest level first, each ruled out
    /// by its required literals before its pattern runs. (The generated code also remembers each
    /// attribute value's result and tests ASCII values lower-cased against case-sensitive copies of
    /// the patterns; both change nothing but the time.) It always equals `demand(for:).level`, which
    /// tests rule by rule.
    ///
    /// A pattern that exceeds PCRE2's match limits (`PatternLimits`) counts as a match, so the model
    /// errs towards masking where JavaScript, which has no such limits, would go on searching.
    public func sanitizerLevel(for element: some SelectorMatchable) -> MaskingLevel {
        if let prefilter = rules.prefilter, !prefilter.admits(element) { return .plain }
        var level = MaskingLevel.plain
        // The groups read the same few attributes (`autocomplete`, `type`): look each up once.
        var memo = SelectorAttributeMemo()
        for group in rules.selectorGroups where group.level > level {
            if let prefilter = group.prefilter, !prefilter.admits(element) { continue }
            if group.selector.matches(element, memo: &memo) {
                level = group.level
                break
            }
        }
        guard level < .hidden, !rules.fieldNameTests.isEmpty, InputNameRuleScope.appliesTo(element) else { return level }
        // Reached by index: iterating would copy each test and rule (a retain per part).
        for position in rules.fieldNameTests.indices {
            guard let value = element.attributeValue(rules.fieldNameTests[position].attribute) else { continue }
            let levels = rules.fieldNameTests[position].levels
            let candidates = rules.fieldNameTests[position].screen?.candidates(in: value) ?? ~0
            for candidate in levels.indices {
                guard levels[candidate] > level else { break }
                // The screen has tested the rule's literals: PCRE2 decides for the candidates.
                guard LiteralScreen.contains(candidates, candidate) else { continue }
                if Self.matches(rules.fieldNameTests[position].patterns[candidate].compiled, value) {
                    level = levels[candidate]
                    break
                }
            }
            if level == .hidden { break }
        }
        return level
    }

    /// Every rule that matches `element`, tested one by one, and the highest level they demand.
    public func demand(for element: some SelectorMatchable) -> RuleDemand {
        var matches: [RuleMatch] = []
        for rule in rules.selectorRules where rule.selector.matches(element) {
            matches.append(RuleMatch(ruleID: rule.header.id, category: rule.header.category, level: rule.header.level,
                                     evidence: .selector(rule.selector.cssText)))
        }
        if InputNameRuleScope.appliesTo(element) {
            for rule in rules.inputNameRules {
                for attribute in rule.attributes {
                    guard let value = element.attributeValue(attribute), Self.matches(rule.pattern.compiled, value) else { continue }
                    matches.append(RuleMatch(ruleID: rule.header.id, category: rule.header.category, level: rule.header.level,
                                             evidence: .attribute(name: attribute, value: value)))
                    break
                }
            }
        }
        return RuleDemand(level: matches.map(\.level).max() ?? .plain, matches: matches)
    }

    private static func matches(_ pattern: PCRE2Pattern, _ value: String) -> Bool {
        do {
            return try pattern.matches(value)
        } catch {
            return true
        }
    }

    // MARK: Node levels

    /// The level the tracker gives `element` when its parent element's level is `parentLevel`
    /// (Plain at the top of a tree scope): `Sanitizer.computeLevel` (openreplay.md §1.1).
    ///
    /// 1. The `<html>` of the top-level document is never given a level (`observer.ts` `_commitNode`).
    /// 2. privateMode: an element without `data-openreplay-unmask` is Obscured, and nothing else is
    ///    checked; so `hidden` attributes and `domSanitizer` do not apply to it (§1.1 step 1, §1.9).
    /// 3. Obscured when the parent is Obscured or Hidden, or the element has
    ///    `data-openreplay-obscured` or `-masked` (§1.1 step 3, §1.2).
    /// 4. Hidden when the parent is Hidden, or the element has `data-openreplay-hidden` or
    ///    `-htmlmasked` (§1.1 step 4).
    /// 5. `domSanitizer` is called on every element and can only raise the level (§1.1 step 5).
    ///
    /// The result is therefore the maximum of the parent's level, the attributes' level and the
    /// sanitizer's level.
    public func level(of element: some MaskingElement, parentLevel: MaskingLevel) -> MaskingLevel {
        if element.isTopLevelDocumentElement { return .plain }
        let marks = element.openReplayAttributes
        if options.privateMode && !marks.contains(.unmask) { return .obscured }
        var level = parentLevel
        if level < .obscured && marks.contains(.masked, or: .obscured) { level = .obscured }
        if level < .hidden && marks.contains(.htmlmasked, or: .hidden) { level = .hidden }
        if level < .hidden { level = max(level, sanitizerLevel(for: element)) }
        return level
    }

    /// The level the tracker gives `element`, computed down from the top of its tree scope. Shadow
    /// trees and iframe documents start again at Plain: an obscured or hidden host does not carry
    /// its level into them (§1.1, "Iframes and shadow roots start from Plain"; confirmed in
    /// Chromium, §6).
    public func level(of element: some MaskingElement) -> MaskingLevel {
        var chain = [element]
        while let parent = chain[chain.count - 1].parentElement { chain.append(parent) }
        var level = MaskingLevel.plain
        for ancestor in chain.reversed() { level = self.level(of: ancestor, parentLevel: level) }
        return level
    }

    /// The level of a text node whose parent element is `parent`, at `parentLevel` (§1.1): in
    /// privateMode Obscured unless the parent has `data-openreplay-unmask`; otherwise the parent's
    /// level (`domSanitizer` is never called on text).
    public func textLevel(parent: some MaskingElement, parentLevel: MaskingLevel) -> MaskingLevel {
        if options.privateMode && !OpenReplayAttribute.unmask.isPresent(on: parent) {
            return .obscured
        }
        return parentLevel
    }

    // MARK: Form fields

    /// The input mode that decides what `SetInputValue` sends for a field of DOM `type` holding
    /// `value`, at `level` (`input.ts` `getInputValue`, §1.4):
    /// Hidden for `type=password` or a Hidden level; else Obscured for an Obscured level, or when the
    /// mode would be Plain and a heuristic fires on the value (`plainModeHeuristicsObscure`); else
    /// `defaultInputMode`.
    public func inputMode(type: String, value: String, level: MaskingLevel) -> InputMaskingMode {
        if type == "password" || level == .hidden { return .hidden }
        if level == .obscured { return .obscured }
        let mode = options.defaultInputMode
        if mode == .plain && options.plainModeHeuristicsObscure(type: type, value: value) { return .obscured }
        return mode
    }

    /// The input mode for `element` holding `value` at `level`, or `nil` when the tracker sends no
    /// masked value for it (not a tracked field, or a checkbox or radio, whose state is never masked).
    public func inputMode(for element: some MaskingElement, value: String, level: MaskingLevel) -> InputMaskingMode? {
        switch FieldValueTracking.tracking(of: element) {
        case .textField, .select:
            return inputMode(type: FieldValueTracking.domType(of: element) ?? "text", value: value, level: level)
        case .checked, nil:
            return nil
        }
    }

    /// The least protective mode any value of `element` gets at `level`: the mode for a value that
    /// no heuristic fires on. Heuristics only raise the mode, so what a user types can make it
    /// stricter, never weaker. `nil` as for `inputMode(for:value:level:)`.
    public func minimumInputMode(for element: some MaskingElement, level: MaskingLevel) -> InputMaskingMode? {
        inputMode(for: element, value: "", level: level)
    }
}
