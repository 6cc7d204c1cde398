/// What a node in an ``HTMLDocument`` is.
///
/// Comments, processing instructions and the doctype are not kept as nodes.
public enum HTMLNodeKind: UInt8, Hashable, Sendable, CustomStringConvertible {
    /// The document itself: the root of the document tree, at index 0.
    case document
    /// An element.
    case element
    /// A run of character data (text, or the contents of `<script>` and `<style>`).
    case text
    /// The inert contents of a `<template>` element (`HTMLTemplateElement.content` in a browser).
    /// It is not a child of the template; the template element owns it.
    case templateContent
    /// A declarative shadow root: what `<template shadowrootmode="open|closed">` becomes in a
    /// browser. Its host is the element the template appeared in; the template element itself does
    /// not exist in the tree.
    case shadowRoot

    /// A short human-readable form, for messages and debugging.
    public var description: String {
        switch self {
        case .document: "document"
        case .element: "element"
        case .text: "text"
        case .templateContent: "template content"
        case .shadowRoot: "shadow root"
        }
    }
}
