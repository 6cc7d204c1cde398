/// One message read from a recording, with where and when it was recorded.
///
/// The message keeps the block of bytes it was read from alive; its string fields (`StringRange`s in
/// `body`) are read through it. Two messages are equal when their metadata and field contents are.
public struct RecordedMessage: Sendable, Hashable {
    /// The message's fields; string fields are ranges in the message's bytes.
    public var body: MessageBody
    /// The block the message was read from, its file and its tab.
    @usableFromInline var context: MessageContext
    /// For `SetNodeAttributeDictGlobal`, `SetNodeAttributeDict` and `SetNodeAttributeDictDeprecated`:
    /// the attribute name and value their dictionary keys refer to. `nil` for other messages.
    public var resolvedAttribute: ResolvedAttribute?
    /// The 0-based position of the message in its session (or stream, for a bare `MessageReader`).
    public var index: Int
    /// The message's index as OpenReplay numbers it: the 8-byte index of an indexed record, or
    /// `PageNo << 32 + FirstIndex` counted on from the batch header; `nil` in records without indexes.
    public var recordIndex: UInt64?
    /// The byte offset of the message's record in its file, after decompression (for indexed
    /// records, the offset of the index).
    public var byteOffset: Int
    /// The current time when the message was recorded, in milliseconds since the epoch: the last
    /// `Timestamp` message (or batch header) before it, or its own value for a `Timestamp`.
    public var timestamp: UInt64?

    /// Creates a message read in `context`.
    init(body: MessageBody, context: MessageContext, resolvedAttribute: ResolvedAttribute?, index: Int,
         recordIndex: UInt64?, byteOffset: Int, timestamp: UInt64?) {
        self.body = body
        self.context = context
        self.resolvedAttribute = resolvedAttribute
        self.index = index
        self.recordIndex = recordIndex
        self.byteOffset = byteOffset
        self.timestamp = timestamp
    }

    /// The file the message starts in (`dom.mobs`, `dom.mobe`, a batch file's name), when known.
    public var file: String? { context.file }

    /// The browser tab the message comes from: the last `TabData` before it.
    public var tab: String? { context.tab }

    /// The message's kind, or `nil` for an unknown type.
    public var type: MessageType? { body.type }

    /// The message's name in OpenReplay's schema.
    public var name: String { body.name }

    /// A string field's content, as a `RecordedString` that keeps the message's bytes alive.
    public func string(_ range: StringRange) -> RecordedString {
        RecordedString(storage: context.bytes, offset: Int(range.offset), count: Int(range.count))
    }

    /// A string field's content as text (invalid UTF-8 replaced by U+FFFD). It may be personal data.
    public func text(_ range: StringRange) -> String {
        withUTF8(range) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with a string field's bytes, valid only during the call; no copy is made.
    @inlinable
    public func withUTF8<Result>(_ range: StringRange, _ body: (UnsafeRawBufferPointer) throws -> Result)
        rethrows -> Result
    {
        let bytes = context.bytes
        return try withExtendedLifetime(bytes) {
            try body(bytes.buffer(offset: Int(range.offset), count: Int(range.count)))
        }
    }

    public static func == (lhs: RecordedMessage, rhs: RecordedMessage) -> Bool {
        lhs.index == rhs.index && lhs.recordIndex == rhs.recordIndex && lhs.file == rhs.file
            && lhs.byteOffset == rhs.byteOffset && lhs.timestamp == rhs.timestamp && lhs.tab == rhs.tab
            && lhs.body.typeID == rhs.body.typeID && lhs.type == rhs.type && lhs.fieldValues == rhs.fieldValues
            && lhs.resolvedAttribute == rhs.resolvedAttribute
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(index)
        hasher.combine(byteOffset)
        hasher.combine(body.typeID)
        hasher.combine(fieldValues)
    }

    /// The location of this message for a finding about one of its strings.
    public func location(session: String, channel: StringChannel, nodePath: String? = nil) -> RecordingLocation {
        RecordingLocation(session: session, file: file, channel: channel.rawValue, messageType: name,
                          messageIndex: index, timestamp: timestamp, nodePath: nodePath, byteOffset: byteOffset)
    }
}
