/// Where a string field's UTF-8 bytes are in the block of bytes its message was read from.
///
/// Message bodies hold string fields as ranges so that they are plain values: reading and copying a
/// message touches no reference counts for its strings. Turn a range into content through the message
/// that holds it: `RecordedMessage.string(_:)`, `text(_:)` or `withUTF8(_:_:)`. A range means nothing
/// apart from its message.
public struct StringRange: Sendable, Hashable {
    /// The offset of the first byte in the message's block.
    @usableFromInline let offset: UInt32
    /// The number of bytes.
    @usableFromInline let count: UInt32

    init(offset: Int, count: Int) {
        self.offset = UInt32(truncatingIfNeeded: offset)
        self.count = UInt32(truncatingIfNeeded: count)
    }

    /// The number of UTF-8 bytes.
    public var utf8Count: Int { Int(count) }

    /// Whether the string is empty.
    public var isEmpty: Bool { count == 0 }
}
