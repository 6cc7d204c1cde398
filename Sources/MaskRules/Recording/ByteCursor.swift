/// Reads OpenReplay's wire primitives from a block of recording bytes, never past `end`.
///
/// Every read checks the bound before it touches memory: a varint stops at `end` or after 10 bytes,
/// and a string's length is checked against the limit and against `end` before the string is made.
/// The cursor does not own the block; the reader that creates it keeps the block alive. Strings are
/// returned as ranges in the block.
struct ByteCursor {
    /// The block's first byte.
    let base: UnsafeRawPointer
    /// The offset of the next byte to read, in the block.
    var position: Int
    /// The offset reads must stay below: the end of the data, or of a size-prefixed message body.
    var end: Int
    /// The longest string accepted.
    let maximumStringLength: Int

    init(storage: RecordingBytes, position: Int, end: Int, maximumStringLength: Int) {
        self.base = storage.base
        self.position = position
        self.end = end
        self.maximumStringLength = maximumStringLength
    }

    /// The number of bytes left before `end`.
    var remaining: Int { end - position }

    /// One byte.
    @inline(__always)
    mutating func byte() throws(DecodeFailure) -> UInt8 {
        guard position < end else { throw .endOfData(at: position) }
        let value = base.load(fromByteOffset: position, as: UInt8.self)
        position += 1
        return value
    }

    /// An unsigned LEB128 varint (`uint`).
    @inline(__always)
    mutating func uint() throws(DecodeFailure) -> UInt64 {
        guard position < end else { throw .endOfData(at: position) }
        let first = base.load(fromByteOffset: position, as: UInt8.self)
        if first < 0x80 {
            position += 1
            return UInt64(first)
        }
        return try multiByteUInt()
    }

    /// The general varint path: at most 10 bytes, and the 10th may only hold the top bit of 64.
    private mutating func multiByteUInt() throws(DecodeFailure) -> UInt64 {
        let start = position
        var cursor = position
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard cursor < end else { throw .endOfData(at: start) }
            let byte = base.load(fromByteOffset: cursor, as: UInt8.self)
            cursor += 1
            if shift == 63 {
                if byte & 0x80 != 0 { throw .varintTooLong(at: start) }
                if byte > 1 { throw .varintOverflow(at: start) }
            }
            result |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 {
                position = cursor
                return result
            }
            shift += 7
        }
    }

    /// A zig-zag encoded varint (`int`).
    @inline(__always)
    mutating func int() throws(DecodeFailure) -> Int64 {
        let raw = try uint()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// A boolean byte: only 0 and 1 are accepted, any other value means the bytes are not what the
    /// schema says.
    @inline(__always)
    mutating func bool() throws(DecodeFailure) -> Bool {
        let at = position
        let value = try byte()
        guard value <= 1 else { throw .invalidBoolean(value, at: at) }
        return value == 1
    }

    /// A length-prefixed string, as the range of its bytes in the block.
    @inline(__always)
    mutating func string() throws(DecodeFailure) -> StringRange {
        let at = position
        let length = try uint()
        guard length <= UInt64(maximumStringLength) else { throw .stringTooLong(length: length, at: at) }
        let count = Int(length)
        guard count <= end - position else { throw .lengthPastEnd(length: length, available: end - position, at: at) }
        let range = StringRange(offset: position, count: count)
        position += count
        return range
    }

    /// The 3-byte little-endian size that precedes a message body in size-prefixed formats.
    @inline(__always)
    mutating func messageSize() throws(DecodeFailure) -> Int {
        guard end - position >= 3 else { throw .endOfData(at: position) }
        let size = Int(base.load(fromByteOffset: position, as: UInt8.self))
            | Int(base.load(fromByteOffset: position + 1, as: UInt8.self)) << 8
            | Int(base.load(fromByteOffset: position + 2, as: UInt8.self)) << 16
        position += 3
        return size
    }

    /// The 8-byte little-endian record index of indexed message records.
    @inline(__always)
    mutating func recordIndex() throws(DecodeFailure) -> UInt64 {
        guard end - position >= 8 else { throw .endOfData(at: position) }
        let value = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt64.self))
        position += 8
        return value
    }

    /// The bytes from `start` to `stop` as a string range.
    func range(from start: Int, to stop: Int) -> StringRange {
        StringRange(offset: start, count: stop - start)
    }
}
