/// Elements of parsed HTML documents are matched by the selector engine through this conformance.
extension HTMLElement: SelectorMatchable {
    /// `true` when the document is in quirks mode (limited-quirks mode matches as no-quirks).
    public var isInQuirksModeDocument: Bool { document.quirksMode == .quirks }

    /// The value of the attribute named `name` (given in lower case), as ``attribute(_:)``:
    /// case-insensitive on foreign elements too, as Chromium matches `[viewbox]` in HTML documents.
    public func attributeValue(_ name: String) -> String? { attribute(name) }
}
