/// Decides whether selectors match elements, as Chromium's `Element.matches()` does in HTML documents.
///
/// The rules, with where Chromium states them (`third_party/blink/renderer/core/css/`):
///
/// - **Type selectors** are ASCII-lowercased when parsed (`CSSSelectorParser`). For an HTML element
///   the lowercased name must equal `localName` exactly. For any other element (SVG, MathML) the
///   comparison is ASCII case-insensitive, so `foreignobject` and `foreignObject` both match
///   `<foreignObject>` (`MatchesTagName` in `selector_checker.cc` compares `LocalNameUpper()` for
///   non-HTML elements of HTML documents).
/// - **Attribute names** are ASCII-lowercased when parsed and passed lowercased to
///   `SelectorMatchable.attributeValue(_:)`, which must compare them ASCII case-insensitively for every
///   element, SVG ones included (`AnyAttributeMatches` falls back to `MatchesCaseInsensitive` for
///   non-HTML elements of HTML documents, "to e.g. allow matching SVG attributes like viewBox").
/// - **Attribute values** compare code unit for code unit, or ASCII case-insensitively with the `i`
///   modifier, or on an HTML element when the attribute is in `HTMLCaseInsensitiveAttributes`.
///   `~=` splits on ASCII whitespace and never matches an empty value or one containing whitespace;
///   `^=`, `$=` and `*=` never match an empty value; `|=` matches the value or the value followed by `-`.
/// - **`#id` and `.class`** compare exactly, or ASCII case-insensitively in a quirks-mode document.
///   Class names are the ASCII-whitespace-separated tokens of the `class` attribute.
/// - **`:is()` and `:where()`** match when some selector of their list matches the element, and
///   **`:not()`** when none does. Their arguments are complex selectors that look at the whole tree
///   around the element, as in Selectors Level 4.
/// - **Combinators** walk `parentElement` and `previousElementSibling` only.
///
/// Every document masklint looks at is an HTML document (libxml2's HTML parser, or a recorded page),
/// so the rules that Chromium keys on "HTML document" always apply.
///
/// These rules were checked against Chromium 156 (headless, `element.matches()` in standards and quirks
/// mode): no difference on the test suite's `SelectorDifferentialCorpus` (about 3,600 selectors,
/// including every selector the unit tests accept and its canonical text) nor on random documents of
/// HTML and SVG elements with random selectors (8 × 1,500 selectors on about 250 elements). That is
/// how two claims of older Blink sources were found to be out of date: Chromium rejects the `s`
/// modifier, and applies HTML's case-insensitive attribute list to HTML elements only.
///
/// Complex selectors match right to left with the pruning of Chromium's `SelectorChecker`: a failure
/// reports how far it reaches (this element only, all its siblings, or also all its ancestors), so a
/// descendant or sibling walk stops as soon as no further element can help. Matching allocates
/// nothing and touches no reference count of its own: it runs over the `SelectorProgram` compiled when
/// the `SelectorList` was created, and compares strings as UTF-8 bytes in place (`ASCIIBytes`).
enum SelectorMatcher {
    /// How a complex selector failed, and so which other elements it is pointless to try.
    private enum Status {
        case matches
        /// This element does not match; others may.
        case failsLocally
        /// Neither this element nor any of its siblings can match.
        case failsAllSiblings
        /// Neither this element, its siblings nor its ancestors can match.
        case failsCompletely
    }

    /// Whether some complex selector of list `list` of `program` matches `element`.
    static func matches<Element: SelectorMatchable>(
        _ program: SelectorProgram, list: Int, _ element: Element
    ) -> Bool {
        var memo = SelectorAttributeMemo()
        return matches(program, list: list, element, memo: &memo)
    }

    /// Whether some complex selector of list `list` of `program` matches `element`, reading the
    /// subject's attributes through `memo` (which belongs to `element`).
    static func matches<Element: SelectorMatchable>(
        _ program: SelectorProgram, list: Int, _ element: Element, memo: inout SelectorAttributeMemo
    ) -> Bool {
        for complex in program.lists[list].range {
            let compounds = program.complexes[complex]
            if status(program, compounds: compounds, index: Int(compounds.count) - 1, element, memo: &memo) == .matches {
                return true
            }
        }
        return false
    }

