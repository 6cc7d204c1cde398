/// A string field of a recorded message: a view of its UTF-8 bytes in the decoded recording.
///
/// Reading a recording makes no Swift `String`s: a `RecordedString` keeps the bytes' place and is
/// turned into text only when asked (`text`), or scanned in place (`withUTF8`). It keeps the bytes
/// it points into alive.
///
/// Recorded strings may hold personal data, so their printed forms (`description`, interpolation,
/// `dump`) show only the length, never the content; `text` is the explicit way to the content.
/// Equality and hashing compare the bytes.
public struct RecordedString: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    @usableFromInline let storage: RecordingBytes
    @usableFromInline let offset: UInt32
    @usableFromInline let length: UInt32

    init(storage: RecordingBytes, offset: Int, count: Int) {
        self.storage = storage
        self.offset = UInt32(truncatingIfNeeded: offset)
        self.length = UInt32(truncatingIfNeeded: count)
    }

    /// A recorded string holding a copy of the UTF-8 bytes of `text` (for building messages in code).
    public init(_ text: String) {
        var text = text
        self = text.withUTF8 { bytes in
            let storage = RecordingBytes(copying: UnsafeRawBufferPointer(bytes))
            return RecordedString(storage: storage, offset: 0, count: bytes.count)
        }
    }

    /// A recorded string holding a copy of `bytes`, which need not be valid UTF-8.
    public init(bytes: some Collection<UInt8>) {
        let array = Array(bytes)
        self = array.withUnsafeBytes { buffer in
            RecordedString(storage: RecordingBytes(copying: buffer), offset: 0, count: buffer.count)
        }
    }

    /// The number of UTF-8 bytes.
    public var utf8Count: Int { Int(length) }

    /// Whether the string is empty.
    public var isEmpty: Bool { length == 0 }

    /// Calls `body` with the string's bytes, valid only during the call. No copy is made.
    @inlinable
    public func withUTF8<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) {
            try body(storage.buffer(offset: Int(offset), count: Int(length)))
        }
    }

    /// The bytes as an array.
    public var bytes: [UInt8] { withUTF8 { Array($0) } }

    /// The text, decoded as UTF-8 with invalid sequences replaced by U+FFFD (as the player's
    /// `TextDecoder` does). This is the way to the content: it may be personal data.
    public var text: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }

    /// Whether the bytes are exactly the UTF-8 of `other`, compared without making a `String`.
    public func isEqual(to other: String) -> Bool {
        var other = other
        return other.withUTF8 { theirs in
            withUTF8 { ours in ours.count == theirs.count && ours.elementsEqual(UnsafeRawBufferPointer(theirs)) }
        }
    }

    /// A copy whose bytes live in their own small block, so that keeping it does not keep the
    /// (possibly large) block it was read from alive.
    public func compacted() -> RecordedString {
        withUTF8 { RecordedString(storage: RecordingBytes(copying: $0), offset: 0, count: $0.count) }
    }

    public static func == (lhs: RecordedString, rhs: RecordedString) -> Bool {
        guard lhs.length == rhs.length else { return false }
        return lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    public func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: $0) }
    }

    /// `⟨n bytes⟩`: the length only, so that printing a message never prints recorded content.
    public var description: String { "⟨\(length) bytes⟩" }
    public var debugDescription: String { "RecordedString(\(length) bytes)" }
    public var customMirror: Mirror { Mirror(self, children: ["utf8Count": Int(length)], displayStyle: .struct) }
}
