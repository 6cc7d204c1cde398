@testable import MaskRules

/// An element as the browser proof compares it: what selector matching can see of the element
/// itself, and its parent's position in the same tree scope.
struct ProofElement: Hashable, Sendable, Decodable {
    /// The local name (`input`, `foreignObject`).
    let localName: String
    /// The namespace URI, as `Element.namespaceURI`.
    let namespaceURI: String
    /// The parent's index in the scope's element list, or -1 for a top element of the scope.
    let parent: Int
    /// The attributes in order, each `[qualified name, value]`.
    let attributes: [[String]]

    enum CodingKeys: String, CodingKey {
        case localName = "n", namespaceURI = "s", parent = "p", attributes = "a"
    }

    /// `<name attr="value" …>`, for messages.
    var startTag: String {
        let shown = attributes.prefix(3).map { pair in
            pair.count == 2 ? " \(pair[0])=\"\(pair[1].prefix(24))\"" : ""
        }.joined()
        return "<" + localName + shown + (attributes.count > 3 ? " …" : "") + ">"
    }
}

/// The kinds of tree scope whose elements `querySelectorAll` can reach.
enum ProofScopeKind: String, Hashable, Sendable, Decodable {
    /// The document tree: `document.querySelectorAll`.
    case document
    /// An open shadow root: `host.shadowRoot.querySelectorAll`.
    case shadowRoot = "shadow"
    /// A template's contents: `template.content.querySelectorAll`.
    case templateContent = "template"
}

/// The elements of one tree scope, in document order.
struct ProofScope: Hashable, Sendable {
    let kind: ProofScopeKind
    var elements: [ProofElement]
}

/// A document's element trees as one side built them: the document tree, then every open shadow
/// root and every template's contents in the order a pre-order walk meets their hosts.
///
/// Both sides walk the same way: for each element, record it, then (if it hosts an open shadow
/// root) the shadow root's scope, then (if it is a template) the template contents' scope, then the
/// element's children.
struct ProofTree: Hashable, Sendable {
    /// Whether the document is in quirks mode (`document.compatMode == "BackCompat"`).
    let isQuirksMode: Bool
    var scopes: [ProofScope]
}

/// masklint's side of one document: the tree, and its elements for the selector engine.
struct MasklintProofTree {
    let tree: ProofTree
    /// The elements of each scope, parallel to `tree.scopes[…].elements`.
    let elements: [[HTMLElement]]
    /// Closed shadow roots: scripts cannot reach them (nor can the tracker), so they are not compared.
    let closedShadowRoots: Int

    init(_ document: HTMLDocument) {
        var scopes: [ProofScope] = []
        var elements: [[HTMLElement]] = []
        var closed = 0
        func newScope(_ kind: ProofScopeKind, _ children: HTMLChildElementSequence) {
            scopes.append(ProofScope(kind: kind, elements: []))
            elements.append([])
            walk(children, scope: scopes.count - 1, parent: -1)
        }
        func walk(_ children: HTMLChildElementSequence, scope: Int, parent: Int) {
            for element in children {
                let index = elements[scope].count
                elements[scope].append(element)
                scopes[scope].elements.append(
                    ProofElement(
                        localName: element.localName, namespaceURI: element.namespace.uri, parent: parent,
                        attributes: element.attributes.map { [$0.name, $0.value] }))
                if let shadowRoot = element.shadowRoot {
                    if shadowRoot.shadowRootMode == .closed {
                        closed += 1
                    } else {
                        newScope(.shadowRoot, shadowRoot.children)
                    }
                }
                if let content = element.templateContent { newScope(.templateContent, content.children) }
                walk(element.children, scope: scope, parent: index)
            }
        }
        newScope(.document, document.root.children)
        tree = ProofTree(isQuirksMode: document.quirksMode == .quirks, scopes: scopes)
        self.elements = elements
        closedShadowRoots = closed
    }
}

/// An element of a template's contents as `template.content.querySelectorAll` sees it.
///
/// A template's contents belong to an inert document of their own that is never in quirks mode,
/// so in Chromium `#id` and `.class` match case-sensitively there even when the page is in quirks
/// mode. `HTMLElement` reports the page's mode for every element (what applies once the contents
/// are cloned into the page), so the proof matches template contents through this view.
struct TemplateContentElement: SelectorMatchable {
    let element: HTMLElement

    var localName: String { element.localName }
    var isHTMLElement: Bool { element.isHTMLElement }
    var isInQuirksModeDocument: Bool { false }
    func attributeValue(_ name: String) -> String? { element.attributeValue(name) }
    var parentElement: TemplateContentElement? { element.parentElement.map(TemplateContentElement.init) }
    var previousElementSibling: TemplateContentElement? {
        element.previousElementSibling.map(TemplateContentElement.init)
    }
}
