@testable import MaskRules

/// Builds the DOM messages of a page as the tracker sends them: `CreateDocument` (whose `<html>` is
/// node 0), then elements and text nodes appended in order, each with its attributes and data.
struct PageBuilder {
    private(set) var messages: [EncodedMessage]
    private var nextID: UInt64 = 1
    private var childCounts: [UInt64: UInt64] = [:]

    /// A page whose messages start with `prefix` (time, location) and `CreateDocument`.
    init(_ prefix: [EncodedMessage] = [.timestamp(1_700_000_000_000)]) {
        messages = prefix + [.createDocument]
    }

    /// Appends an element under `parent` and returns its id.
    @discardableResult
    mutating func element(_ tag: String, in parent: UInt64, _ attributes: [(String, String)] = [], svg: Bool = false) -> UInt64 {
        let id = nextID
        nextID += 1
        messages.append(.createElementNode(id: id, parentID: parent, index: nextIndex(parent), tag: tag, svg: svg))
        for (name, value) in attributes { messages.append(.setNodeAttribute(id: id, name: name, value: value)) }
        return id
    }

    /// Appends a text node with `data` under `parent` and returns its id.
    @discardableResult
    mutating func text(_ data: String, in parent: UInt64) -> UInt64 {
        let id = nextID
        nextID += 1
        messages.append(.createTextNode(id: id, parentID: parent, index: nextIndex(parent)))
        messages.append(.setNodeData(id: id, data: data))
        return id
    }

    /// Attaches a shadow root (or, on an `<iframe>`, a document) to `host` and returns its id.
    mutating func root(on host: UInt64) -> UInt64 {
        let id = nextID
        nextID += 1
        messages.append(.createIFrameDocument(frameID: host, id: id))
        return id
    }

    /// Appends any other message.
    mutating func append(_ message: EncodedMessage) {
        messages.append(message)
    }

    private mutating func nextIndex(_ parent: UInt64) -> UInt64 {
        defer { childCounts[parent, default: 0] += 1 }
        return childCounts[parent, default: 0]
    }
}
