/// Why a page could no longer be rebuilt from a recording: a `RebuildLimits` limit was reached.
///
/// The session it happens in is unverified: the page's structure from the message on is unknown, so
/// the checks that need it (field classification, masking levels, node paths) cannot vouch for it.
public struct RebuildFault: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which limit was reached.
    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// More than `RebuildLimits.maximumNodes` nodes alive at once.
        case tooManyNodes(limit: Int)
        /// A node deeper than `RebuildLimits.maximumDepth`.
        case tooDeep(limit: Int)

        /// A short stable identifier for reports.
        public var code: String {
            switch self {
            case .tooManyNodes: "too-many-nodes"
            case .tooDeep: "tree-too-deep"
            }
        }

        public var description: String {
            switch self {
            case .tooManyNodes(let limit): "the page has more than \(limit) nodes (--max-dom-nodes)"
            case .tooDeep(let limit): "a node is nested more than \(limit) levels deep (--max-dom-depth)"
            }
        }
    }

    /// What went wrong.
    public var reason: Reason
    /// The file of the message that reached the limit, when known.
    public var file: String?
    /// The byte offset of that message in its (decompressed) file.
    public var byteOffset: Int
    /// The index of that message in its session.
    public var messageIndex: Int

    /// Creates a fault.
    public init(reason: Reason, file: String?, byteOffset: Int, messageIndex: Int) {
        self.reason = reason
        self.file = file
        self.byteOffset = byteOffset
        self.messageIndex = messageIndex
    }

    /// `file@offset: reason`.
    public var description: String { "\(file ?? "<stream>")@\(byteOffset): \(reason)" }
}
