/// Facts about a node kept as bits in its record.
struct HTMLNodeFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    /// The element has no start tag in the source: the parser implied it (`<html>`, `<head>`,
    /// `<body>`, `<tbody>`, the `<p>` a stray `</p>` creates).
    static let implied = HTMLNodeFlags(rawValue: 1 << 0)
    /// The node is inside the contents of a `<template>`.
    static let inTemplateContent = HTMLNodeFlags(rawValue: 1 << 1)
    /// The node is inside a shadow tree.
    static let inShadowTree = HTMLNodeFlags(rawValue: 1 << 2)
    /// The element hosts a declarative shadow root.
    static let hostsShadowRoot = HTMLNodeFlags(rawValue: 1 << 3)
    /// The shadow root delegates focus (`shadowrootdelegatesfocus`).
    static let delegatesFocus = HTMLNodeFlags(rawValue: 1 << 4)
    /// The shadow root is closed (`shadowrootmode="closed"`).
    static let closedShadowRoot = HTMLNodeFlags(rawValue: 1 << 5)
}

/// One node of the flat tree. Links are indices into ``HTMLTreeStorage/nodes``; -1 means none.
///
/// Nodes are stored in document order (the order of their start in the source), so the
/// descendants of node `i` are exactly the nodes `i + 1 ..< subtreeEnd`. Template contents and
/// shadow roots are stored as child nodes of their template element or host, with their own
/// kind, so that this holds for them too; the public API keeps them out of child lists.
struct HTMLNodeRecord: Sendable {
    var kind: HTMLNodeKind
    var namespace: HTMLNamespace = .html
    var flags: HTMLNodeFlags = []
    /// Index into ``HTMLTreeStorage/names`` (elements), or -1.
    var name: Int32 = -1
    var parent: Int32 = -1
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var previousSibling: Int32 = -1
    var nextSibling: Int32 = -1
    /// One past the index of the last descendant.
    var subtreeEnd: Int32 = 0
    /// For elements (and shadow roots) the first index into ``HTMLTreeStorage/attributes``; for
    /// text nodes the index into ``HTMLTreeStorage/texts``.
    var payload: Int32 = -1
    var attributeCount: Int32 = 0
    /// Nesting depth: the document is 0, `<html>` is 1.
    var depth: Int32 = 0
    /// The root of the node's tree scope: 0 for the document, else a template content or shadow
    /// root node.
    var scope: Int32 = 0
    /// Where the node starts in the decoded UTF-8 text (the `<` of a start tag, the first
    /// character of a text run), or -1 when it has no source (implied elements).
    var textOffset: Int32 = -1
    /// The resolved 1-based line, or 0 when there is no source location.
    var line: Int32 = 0
    /// The resolved 1-based column in Unicode scalars, or 0.
    var column: Int32 = 0
    /// The resolved offset in the input bytes, or -1.
    var inputByteOffset: Int = -1
    /// For form-associated elements, the `<form>` the parser associated them with (the HTML
    /// standard's form element pointer when they were inserted), or -1.
    var formOwner: Int32 = -1

    init(kind: HTMLNodeKind) { self.kind = kind }
}

/// The flat tree a parse produces: nodes plus the tables their records point into.
struct HTMLTreeStorage: Sendable {
    var nodes: [HTMLNodeRecord]
    /// Interned element and attribute names.
    var names: [String]
    var attributes: [HTMLAttribute]
    var texts: [String]
}
