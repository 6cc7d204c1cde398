/// A complex selector: compound selectors joined by combinators, such as `form.login > input[name]`.
///
/// The rightmost compound selector is the *subject*: the element the selector matches. The others
/// constrain its ancestors and preceding siblings.
public struct ComplexSelector: Hashable, Sendable, CustomStringConvertible {
    /// A combinator and the compound selector to its right.
    public struct Step: Hashable, Sendable {
        /// How the compound selector to the left relates to `compound`.
        public let combinator: Combinator
        /// The compound selector to the right of `combinator`.
        public let compound: CompoundSelector

        /// Creates a step.
        public init(_ combinator: Combinator, _ compound: CompoundSelector) {
            self.combinator = combinator
            self.compound = compound
        }
    }

    /// The leftmost compound selector.
    public let first: CompoundSelector
    /// The compound selectors after the first, left to right, each with the combinator before it.
    public let steps: [Step]

    /// Creates a complex selector from its leftmost compound selector and the steps after it.
    public init(_ first: CompoundSelector, _ steps: [Step] = []) {
        self.first = first
        self.steps = steps
    }

    /// The rightmost compound selector: the one the matched element itself must match.
    public var subject: CompoundSelector { steps.last?.compound ?? first }

    /// The number of compound selectors.
    var compoundCount: Int { steps.count + 1 }

    /// The compound selector at `index`, counting from the left from 0.
    func compound(at index: Int) -> CompoundSelector {
        index == 0 ? first : steps[index - 1].compound
    }

    /// Whether this selector matches `element`.
    ///
    /// This compiles the selector for each call; to match many elements, make a `SelectorList` once.
    public func matches(_ element: some SelectorMatchable) -> Bool {
        SelectorList([self]).matches(element)
    }

    /// The canonical CSS text; see `SelectorSerializer`.
    public var description: String { SelectorSerializer.serialize(self) }
}
