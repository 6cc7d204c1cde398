/// Why a recording stream could not be read to its end: the stream is unverified from `byteOffset`
/// on. Everything decoded before the fault is kept.
///
/// Offsets count bytes of the file after decompression (`file` names it), except for decompression
/// faults, whose offsets count compressed bytes. A fault's text never contains recorded content.
public struct RecordingFault: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the fault is in (`dom.mobe`), when known.
    public var file: String?
    /// Where the item that could not be read starts (a varint, a string length, a size, a type id).
    public var byteOffset: Int
    /// Where the record or message holding that item starts, when the fault is inside one.
    public var recordOffset: Int?
    /// The index the message would have had in its session or stream.
    public var messageIndex: Int?
    /// What went wrong.
    public var reason: Reason

    /// Creates a fault.
    public init(file: String?, byteOffset: Int, recordOffset: Int? = nil, messageIndex: Int? = nil, reason: Reason) {
        self.file = file
        self.byteOffset = byteOffset
        self.recordOffset = recordOffset
        self.messageIndex = messageIndex
        self.reason = reason
    }

    /// What went wrong.
    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// The data ends inside a record: a varint, a boolean, an index or a size is cut off.
        /// `typeID` is the record's type when it was read.
        case truncated(typeID: UInt64?)
        /// A string length or a message size runs past the end of the data.
        case lengthPastEnd(length: UInt64, available: Int, typeID: UInt64?)
        /// A varint has more than 10 bytes.
        case varintTooLong
        /// A 10-byte varint holds more than 64 bits.
        case varintOverflow
        /// A boolean field holds a byte other than 0 or 1.
        case invalidBoolean(UInt8, typeID: UInt64)
        /// A message's fields run past the size its prefix declares.
        case fieldPastMessageEnd(typeID: UInt64, size: Int)
        /// A type id the schema does not know, in a format without sizes, where it cannot be skipped.
        case unknownMessageType(UInt64)
        /// A batch header declares a protocol version the reader does not know (above 5).
        case unsupportedBatchVersion(UInt64)
        /// The stream starts with `FF×7` and a version byte the reader does not know.
        case unknownFileHeader(version: UInt8)
        /// The bytes match no known layout.
        case unrecognizedFormat
        /// A string is longer than `RecordingLimits.maximumStringLength`.
        case stringTooLong(length: UInt64, limit: Int)
        /// A message is larger than `RecordingLimits.maximumMessageSize`. `size` is the size its prefix
        /// declares; a message without a size is not read past the limit, and its `size` is `limit + 1`.
        case messageTooLarge(size: UInt64, limit: Int)
        /// The stream decompresses to more than `RecordingLimits.maximumDecompressedSize`.
        case decompressedSizeLimit(limit: Int)
        /// The compressed data is corrupt; `detail` is the decompressor's message.
        case decompressionFailed(RecordingCompression, detail: String)
        /// The compressed data ends before its end marker.
        case truncatedCompressedData(RecordingCompression)
        /// The file could not be read.
        case unreadable(detail: String)

        /// Whether the fault means the data ended early (a cut file), as opposed to corrupt bytes or a
        /// limit.
        public var isTruncation: Bool {
            switch self {
            case .truncated, .lengthPastEnd, .truncatedCompressedData: true
            default: false
            }
        }

        /// A short stable identifier for reports (`truncated`, `varint-too-long`).
        public var code: String {
            switch self {
            case .truncated: "truncated"
            case .lengthPastEnd: "length-past-end"
            case .varintTooLong: "varint-too-long"
            case .varintOverflow: "varint-overflow"
            case .invalidBoolean: "invalid-boolean"
            case .fieldPastMessageEnd: "field-past-message-end"
            case .unknownMessageType: "unknown-message-type"
            case .unsupportedBatchVersion: "unsupported-batch-version"
            case .unknownFileHeader: "unknown-file-header"
            case .unrecognizedFormat: "unrecognized-format"
            case .stringTooLong: "string-too-long"
            case .messageTooLarge: "message-too-large"
            case .decompressedSizeLimit: "decompressed-size-limit"
            case .decompressionFailed: "decompression-failed"
            case .truncatedCompressedData: "truncated-compressed-data"
            case .unreadable: "unreadable"
            }
        }

        public var description: String {
            switch self {
            case .truncated(let typeID):
                "the data ends inside " + Self.record(typeID)
            case .lengthPastEnd(let length, let available, let typeID):
                "a length of \(length) bytes runs past the end of the data (\(available) left) in "
                    + Self.record(typeID)
            case .varintTooLong:
                "a varint is longer than 10 bytes"
            case .varintOverflow:
                "a varint does not fit in 64 bits"
            case .invalidBoolean(let value, let typeID):
                "a boolean field holds \(value) in " + Self.record(typeID)
            case .fieldPastMessageEnd(let typeID, let size):
                "the fields of " + Self.record(typeID) + " run past its declared size of \(size) bytes"
            case .unknownMessageType(let typeID):
                "unknown message type \(typeID) in a format without sizes, so it cannot be skipped"
            case .unsupportedBatchVersion(let version):
                "a batch header declares unsupported protocol version \(version)"
            case .unknownFileHeader(let version):
                "unknown file header version byte \(version)"
            case .unrecognizedFormat:
                "the bytes are not an OpenReplay recording in any known layout"
            case .stringTooLong(let length, let limit):
                "a string of \(length) bytes exceeds the limit of \(limit) bytes (--max-string-length)"
            case .messageTooLarge(let size, let limit):
                size == UInt64(limit) + 1 ? "a message exceeds the limit of \(limit) bytes (--max-message-size)"
                    : "a message of \(size) bytes exceeds the limit of \(limit) bytes (--max-message-size)"
            case .decompressedSizeLimit(let limit):
                "the data decompresses to more than the limit of \(limit) bytes (--max-decompressed-size)"
            case .decompressionFailed(let codec, let detail):
                "\(codec) data is corrupt: \(detail)"
            case .truncatedCompressedData(let codec):
                "\(codec) data ends before the end of its frame"
            case .unreadable(let detail):
                "the file cannot be read: \(detail)"
            }
        }

        private static func record(_ typeID: UInt64?) -> String {
            guard let typeID else { return "a record" }
            let name = MessageSchema.current.type(forID: typeID)?.name ?? "type \(typeID)"
            return "a \(name) record"
        }
    }

    /// `file@offset: reason`.
    public var description: String {
        "\(file ?? "<stream>")@\(byteOffset): \(reason)"
    }
}
