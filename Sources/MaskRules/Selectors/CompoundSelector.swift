/// A compound selector: simple selectors written without whitespace, such as `input.field[name]`.
///
/// An element matches when it matches every simple selector in it.
public struct CompoundSelector: Hashable, Sendable, CustomStringConvertible {
    /// The type selector (`input` or `*`), if one is written; it always comes first.
    public let typeSelector: TypeSelector?
    /// The other simple selectors, in source order.
    public let subclassSelectors: [SimpleSelector]

    /// Creates a compound selector. A type selector's name is ASCII-lowercased, as Chromium does
    /// with type selectors in HTML documents.
    ///
    /// - Precondition: at least one of `typeSelector` and `subclassSelectors` is given.
    public init(_ typeSelector: TypeSelector?, _ subclassSelectors: [SimpleSelector] = []) {
        precondition(typeSelector != nil || !subclassSelectors.isEmpty, "a compound selector is never empty")
        switch typeSelector {
        case .element(let name):
            precondition(!name.isEmpty, "a type selector has a name")
            self.typeSelector = .element(ASCIIBytes.lowercased(name))
        case .universal, nil:
            self.typeSelector = typeSelector
        }
        self.subclassSelectors = subclassSelectors
    }

    /// Creates a compound selector of subclass selectors only, such as `.a[b]`.
    public init(_ subclassSelectors: [SimpleSelector]) {
        self.init(nil, subclassSelectors)
    }

    /// The canonical CSS text; see `SelectorSerializer`.
    public var description: String { SelectorSerializer.serialize(self) }
}

/// A type selector (`input`) or the universal selector (`*`).
public enum TypeSelector: Hashable, Sendable {
    /// `*`: any element.
    case universal
    /// An element name. Inside a `CompoundSelector` it is always ASCII lower case.
    case element(String)

    /// Equal when both are `*` or both name the same element; names compare as UTF-8 bytes.
    public static func == (lhs: TypeSelector, rhs: TypeSelector) -> Bool {
        switch (lhs, rhs) {
        case (.universal, .universal): true
        case (.element(let left), .element(let right)): ASCIIBytes.identical(left, right)
        default: false
        }
    }
}
