/// What a finding about a message's string needs to know of the message: its name and where and when
/// it was recorded. A plain value, so that keeping it for every string waiting to be scanned costs no
/// reference counting, as keeping the message itself would.
struct MessageStamp: Sendable, Hashable {
    /// The message type's name (`SetNodeData`).
    let name: String
    /// The message's index in its session.
    let index: Int
    /// The file it was read from.
    let file: String?
    /// Its byte offset in that file.
    let byteOffset: Int
    /// Its time, in milliseconds since the epoch.
    let timestamp: UInt64?
    /// Whether it is a dictionary-based attribute message that the reader resolved.
    let hasResolvedAttribute: Bool

    /// The stamp of `message` (borrowed: an initializer would otherwise take a copy of the message, for
    /// every message of a session).
    init(_ message: borrowing RecordedMessage) {
        name = message.name
        index = message.index
        file = message.file
        byteOffset = message.byteOffset
        timestamp = message.timestamp
        hasResolvedAttribute = message.resolvedAttribute != nil
    }

    /// The location of a finding about one of the message's strings.
    func location(session: String, channel: StringChannel, nodePath: String?) -> RecordingLocation {
        RecordingLocation(session: session, file: file, channel: channel.rawValue, messageType: name, messageIndex: index,
                          timestamp: timestamp, nodePath: nodePath, byteOffset: byteOffset)
    }
}
