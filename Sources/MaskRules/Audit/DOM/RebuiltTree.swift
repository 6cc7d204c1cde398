/// The storage and the logic of a `RebuiltDOM`: a value, so that applying a message is one access to
/// the page's storage, not one per node touched.
struct RebuiltTree {
    /// The limits the page is kept within.
    let limits: RebuildLimits
    /// Tag names (lower case, HTML elements) that `RebuiltElement.isWatched` reports; `nil` watches
    /// every element.
    let watchedTagNames: NameSet?
    /// The HTML tag names and the attribute names of the recording, each lower-cased and looked up in
    /// the watched names once; the attribute names watched are those whose presence
    /// `RebuiltElement.isWatched` reports.
    private var tagNames: NameInterner
    private var attributeNames: NameInterner
    /// The node table; a node's slot is its index. Freed slots are reused.
    private(set) var nodes: [RebuiltNode] = []
    private var freeSlots: [Int32] = []
    private var slotsByID = NodeIndex()
    /// The frame documents and shadow roots each element hosts, by the element's slot.
    private var hostedRoots: [Int32: [Int32]] = [:]
    /// The slot of the top-level document, or -1 before the first `CreateDocument`.
    private(set) var documentSlot: Int32 = -1
    /// The `<label>` elements alive, by slot: the field classifier's `<label for>` index is built from them.
    private(set) var labelSlots: Set<Int32> = []

    /// Increases on every change of the page, text included: anything that can change a field's labels.
    private(set) var contentGeneration: UInt64 = 1
    /// How many pages have been created (`CreateDocument` messages).
    private(set) var pageCount = 0
    /// How many DOM messages referred to a node the page does not have, or to a node of the wrong kind.
    private(set) var unresolvedReferences = 0
    /// How many dictionary-based attribute messages had a name or value the dictionaries did not hold.
    private(set) var unresolvedAttributes = 0
    /// How many nodes are alive.
    private(set) var liveNodeCount = 0

    private var pageNumber: UInt64?
    private var navigationStart: UInt64 = 0

    /// Creates an empty page (see `RebuiltDOM.init`).
    init(limits: RebuildLimits, watchedAttributeNames: Set<String>, watchedTagNames: Set<String>?) {
        self.limits = limits
        self.watchedTagNames = watchedTagNames.map(NameSet.init)
        tagNames = NameInterner(watched: self.watchedTagNames)
        attributeNames = NameInterner(watched: NameSet(watchedAttributeNames))
    }

    // MARK: Queries

    /// The slot of the node with the recorded id `id`.
    func slot(ofNodeWithID id: UInt64) -> Int32? { slotsByID[id] }

    /// Whether any element of the page hosts, or has hosted, a frame document or shadow root: when
    /// not, every node's tree scope is the top-level document or a detached subtree.
    var hasHostedRoots: Bool { !hostedRoots.isEmpty }

    /// The number of slots in the node table (live and free): an upper bound for slot numbers, for
    /// caches kept beside the page.
    var slotCapacity: Int { nodes.count }

    // MARK: Applying messages

    /// Whether applying `message` may remove nodes from the page (a removal, a new page, a replaced
    /// shadow root or frame document): anything that must look a node up should do so first.
    func wouldFreeNodes(_ message: RecordedMessage) -> Bool {
        switch message.body {
        case .removeNode, .createDocument, .createIFrameDocument:
            return true
        case .batchMetadata(_, let pageNo, _, _, _):
            return pageNumber.map { $0 != pageNo } ?? false
        case .setPageLocation(_, _, let start, _), .setPageLocationDeprecated(_, _, let start):
            return start != 0 && start != navigationStart && navigationStart != 0
        case .createElementNode(let id, _, _, _, _), .createTextNode(let id, _, _):
            return slotsByID[id] != nil
        default:
            return false
        }
    }

