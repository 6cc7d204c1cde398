/// What a node of a rebuilt page is.
enum RebuiltNodeKind: UInt8 {
    /// The top-level document. It has no recorded id; its `<html>` element is node 0 (`CreateDocument`).
    case document
    /// The document of a same-origin `<iframe>` (`CreateIFrameDocument` on a frame element).
    case frameDocument
    /// A shadow root (`CreateIFrameDocument` on any other element).
    case shadowRoot
    /// An element.
    case element
    /// A text node (also the text of `<style>` elements, `SetCSSData`).
    case text

    /// Whether the node is the root of a tree scope: a document or a shadow root.
    var isRoot: Bool { self == .document || self == .frameDocument || self == .shadowRoot }
}

/// One attribute of a rebuilt element; names are stored in ASCII lower case.
struct RebuiltAttribute {
    var name: String
    var value: String
}

/// The storage of one node of a `RebuiltDOM`: its kind, its place in the tree (as slots of the DOM's
/// node table, `-1` for none) and its content.
///
/// Children are a doubly linked list, so that inserting at the end, finding a previous sibling and
/// detaching a node are constant time however many siblings there are.
struct RebuiltNode {
    /// The id the recording gives the node; `nil` for the top-level document, which has none.
    var id: UInt64?
    var kind: RebuiltNodeKind
    var parent: Int32 = -1
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var previousSibling: Int32 = -1
    var nextSibling: Int32 = -1
    var childCount: Int32 = 0
    /// For a frame document or shadow root, the element that hosts it.
    var host: Int32 = -1
    /// For an element: its local name, lower-cased for HTML elements.
    var localName: String = ""
    /// For an element: whether it is in the HTML namespace (the recording's `SVG` flag is false).
    var isHTML: Bool = true
    /// For an element: its attributes, in the order they were first set.
    var attributes: [RebuiltAttribute] = []
    /// For a text node: its data.
    var text: String = ""
    /// For an element: how many of its attributes are in `RebuiltDOM.watchedAttributeNames`.
    var watchedAttributeCount: UInt16 = 0
    /// For an element: whether its tag is in `RebuiltDOM.watchedTagNames`.
    var hasWatchedTag = false
    /// The number of ancestors up to the top of the tree scope, as of the node's creation or last move.
    var depth: Int32 = 0

    init(id: UInt64?, kind: RebuiltNodeKind) {
        self.id = id
        self.kind = kind
    }
}
