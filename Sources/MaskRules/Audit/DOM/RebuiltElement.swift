/// An element of a `RebuiltDOM`: a reference to the page and the element's slot in it.
///
/// It is valid until the page changes the element (removes it or starts a new page); keep the
/// recorded id (`nodeID`) to find it again later.
///
/// Tree navigation stays inside one tree scope, as `SelectorMatchable` requires: the top element of a
/// shadow root or of an iframe's document has no parent element, and the top-level document's
/// `<html>` (node 0) has none either.
public struct RebuiltElement: Hashable {
    /// The page.
    public let dom: RebuiltDOM
    /// The element's slot in the page's node table.
    let slot: Int32

    init(dom: RebuiltDOM, slot: Int32) {
        self.dom = dom
        self.slot = slot
    }

    /// The id the recording gives the element.
    public var nodeID: UInt64 { dom.tree.nodes[Int(slot)].id ?? 0 }

    /// Whether the element has a watched tag or attribute (`RebuiltDOM(watchedAttributeNames:watchedTagNames:)`);
    /// SVG elements are always watched.
    public var isWatched: Bool {
        dom.tree.nodes[Int(slot)].hasWatchedTag || dom.tree.nodes[Int(slot)].watchedAttributeCount > 0
    }

    /// The element's attributes, names in lower case, in the order they were first set.
    public var attributes: [(name: String, value: String)] { dom.tree.nodes[Int(slot)].attributes.map { ($0.name, $0.value) } }

    public static func == (lhs: RebuiltElement, rhs: RebuiltElement) -> Bool {
        lhs.dom === rhs.dom && lhs.slot == rhs.slot
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(dom))
        hasher.combine(slot)
    }

    /// The slot of the element's parent node, -1 at the top of a detached subtree.
    var parentSlot: Int32 { dom.tree.nodes[Int(slot)].parent }

    /// The root of the element's tree scope: a document, a shadow root, or the topmost ancestor of a
    /// detached subtree.
    var scopeRootSlot: Int32 {
        var current = slot
        while true {
            let parent = dom.tree.nodes[Int(current)].parent
            if parent < 0 { return current }
            current = parent
        }
    }
}

extension RebuiltElement: SelectorMatchable {
    /// The local name: lower case for HTML elements, as recorded for SVG elements.
    public var localName: String { dom.tree.nodes[Int(slot)].localName }

    /// `true` unless the recording marks the element as SVG.
    public var isHTMLElement: Bool { dom.tree.nodes[Int(slot)].isHTML }

    /// Always `false`: recordings do not say whether a page is in quirks mode, and the tracker's
    /// selectors are written for standards mode.
    public var isInQuirksModeDocument: Bool { false }

    /// The value of the attribute named `name` (given in lower case); names are stored in lower case.
    public func attributeValue(_ name: String) -> String? {
        dom.tree.nodes.withUnsafeBufferPointer { nodes in
            for attribute in nodes[Int(slot)].attributes where attribute.name == name { return attribute.value }
            return nil
        }
    }

    /// The parent element, or `nil` at the top of a tree scope.
    public var parentElement: RebuiltElement? {
        let parent = dom.tree.nodes[Int(slot)].parent
        guard parent >= 0, dom.tree.nodes[Int(parent)].kind == .element else { return nil }
        return RebuiltElement(dom: dom, slot: parent)
    }

    /// The closest preceding sibling that is an element, or `nil`.
    public var previousElementSibling: RebuiltElement? {
        var sibling = dom.tree.nodes[Int(slot)].previousSibling
        while sibling >= 0 {
            if dom.tree.nodes[Int(sibling)].kind == .element { return RebuiltElement(dom: dom, slot: sibling) }
            sibling = dom.tree.nodes[Int(sibling)].previousSibling
        }
        return nil
    }
}

extension RebuiltElement: ClassifiableElement {
    /// The concatenated data of the text nodes below the element, in tree order.
    public var textContent: String {
        var text = ""
        var stack: [Int32] = []
        var child = dom.nodes[Int(slot)].lastChild
        while child >= 0 {
            stack.append(child)
            child = dom.nodes[Int(child)].previousSibling
        }
        while let current = stack.popLast() {
            let node = dom.nodes[Int(current)]
            if node.kind == .text {
                text += node.text
                continue
            }
            var child = node.lastChild
            while child >= 0 {
                stack.append(child)
                child = dom.nodes[Int(child)].previousSibling
            }
        }
        return text
    }

    /// The data of the text nodes right before the element, after its previous element sibling.
    public var precedingSiblingText: String {
        var pieces: [String] = []
        var sibling = dom.nodes[Int(slot)].previousSibling
        while sibling >= 0, dom.nodes[Int(sibling)].kind == .text {
            pieces.append(dom.nodes[Int(sibling)].text)
            sibling = dom.nodes[Int(sibling)].previousSibling
        }
        return pieces.reversed().joined()
    }

    /// The first element in tree order in the element's tree scope whose `id` is `id`.
    public func elementInTreeScope(withID id: String) -> RebuiltElement? {
        var stack: [Int32] = [scopeRootSlot]
        while let current = stack.popLast() {
            let node = dom.nodes[Int(current)]
            if node.kind == .element, node.attributes.contains(where: { $0.name == "id" && $0.value == id }) {
                return RebuiltElement(dom: dom, slot: current)
            }
            var child = node.lastChild
            while child >= 0 {
                stack.append(child)
                child = dom.nodes[Int(child)].previousSibling
            }
        }
        return nil
    }

    /// The slot of the element's tree scope root.
    public var treeScopeKey: Int { Int(scopeRootSlot) }
}

extension RebuiltElement: MaskingElement {
    /// Whether the element is node 0, the `<html>` of the top-level document, which the tracker never
    /// gives a level.
    public var isTopLevelDocumentElement: Bool {
        let parent = dom.tree.nodes[Int(slot)].parent
        return parent >= 0 && parent == dom.tree.documentSlot
    }

    /// One pass over the attributes, whose names are stored in lower case (as `attributeValue(_:)`
    /// compares them).
    public var openReplayAttributes: OpenReplayAttributes {
        dom.tree.nodes.withUnsafeBufferPointer { nodes in
            var found: OpenReplayAttributes = []
            for attribute in nodes[Int(slot)].attributes {
                if let known = OpenReplayAttribute(attributeName: attribute.name, caseInsensitive: false) {
                    found.insert(OpenReplayAttributes(known))
                }
            }
            return found
        }
    }
}