    /// Applies one message of the session (see `RebuiltDOM.apply(_:)`).
    mutating func apply(_ message: RecordedMessage) throws(RebuildFault) {
        switch message.body {
        case .createDocument:
            startPage()
            pageCount += 1
            let document = allocate(RebuiltNode(id: nil, kind: .document))
            documentSlot = document
            var html = RebuiltNode(id: 0, kind: .element)
            html.localName = "html"
            html.depth = 1
            html.hasWatchedTag = watchedTagNames.map { $0.contains("html") } ?? true
            let htmlSlot = allocate(html)
            slotsByID[0] = htmlSlot
            append(htmlSlot, to: document)
        case .batchMetadata(_, let pageNo, _, _, _):
            if let pageNumber, pageNumber != pageNo { startPage() }
            pageNumber = pageNo
        case .setPageLocation(_, _, let start, _), .setPageLocationDeprecated(_, _, let start):
            if start != 0 && start != navigationStart {
                if navigationStart != 0 { startPage() }
                navigationStart = start
            }
        case .createElementNode(let id, let parentID, let index, let tag, let svg):
            var node = RebuiltNode(id: id, kind: .element)
            node.isHTML = !svg
            if svg {
                node.localName = message.text(tag)
                node.hasWatchedTag = true
            } else {
                let name = message.withUTF8(tag) { tagNames.name($0) }
                node.localName = name.lowered
                node.hasWatchedTag = name.isWatched
            }
            try create(node, parentID: parentID, index: index, message: message)
        case .createTextNode(let id, let parentID, let index):
            try create(RebuiltNode(id: id, kind: .text), parentID: parentID, index: index, message: message)
        case .moveNode(let id, let parentID, let index):
            try move(id: id, parentID: parentID, index: index, message: message)
        case .removeNode(let id):
            guard let slot = slotsByID[id], !nodes[Int(slot)].kind.isRoot || nodes[Int(slot)].kind == .shadowRoot else {
                unresolvedReferences += 1
                return
            }
            detach(slot)
            free(subtree: slot)
            changed()
        case .setNodeAttribute(let id, let name, let value), .setNodeAttributeURLBased(let id, let name, let value, _):
            setAttribute(id: id, name: message.withUTF8(name) { attributeNames.name($0) }, value: message.text(value))
        case .setNodeAttributeDictGlobal(let id, _, _), .setNodeAttributeDictDeprecated(let id, _, _),
             .setNodeAttributeDict(let id, _, _):
            guard let name = message.resolvedAttribute?.name, let value = message.resolvedAttribute?.value else {
                unresolvedAttributes += 1
                return
            }
            setAttribute(id: id, name: name.withUTF8 { attributeNames.name($0) }, value: value.text)
        case .removeNodeAttribute(let id, let name):
            guard let slot = elementSlot(id) else { return }
            let name = message.withUTF8(name) { attributeNames.name($0) }
            if let index = nodes[Int(slot)].attributes.firstIndex(where: { $0.name == name.lowered }) {
                nodes[Int(slot)].attributes.remove(at: index)
                if name.isWatched { nodes[Int(slot)].watchedAttributeCount -= 1 }
                changed()
            }
        case .setNodeData(let id, let data), .setCSSData(let id, let data):
            guard let slot = slotsByID[id], nodes[Int(slot)].kind == .text else {
                unresolvedReferences += 1
                return
            }
            nodes[Int(slot)].text = message.text(data)
            contentGeneration &+= 1
        case .createIFrameDocument(let frameID, let id):
            guard let host = elementSlot(frameID) else { return }
            let kind: RebuiltNodeKind =
                nodes[Int(host)].isHTML && Self.frameTags.contains(nodes[Int(host)].localName) ? .frameDocument : .shadowRoot
            try checkNodeCount(message)
            if let existing = slotsByID[id] {
                detach(existing)
                free(subtree: existing)
            }
            var root = RebuiltNode(id: id, kind: kind)
            root.host = host
            let slot = allocate(root)
            slotsByID[id] = slot
            hostedRoots[host, default: []].append(slot)
            changed()
        default:
            return
        }
    }

    /// The elements whose `CreateIFrameDocument` attaches a document rather than a shadow root.
    private static let frameTags: Set<String> = ["iframe", "frame", "object", "embed"]

    // MARK: Tree changes

    private mutating func startPage() {
        nodes.removeAll(keepingCapacity: true)
        freeSlots.removeAll(keepingCapacity: true)
        slotsByID.removeAll()
        hostedRoots.removeAll()
        labelSlots.removeAll()
        documentSlot = -1
        liveNodeCount = 0
        changed()
    }

    private mutating func changed() {
        contentGeneration &+= 1
    }