    /// Matches the compounds `0 ... index` of a complex selector, the one at `index` against `element`,
    /// whose attributes `memo` holds. The elements the combinators reach get memos of their own.
    private static func status<Element: SelectorMatchable>(
        _ program: SelectorProgram, compounds: SelectorProgram.Span, index: Int, _ element: Element,
        memo: inout SelectorAttributeMemo
    ) -> Status {
        let compound = program.compounds[Int(compounds.start) + index]
        guard matches(program, compound, element, memo: &memo) else { return .failsLocally }
        guard index > 0 else { return .matches }
        let next = index - 1
        switch compound.combinatorToLeft {
        case .child:
            guard let parent = element.parentElement else { return .failsCompletely }
            var parentMemo = SelectorAttributeMemo()
            return status(program, compounds: compounds, index: next, parent, memo: &parentMemo)
        case .descendant:
            var ancestor = element.parentElement
            while let current = ancestor {
                var ancestorMemo = SelectorAttributeMemo()
                let result = status(program, compounds: compounds, index: next, current, memo: &ancestorMemo)
                if result == .matches || result == .failsCompletely { return result }
                ancestor = current.parentElement
            }
            return .failsCompletely
        case .nextSibling:
            guard let sibling = element.previousElementSibling else { return .failsAllSiblings }
            var siblingMemo = SelectorAttributeMemo()
            return status(program, compounds: compounds, index: next, sibling, memo: &siblingMemo)
        case .subsequentSibling:
            var sibling = element.previousElementSibling
            while let current = sibling {
                var siblingMemo = SelectorAttributeMemo()
                let result = status(program, compounds: compounds, index: next, current, memo: &siblingMemo)
                if result != .failsLocally { return result }
                sibling = current.previousElementSibling
            }
            return .failsAllSiblings
        }
    }

    private static func matches<Element: SelectorMatchable>(
        _ program: SelectorProgram, _ compound: SelectorProgram.Compound, _ element: Element,
        memo: inout SelectorAttributeMemo
    ) -> Bool {
        if compound.hasTypeName {
            let caseInsensitive = !element.isHTMLElement
            let name = program.bytes(compound.typeName)
            let equal = ASCIIBytes.withBytes(of: element.localName) { localName in
                ASCIIBytes.equal(localName, name, caseInsensitive: caseInsensitive)
            }
            guard equal else { return false }
        }
        for index in compound.simples.range where !matches(program, program.simples[index], element, memo: &memo) {
            return false
        }
        return true
    }

    private static func matches<Element: SelectorMatchable>(
        _ program: SelectorProgram, _ simple: SelectorProgram.Simple, _ element: Element,
        memo: inout SelectorAttributeMemo
    ) -> Bool {
        switch simple.operation {
        case .id:
            guard let value = element.attributeValue("id") else { return false }
            let caseInsensitive = element.isInQuirksModeDocument
            let id = program.bytes(simple.value)
            return ASCIIBytes.withBytes(of: value) { ASCIIBytes.equal($0, id, caseInsensitive: caseInsensitive) }
        case .class:
            guard let value = element.attributeValue("class") else { return false }
            let caseInsensitive = element.isInQuirksModeDocument
            let name = program.bytes(simple.value)
            return ASCIIBytes.withBytes(of: value) {
                ASCIIBytes.containsToken($0, name, caseInsensitive: caseInsensitive)
            }
        case .never:
            return false
        case .attributePresent:
            return memo.value(of: program.attributeNames[Int(simple.attributeName)], on: element) != nil
        case .attributeEquals, .attributeIncludes, .attributeDashMatch, .attributePrefix, .attributeSuffix,
            .attributeSubstring:
            guard let value = memo.value(of: program.attributeNames[Int(simple.attributeName)], on: element) else {
                return false
            }
            let pattern = program.bytes(simple.value)
            let caseInsensitive =
                simple.caseInsensitive || (simple.caseInsensitiveOnHTMLElements && element.isHTMLElement)
            return ASCIIBytes.withBytes(of: value) { value in
                switch simple.operation {
                case .attributeEquals: ASCIIBytes.equal(value, pattern, caseInsensitive: caseInsensitive)
                case .attributeIncludes: ASCIIBytes.containsToken(value, pattern, caseInsensitive: caseInsensitive)
                case .attributeDashMatch: ASCIIBytes.dashMatch(value, pattern, caseInsensitive: caseInsensitive)
                case .attributePrefix: ASCIIBytes.hasPrefix(value, pattern, caseInsensitive: caseInsensitive)
                case .attributeSuffix: ASCIIBytes.hasSuffix(value, pattern, caseInsensitive: caseInsensitive)
                default: ASCIIBytes.contains(value, pattern, caseInsensitive: caseInsensitive)
                }
            }
        case .matchesAny:
            return matches(program, list: Int(simple.list), element, memo: &memo)
        case .matchesNone:
            return !matches(program, list: Int(simple.list), element, memo: &memo)
        }
    }
}
