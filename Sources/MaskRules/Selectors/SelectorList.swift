/// A selector list: one or more complex selectors separated by commas, such as
/// `input[type=email], [autocomplete~="email" i]`.
///
/// This is what a rule's `selector` holds and what `:is()`, `:where()` and `:not()` take. Create one
/// by parsing CSS text, then ask whether it matches an element:
///
/// ```swift
/// let selector = try SelectorList(parsing: "input[type=email]")
/// if selector.matches(element) { ... }
/// ```
///
/// Matching follows Chromium's `Element.matches()` for elements of HTML documents; see
/// `SelectorMatcher` for the rules. `description` is the canonical CSS text, which parses back to an
/// equal value and which the browser reads the same way.
public struct SelectorList: Hashable, Sendable, CustomStringConvertible {
    /// The complex selectors, in source order; never empty.
    public let selectors: [ComplexSelector]
    /// The same list compiled for matching, built once here.
    let program: SelectorProgram

    /// Creates a list from complex selectors.
    ///
    /// - Precondition: `selectors` is not empty; CSS has no empty selector list.
    public init(_ selectors: [ComplexSelector]) {
        precondition(!selectors.isEmpty, "a selector list holds at least one selector")
        self.selectors = selectors
        program = SelectorProgram(selectors)
    }

    /// Parses CSS selector text in masklint's subset.
    ///
    /// - Parameter text: The selector list, such as `input[type=email], textarea[name*=mail i]`.
    /// - Throws: `SelectorParseError`, with the 1-based line and column of the offending token, when
    ///   the text is not a valid selector list or uses a feature outside the subset.
    public init(parsing text: String) throws(SelectorParseError) {
        self = try SelectorParser.parse(text)
    }

    /// Whether any selector of the list matches `element`.
    public func matches(_ element: some SelectorMatchable) -> Bool {
        SelectorMatcher.matches(program, list: 0, element)
    }

    /// Whether any selector of the list matches `element`, reading its attributes through `memo`,
    /// which belongs to `element` and may be passed to the next lists tested on it.
    func matches<Element: SelectorMatchable>(_ element: Element, memo: inout SelectorAttributeMemo) -> Bool {
        SelectorMatcher.matches(program, list: 0, element, memo: &memo)
    }

    /// Lists are equal when their selectors are; the compiled program follows from them.
    public static func == (lhs: SelectorList, rhs: SelectorList) -> Bool {
        lhs.selectors == rhs.selectors
    }

    /// Hashes the selectors, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(selectors)
    }

    /// The canonical CSS text: valid CSS that browsers parse into the same selector and that
    /// `init(parsing:)` reads back as an equal value. See `SelectorSerializer` for the form.
    public var cssText: String { SelectorSerializer.serialize(self) }

    /// The canonical CSS text, `cssText`.
    public var description: String { cssText }
}
