/// Elements of parsed HTML documents are matched by the selector engine through this conformance.
extension HTMLElement: SelectorMatchable {
    /// `true` when the document is in quirks mode (limited-quirks mode matches as no-quirks).
    public var isInQuirksModeDocument: Bool { document.quirksMode == .quirks }

    /// The value of the attribute named `name`, which the protocol gives in lower case, as
    /// ``attribute(_:)`` finds it: case-insensitive on foreign elements too, as Chromium matches
    /// `[viewbox]` in HTML documents. On HTML elements, whose attribute names are lower case, the
    /// lower-case `name` is compared as it is: most lookups find nothing, and need not first check
    /// `name` for upper-case letters as ``attribute(_:)`` must.
    public func attributeValue(_ name: String) -> String? {
        assert(!ASCIIBytes.hasUppercase(name), "attributeValue(_:) takes lower-case names")
        return attribute(lowercasedName: name)
    }
}
