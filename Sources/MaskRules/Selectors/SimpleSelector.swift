/// A simple selector other than a type selector: the parts a compound selector is made of.
public enum SimpleSelector: Hashable, Sendable, CustomStringConvertible {
    /// `#name`: the element's `id` attribute equals the name.
    case id(String)
    /// `.name`: the name is one of the whitespace-separated tokens of the element's `class` attribute.
    case `class`(String)
    /// `[name]`, `[name=value]`, ...: see `AttributeSelector`.
    case attribute(AttributeSelector)
    /// `:is(list)`: the element matches a selector of the list. Its specificity is the list's highest.
    case `is`(SelectorList)
    /// `:where(list)`: like `:is()`, with zero specificity.
    case `where`(SelectorList)
    /// `:not(list)`: the element matches no selector of the list.
    case not(SelectorList)

    /// The canonical CSS text; see `SelectorSerializer`.
    public var description: String { SelectorSerializer.serialize(self) }

    /// Equal when of the same kind with identical names or arguments. Names compare as UTF-8 bytes, as
    /// browsers compare them, not with `String`'s canonical equivalence.
    public static func == (lhs: SimpleSelector, rhs: SimpleSelector) -> Bool {
        switch (lhs, rhs) {
        case (.id(let left), .id(let right)), (.class(let left), .class(let right)):
            ASCIIBytes.identical(left, right)
        case (.attribute(let left), .attribute(let right)):
            left == right
        case (.is(let left), .is(let right)), (.where(let left), .where(let right)), (.not(let left), .not(let right)):
            left == right
        default:
            false
        }
    }
}