    private mutating func create(_ node: RebuiltNode, parentID: UInt64, index: UInt64, message: RecordedMessage) throws(RebuildFault) {
        guard let id = node.id else { return }
        guard let parent = slotsByID[parentID], nodes[Int(parent)].kind != .text else {
            unresolvedReferences += 1
            return
        }
        try checkNodeCount(message)
        let depth = Int(nodes[Int(parent)].depth) + 1
        if depth > limits.maximumDepth { throw fault(.tooDeep(limit: limits.maximumDepth), message) }
        if let existing = slotsByID[id] {
            if existing == parent || isAncestor(existing, of: parent) {
                unresolvedReferences += 1
                return
            }
            detach(existing)
            free(subtree: existing)
        }
        var node = node
        node.depth = Int32(depth)
        let slot = allocate(node)
        slotsByID[id] = slot
        if node.kind == .element && node.isHTML && node.localName == "label" { labelSlots.insert(slot) }
        insert(slot, into: parent, at: index)
        changed()
    }

    private mutating func move(id: UInt64, parentID: UInt64, index: UInt64, message: RecordedMessage) throws(RebuildFault) {
        guard let slot = slotsByID[id], !nodes[Int(slot)].kind.isRoot,
              let parent = slotsByID[parentID], nodes[Int(parent)].kind != .text,
              slot != parent, !isAncestor(slot, of: parent)
        else {
            unresolvedReferences += 1
            return
        }
        if depth(of: parent) + subtreeHeight(slot) + 1 > limits.maximumDepth {
            throw fault(.tooDeep(limit: limits.maximumDepth), message)
        }
        detach(slot)
        insert(slot, into: parent, at: index)
        updateDepths(below: slot)
        changed()
    }

    private mutating func setAttribute(id: UInt64, name: NameInterner.Name, value: String) {
        guard let slot = elementSlot(id) else { return }
        if let index = nodes[Int(slot)].attributes.firstIndex(where: { $0.name == name.lowered }) {
            if nodes[Int(slot)].attributes[index].value == value { return }
            nodes[Int(slot)].attributes[index].value = value
        } else {
            nodes[Int(slot)].attributes.append(RebuiltAttribute(name: name.lowered, value: value))
            if name.isWatched { nodes[Int(slot)].watchedAttributeCount += 1 }
        }
        changed()
    }

    private mutating func elementSlot(_ id: UInt64) -> Int32? {
        guard let slot = slotsByID[id], nodes[Int(slot)].kind == .element else {
            unresolvedReferences += 1
            return nil
        }
        return slot
    }

    private func checkNodeCount(_ message: RecordedMessage) throws(RebuildFault) {
        if liveNodeCount + 1 > limits.maximumNodes { throw fault(.tooManyNodes(limit: limits.maximumNodes), message) }
    }

    private func fault(_ reason: RebuildFault.Reason, _ message: RecordedMessage) -> RebuildFault {
        RebuildFault(reason: reason, file: message.file, byteOffset: message.byteOffset, messageIndex: message.index)
    }

    /// The height of the subtree below `slot`: 0 for a leaf.
    private func subtreeHeight(_ slot: Int32) -> Int {
        var height = 0
        var stack: [(Int32, Int)] = [(slot, 0)]
        while let (current, level) = stack.popLast() {
            height = max(height, level)
            var child = nodes[Int(current)].firstChild
            while child >= 0 {
                stack.append((child, level + 1))
                child = nodes[Int(child)].nextSibling
            }
        }
        return height
    }

    /// Recomputes the stored depths of `slot` and everything below it after a move.
    private mutating func updateDepths(below slot: Int32) {
        var stack: [Int32] = [slot]
        while let current = stack.popLast() {
            let parent = nodes[Int(current)].parent
            nodes[Int(current)].depth = parent >= 0 ? nodes[Int(parent)].depth + 1 : 0
            var child = nodes[Int(current)].firstChild
            while child >= 0 {
                stack.append(child)
                child = nodes[Int(child)].nextSibling
            }
        }
    }

    /// The number of ancestors of `slot` up to the top of its tree scope, counted up to the depth limit.
    private func depth(of slot: Int32) -> Int {
        var depth = 0
        var current = nodes[Int(slot)].parent
        while current >= 0 && depth <= limits.maximumDepth {
            depth += 1
            current = nodes[Int(current)].parent
        }
        return depth
    }

