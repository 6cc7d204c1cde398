/// A node of an ``HTMLDocument``: the document, an element, a text run, a template's contents or
/// a shadow root. A cheap value (the document and an index) that compares by identity.
public struct HTMLNode: Hashable, Sendable, CustomStringConvertible {
    /// The document the node belongs to.
    public let document: HTMLDocument
    /// The node's index in the document; indices follow document order and 0 is the document.
    public let index: Int

    init(document: HTMLDocument, index: Int) {
        self.document = document
        self.index = index
    }

    private var record: HTMLNodeRecord { document.record(index) }

    /// What the node is.
    public var kind: HTMLNodeKind { record.kind }

    /// The node as an element, when it is one.
    public var element: HTMLElement? { kind == .element ? HTMLElement(document: document, index: index) : nil }

    /// The characters of a text node; `nil` for other nodes.
    public var text: String? {
        let record = record
        return record.kind == .text ? document.storage.texts[Int(record.payload)] : nil
    }

    /// The DOM parent: `nil` for the document, for template contents and for shadow roots (use
    /// ``host`` to reach their template element or host).
    public var parentNode: HTMLNode? {
        let record = record
        guard record.kind != .templateContent, record.kind != .shadowRoot, record.parent >= 0 else { return nil }
        return HTMLNode(document: document, index: Int(record.parent))
    }

    /// The parent, when it is an element of the same tree scope.
    public var parentElement: HTMLElement? { parentNode?.element }

    /// For template contents, the `<template>` element; for a shadow root, its host.
    public var host: HTMLElement? {
        let record = record
        guard record.kind == .templateContent || record.kind == .shadowRoot else { return nil }
        return HTMLElement(document: document, index: Int(record.parent))
    }

    /// The element and text children, in order. A template's contents and a host's shadow root
    /// are not children (as in the DOM); reach them with ``HTMLElement/templateContent`` and
    /// ``HTMLElement/shadowRoot``.
    public var childNodes: HTMLChildNodeSequence { HTMLChildNodeSequence(document: document, first: Int(record.firstChild)) }

    /// The element children, in order.
    public var children: HTMLChildElementSequence {
        HTMLChildElementSequence(document: document, first: Int(record.firstChild))
    }

    /// The elements under this node in document order, staying in its tree scope (template
    /// contents and shadow trees below it are left out), as `querySelectorAll('*')`.
    public var descendantElements: HTMLElementSequence {
        HTMLElementSequence(document: document, range: (index + 1)..<Int(record.subtreeEnd), staysInScope: true)
    }

    /// The text of the text nodes under this node in its tree scope, concatenated (the DOM's
    /// `textContent`); a text node's own text.
    public var textContent: String { document.textContent(of: index) }

    /// The root of the node's tree scope: the document, a template's contents, or a shadow root.
    public var treeScopeRoot: HTMLNode { HTMLNode(document: document, index: Int(record.scope)) }

    /// The first element with this `id` in this node's tree scope, as `getElementById` on the
    /// scope's root.
    public func element(withID id: String) -> HTMLElement? {
        document.element(withID: id, inTreeScope: record.scope)
    }

    /// For a shadow root, its mode; `nil` for other nodes.
    public var shadowRootMode: HTMLShadowRootMode? {
        let record = record
        guard record.kind == .shadowRoot else { return nil }
        return record.flags.contains(.closedShadowRoot) ? .closed : .open
    }

    /// For a shadow root, whether its template had `shadowrootdelegatesfocus`.
    public var delegatesFocus: Bool { record.kind == .shadowRoot && record.flags.contains(.delegatesFocus) }

    /// Where the node starts in the source: the `<` of an element's start tag (or of the
    /// `<template>` a shadow root came from), the first character of a text run. `nil` for nodes
    /// without source: the document, template contents, and elements the parser implied.
    public var sourceLocation: SourceLocation? { document.sourceLocation(of: index) }

    /// A short human-readable form, for messages and debugging.
    public var description: String {
        switch kind {
        case .element: element!.description
        case .text: "#text \(String(reflecting: text ?? ""))"
        case .document: "#document"
        case .templateContent: "#template-content"
        case .shadowRoot: "#shadow-root (\(shadowRootMode?.rawValue ?? "open"))"
        }
    }

    /// Whether both refer to the same node of the same document.
    public static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool {
        lhs.index == rhs.index && lhs.document === rhs.document
    }

    /// Hashes the document identity and the index.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(document))
        hasher.combine(index)
    }
}
