/// The view of an element that selector matching needs.
///
/// The same selector engine serves HTML documents parsed with libxml2 and pages rebuilt from
/// recordings, so it sees elements only through this protocol. Conforming types are cheap values
/// (typically a document reference and an index).
///
/// Tree navigation stays inside one tree scope, as `Element.matches()` does in the browser: the
/// top element of a shadow root or of a `<template>`'s contents has no parent element, and the
/// element's host is not its parent.
public protocol SelectorMatchable {
    /// The element's local name. For HTML elements in an HTML document this is lower case.
    var localName: String { get }
    /// `true` for elements in the HTML namespace, `false` for SVG and MathML elements.
    ///
    /// masklint only sees HTML documents (pages and pages rebuilt from recordings), where Chromium
    /// compares type selectors case-insensitively on every element; this property decides whether a
    /// type selector must equal `localName` exactly after lower-casing (HTML) or case-insensitively
    /// (foreign elements such as `foreignObject`), and whether HTML's list of attributes with
    /// case-insensitive values applies.
    var isHTMLElement: Bool { get }
    /// `true` when the element's document is in full quirks mode, where `#id` and `.class` selectors
    /// match ASCII case-insensitively. Limited-quirks documents are `false`.
    var isInQuirksModeDocument: Bool { get }
    /// The value of the attribute with this name, or `nil` when absent. `name` is given in lower case
    /// and attribute names compare ASCII case-insensitively on every element, SVG and MathML included
    /// (`[viewbox]` matches `<svg viewBox>`), as in Chromium.
    func attributeValue(_ name: String) -> String?
    /// The parent element within the same tree scope, or `nil` at the top of the scope.
    var parentElement: Self? { get }
    /// The closest preceding sibling that is an element, or `nil`.
    var previousElementSibling: Self? { get }
}