    /// Whether `ancestor` is a proper ancestor of `slot` in the same tree scope.
    private func isAncestor(_ ancestor: Int32, of slot: Int32) -> Bool {
        var current = nodes[Int(slot)].parent
        while current >= 0 {
            if current == ancestor { return true }
            current = nodes[Int(current)].parent
        }
        return false
    }

    private mutating func allocate(_ node: RebuiltNode) -> Int32 {
        liveNodeCount += 1
        if let slot = freeSlots.popLast() {
            nodes[Int(slot)] = node
            return slot
        }
        nodes.append(node)
        return Int32(nodes.count - 1)
    }

    /// Frees `slot` and everything below it, including the frame documents and shadow roots hosted there.
    private mutating func free(subtree slot: Int32) {
        var stack: [Int32] = [slot]
        while let current = stack.popLast() {
            var child = nodes[Int(current)].firstChild
            while child >= 0 {
                stack.append(child)
                child = nodes[Int(child)].nextSibling
            }
            if let roots = hostedRoots.removeValue(forKey: current) { stack.append(contentsOf: roots) }
            if nodes[Int(current)].kind.isRoot, nodes[Int(current)].host >= 0 {
                hostedRoots[nodes[Int(current)].host]?.removeAll { $0 == current }
            }
            if let id = nodes[Int(current)].id, slotsByID[id] == current { slotsByID[id] = nil }
            labelSlots.remove(current)
            nodes[Int(current)] = RebuiltNode(id: nil, kind: .text)
            nodes[Int(current)].parent = -2
            freeSlots.append(current)
            liveNodeCount -= 1
        }
    }

    private mutating func detach(_ slot: Int32) {
        let parent = nodes[Int(slot)].parent
        guard parent >= 0 else { return }
        let previous = nodes[Int(slot)].previousSibling
        let next = nodes[Int(slot)].nextSibling
        if previous >= 0 {
            nodes[Int(previous)].nextSibling = next
        } else {
            nodes[Int(parent)].firstChild = next
        }
        if next >= 0 {
            nodes[Int(next)].previousSibling = previous
        } else {
            nodes[Int(parent)].lastChild = previous
        }
        nodes[Int(parent)].childCount -= 1
        nodes[Int(slot)].parent = -1
        nodes[Int(slot)].previousSibling = -1
        nodes[Int(slot)].nextSibling = -1
    }

    private mutating func append(_ slot: Int32, to parent: Int32) {
        insert(slot, into: parent, at: UInt64.max)
    }

    /// Inserts `slot` before the `index`-th child of `parent` (`insertBefore(node, childNodes[index])`),
    /// or at the end when there is no such child.
    private mutating func insert(_ slot: Int32, into parent: Int32, at index: UInt64) {
        var before: Int32 = -1
        if index < UInt64(nodes[Int(parent)].childCount) {
            before = nodes[Int(parent)].firstChild
            var remaining = index
            while remaining > 0 && before >= 0 {
                before = nodes[Int(before)].nextSibling
                remaining -= 1
            }
        }
        nodes[Int(slot)].parent = parent
        if before < 0 {
            let last = nodes[Int(parent)].lastChild
            nodes[Int(slot)].previousSibling = last
            nodes[Int(slot)].nextSibling = -1
            if last >= 0 { nodes[Int(last)].nextSibling = slot } else { nodes[Int(parent)].firstChild = slot }
            nodes[Int(parent)].lastChild = slot
        } else {
            let previous = nodes[Int(before)].previousSibling
            nodes[Int(slot)].previousSibling = previous
            nodes[Int(slot)].nextSibling = before
            nodes[Int(before)].previousSibling = slot
            if previous >= 0 { nodes[Int(previous)].nextSibling = slot } else { nodes[Int(parent)].firstChild = slot }
        }
        nodes[Int(parent)].childCount += 1
    }

    /// ASCII lower case, as HTML lower-cases tag and attribute names (`ASCIIBytes.lowercased`).
    static func asciiLowercased(_ text: String) -> String { ASCIIBytes.lowercased(text) }

    /// The same, made straight from a recording's bytes (one string, not two); invalid UTF-8 is
    /// repaired as `String(decoding:as:)` repairs it.
    static func asciiLowercasedText(_ bytes: UnsafeRawBufferPointer) -> String {
        guard bytes.contains(where: { $0 &- 0x41 < 26 }) else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for index in 0..<bytes.count { buffer[index] = ASCIIBytes.lowercased(bytes[index]) }
            return bytes.count
        }
    }
}
