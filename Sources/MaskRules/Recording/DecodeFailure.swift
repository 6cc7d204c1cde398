/// Why a primitive could not be read; offsets are in the cursor's block. The reader turns these
/// into `RecordingFault`s (or waits for more input) depending on where the bound came from.
enum DecodeFailure: Error, Equatable {
    /// A fixed-size item or a varint runs past the bound.
    case endOfData(at: Int)
    /// A string's (or a message's) declared length runs past the bound, with `available` bytes left.
    case lengthPastEnd(length: UInt64, available: Int, at: Int)
    /// A varint has more than 10 bytes.
    case varintTooLong(at: Int)
    /// A 10-byte varint holds more than 64 bits.
    case varintOverflow(at: Int)
    /// A string is longer than the configured limit.
    case stringTooLong(length: UInt64, at: Int)
    /// A boolean byte other than 0 or 1.
    case invalidBoolean(UInt8, at: Int)

    /// Where the failing item starts.
    var offset: Int {
        switch self {
        case .endOfData(let at), .lengthPastEnd(_, _, let at), .varintTooLong(let at), .varintOverflow(let at),
             .stringTooLong(_, let at), .invalidBoolean(_, let at):
            at
        }
    }

    /// Whether more bytes after the bound could have completed the item.
    var isOutOfData: Bool {
        switch self {
        case .endOfData, .lengthPastEnd: true
        default: false
        }
    }
}
