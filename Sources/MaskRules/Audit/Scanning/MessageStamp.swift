/// What a finding about a message's string needs to know of the message: its type and where and when
/// it was recorded. A plain value without references (its file is an index into the session's list
/// of message contexts), so that copying it for every string waiting to be scanned costs no
/// reference counting; the type's name is made only for a finding.
struct MessageStamp: Sendable {
    /// The message's type, or `nil` for a type the schema does not know.
    let type: MessageType?
    /// The message's type id in the recording (for a type the schema does not know).
    let typeID: UInt64
    /// The message's index in its session.
    let index: Int
    /// Where the file and tab it was read from are in `SessionState.contexts`.
    let contextIndex: Int
    /// Its byte offset in that file.
    let byteOffset: Int
    /// Its timestamp, if the recording gave one.
    let timestamp: UInt64?
    /// Whether it set an attribute that a dictionary or URL base resolved.
    let hasResolvedAttribute: Bool

    init(_ message: borrowing RecordedMessage, contextIndex: Int) {
        type = message.body.type
        typeID = type == nil ? message.body.typeID : 0
        index = message.index
        self.contextIndex = contextIndex
        byteOffset = message.byteOffset
        timestamp = message.timestamp
        hasResolvedAttribute = message.resolvedAttribute != nil
    }

    /// The message type's name (`SetNodeData`), or `Unknown(<id>)`.
    var name: String { type?.name ?? "Unknown(\(typeID))" }

    /// The message's location, read from `file`.
    func location(session: String, file: String?, channel: StringChannel, nodePath: String?) -> RecordingLocation {
        RecordingLocation(session: session, file: file, channel: channel.rawValue, messageType: name, messageIndex: index,
                          timestamp: timestamp, nodePath: nodePath, byteOffset: byteOffset)
    }
}
