/// A page rebuilt from a recording's DOM messages, as OpenReplay's player rebuilds it.
///
/// Feed it every message of a session in order with `apply(_:)`. It creates, moves and removes nodes
/// (`CreateElementNode`, `CreateTextNode`, `MoveNode`, `RemoveNode`), sets and removes attributes in
/// every form (`SetNodeAttribute`, the URL-based form and the three dictionary forms, resolved by the
/// reader), sets text and style text (`SetNodeData`, `SetCSSData`), and attaches iframe documents and
/// shadow roots (`CreateIFrameDocument`). Other messages leave it unchanged.
///
/// A new page starts, and the tree is emptied, on `CreateDocument`, when a batch header's `PageNo`
/// changes, and when `SetPageLocation` reports a new full navigation (a non-zero `NavigationStart`
/// other than the current page's); single-page-app navigations (`NavigationStart` 0) keep the tree.
/// As in the player, `CreateDocument` makes the `<html>` element of the top-level document node 0.
///
/// Its elements (`RebuiltElement`) conform to `SelectorMatchable`, `ClassifiableElement` and
/// `MaskingElement`, so the selector engine, the field classifier and the masking model apply to a
/// rebuilt page exactly as to a parsed HTML file.
///
/// Messages that refer to nodes the page does not have (ids the tracker reserved but never created,
/// nodes of a page before a reset) change nothing and are counted in `unresolvedReferences`: the
/// player ignores them too, and the strings they carry are still checked by the auditor.
///
/// A `RebuiltDOM` belongs to one session's task; it is not shared between tasks.
public final class RebuiltDOM {
    /// The page's nodes and the logic that changes them.
    ///
    /// Read on every message and by every element query, so the run-time exclusivity check is off for
    /// it: the page belongs to one task, and no access to it overlaps another (`apply` changes the
    /// tree, a value, without calling out).
    @exclusivity(unchecked) private(set) var tree: RebuiltTree

    /// Creates an empty page.
    /// - Parameters:
    ///   - limits: The limits the page is kept within.
    ///   - watchedAttributeNames: Attribute names (lower case) whose presence on an element makes it
    ///     watched.
    ///   - watchedTagNames: Tag names (lower case) that make an HTML element watched; `nil` makes every
    ///     element watched. A caller that only needs to look closely at some elements (those a masking
    ///     rule could match) asks `RebuiltElement.isWatched` instead of testing each one.
    public init(limits: RebuildLimits = .standard, watchedAttributeNames: Set<String> = [], watchedTagNames: Set<String>? = nil) {
        tree = RebuiltTree(limits: limits, watchedAttributeNames: watchedAttributeNames, watchedTagNames: watchedTagNames)
    }

    /// The limits the page is kept within.
    public var limits: RebuildLimits { tree.limits }
    /// Increases on every change of the page, text included: anything that can change a field's labels.
    public var contentGeneration: UInt64 { tree.contentGeneration }
    /// How many pages have been created (`CreateDocument` messages).
    public var pageCount: Int { tree.pageCount }
    /// How many DOM messages referred to a node the page does not have, or to a node of the wrong kind.
    public var unresolvedReferences: Int { tree.unresolvedReferences }
    /// How many dictionary-based attribute messages had a name or value the dictionaries did not hold.
    public var unresolvedAttributes: Int { tree.unresolvedAttributes }
    /// How many nodes are alive.
    public var liveNodeCount: Int { tree.liveNodeCount }

    /// The node table; a node's slot is its index.
    var nodes: [RebuiltNode] { tree.nodes }
    /// The number of slots in the node table (live and free): an upper bound for slot numbers, for
    /// caches kept beside the page.
    var slotCapacity: Int { tree.slotCapacity }

    // MARK: Queries

    /// The element with the recorded id `id`, or `nil`.
    public func element(withID id: UInt64) -> RebuiltElement? {
        guard let slot = tree.slot(ofNodeWithID: id), tree.nodes[Int(slot)].kind == .element else { return nil }
        return RebuiltElement(dom: self, slot: slot)
    }

    /// The parent element of the text node with the recorded id `id`, or `nil` when there is no such
    /// text node or it is not inside an element.
    public func parentElement(ofTextNodeWithID id: UInt64) -> RebuiltElement? {
        guard let slot = tree.slot(ofNodeWithID: id) else { return nil }
        // Fields one by one: a copy of the node would retain its name, attributes and text.
        let parent = tree.nodes[Int(slot)].parent
        guard tree.nodes[Int(slot)].kind == .text, parent >= 0, tree.nodes[Int(parent)].kind == .element else { return nil }
        return RebuiltElement(dom: self, slot: parent)
    }

    /// The slot of the node with the recorded id `id`, for caches kept beside the page.
    func slot(ofNodeWithID id: UInt64) -> Int32? { tree.slot(ofNodeWithID: id) }

    /// Whether any element of the page hosts, or has hosted, a frame document or shadow root.
    var hasHostedRoots: Bool { tree.hasHostedRoots }

    /// The `<label>` elements of the page, for the field classifier's label index.
    public var labelElements: [RebuiltElement] { tree.labelSlots.map { RebuiltElement(dom: self, slot: $0) } }

    // MARK: Applying messages

    /// Whether applying `message` may remove nodes from the page (a removal, a new page, a replaced
    /// shadow root or frame document): anything that must look a node up should do so first.
    public func wouldFreeNodes(_ message: RecordedMessage) -> Bool { tree.wouldFreeNodes(message) }

    /// Applies one message of the session.
    /// - Throws: `RebuildFault` when the page would exceed its limits; the page is then left as it
    ///   was before the message.
    public func apply(_ message: RecordedMessage) throws(RebuildFault) {
        try tree.apply(message)
    }

    /// ASCII lower case, as HTML lower-cases tag and attribute names.
    static func asciiLowercased(_ text: String) -> String { RebuiltTree.asciiLowercased(text) }
}
