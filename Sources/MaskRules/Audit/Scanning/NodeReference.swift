/// The node a message's string belongs to: an element, or a text node (whose element is its parent).
struct NodeReference: Hashable {
    /// The recorded node id.
    var id: UInt64
    /// Whether the id is a text node's.
    var isText: Bool

    /// The node a message refers to, for the messages whose strings belong to a node.
    init?(of body: borrowing MessageBody) {
        switch body {
        case .setNodeAttribute(let id, _, _), .setNodeAttributeURLBased(let id, _, _, _),
             .setNodeAttributeDictGlobal(let id, _, _), .setNodeAttributeDict(let id, _, _),
             .setNodeAttributeDictDeprecated(let id, _, _), .setInputValue(let id, _, _),
             .setInputTarget(let id, _), .inputChange(let id, _, _, _, _, _), .nodeAnimationResult(let id, _),
             .mouseClick(let id, _, _, _, _, _), .mouseClickDeprecated(let id, _, _, _), .removeNodeAttribute(let id, _),
             .createElementNode(let id, _, _, _, _):
            self.init(id: id, isText: false)
        case .setNodeData(let id, _), .setCSSData(let id, _):
            self.init(id: id, isText: true)
        case .loadFontFace(let parentID, _, _, _):
            self.init(id: parentID, isText: false)
        default:
            return nil
        }
    }

    init(id: UInt64, isText: Bool) {
        self.id = id
        self.isText = isText
    }
}
