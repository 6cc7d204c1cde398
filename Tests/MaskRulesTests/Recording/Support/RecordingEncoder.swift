@testable import MaskRules

/// One field of a message to encode, as the wire types of OpenReplay's schema define them.
enum EncodedField: Equatable {
    /// `uint`: unsigned LEB128 varint.
    case uint(UInt64)
    /// `int`: zig-zag, then as `uint`.
    case int(Int64)
    /// `string`: byte length as `uint`, then the UTF-8 bytes.
    case string(String)
    /// A `string` whose bytes are given as they are (they need not be UTF-8).
    case bytes([UInt8])
    /// `boolean`: one byte, 0 or 1.
    case bool(Bool)
}

/// A message to encode: its type id and its fields in wire order.
struct EncodedMessage: Equatable {
    var typeID: UInt64
    var fields: [EncodedField]

    init(_ typeID: UInt64, _ fields: [EncodedField] = []) {
        self.typeID = typeID
        self.fields = fields
    }
}

/// Builds OpenReplay recordings byte by byte, in every layout masklint reads, from the format
/// description in `docs/recording-format.md` (OpenReplay's `mobs/messages.rb`, `PrimitiveEncoder.ts`,
/// `BatchWriter.ts` and the backend's `mobwriter.go`). Test fixtures come from here, never from copied
/// recordings. It shares no code with the reader, except the compression calls to libzstd and zlib.
enum RecordingEncoder {
    // MARK: Primitives

    /// Appends an unsigned LEB128 varint: 7 bits per byte, least significant first.
    static func appendUInt(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Appends a zig-zag encoded signed varint: `n ≥ 0 → 2n`, `n < 0 → −2n−1`.
    static func appendInt(_ value: Int64, to bytes: inout [UInt8]) {
        appendUInt(UInt64(bitPattern: (value << 1) ^ (value >> 63)), to: &bytes)
    }

    /// Appends a length-prefixed string.
    static func appendString(_ value: [UInt8], to bytes: inout [UInt8]) {
        appendUInt(UInt64(value.count), to: &bytes)
        bytes += value
    }

    /// Appends the 3-byte little-endian size of a message body.
    static func appendSize(_ size: Int, to bytes: inout [UInt8]) {
        precondition(size < 1 << 24, "a message body holds at most 16,777,215 bytes")
        bytes += [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF)]
    }

    /// Appends an 8-byte little-endian record index.
    static func appendIndex(_ index: UInt64, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(index >> UInt64(shift) & 0xFF)) }
    }

    /// The encoded fields of a message, without type or size.
    static func body(_ fields: [EncodedField]) -> [UInt8] {
        var bytes: [UInt8] = []
        for field in fields {
            switch field {
            case .uint(let value): appendUInt(value, to: &bytes)
            case .int(let value): appendInt(value, to: &bytes)
            case .string(let value): appendString(Array(value.utf8), to: &bytes)
            case .bytes(let value): appendString(value, to: &bytes)
            case .bool(let value): bytes.append(value ? 1 : 0)
            }
        }
        return bytes
    }

    // MARK: Messages

    /// A message as the tracker writes it in a batch: type, 3-byte size, body.
    static func sizePrefixed(_ message: EncodedMessage) -> [UInt8] {
        var bytes: [UInt8] = []
        appendUInt(message.typeID, to: &bytes)
        let body = body(message.fields)
        appendSize(body.count, to: &bytes)
        return bytes + body
    }

    /// A message without a size: type, body (legacy records, batch headers).
    static func unprefixed(_ message: EncodedMessage) -> [UInt8] {
        var bytes: [UInt8] = []
        appendUInt(message.typeID, to: &bytes)
        return bytes + body(message.fields)
    }

    // MARK: Layouts

    /// A tracker batch as posted to `/v1/web/i`: the `BatchMetadata` header (81, no size), then the
    /// size-prefixed messages. Version 2 is the player stream, 4 devtools; version 0 means the
    /// messages that follow carry no sizes.
    static func batch(version: UInt64 = 2, pageNo: UInt64 = 0, firstIndex: UInt64 = 0, timestamp: Int64,
                      location: String, messages: [EncodedMessage]) -> [UInt8] {
        var bytes = unprefixed(EncodedMessage(81, [.uint(version), .uint(pageNo), .uint(firstIndex), .int(timestamp),
                                                   .string(location)]))
        for message in messages {
            bytes += version == 0 ? unprefixed(message) : sizePrefixed(message)
        }
        return bytes
    }

    /// The stored-file header: `FF×7` then the version byte (`FE` v2 batches, `FD` v3, `FF` v1 records).
    static func fileHeader(_ version: UInt8) -> [UInt8] {
        [UInt8](repeating: 0xFF, count: 7) + [version]
    }

    /// A stored file of tracker batches (backend v1.27): the v2 (or v3) header, then the batches as
    /// sent. A `dom.mobe` continuation has no header: pass `header: nil`.
    static func storedBatches(_ batches: [[UInt8]], header: UInt8? = 0xFE) -> [UInt8] {
        (header.map(fileHeader) ?? []) + batches.joined()
    }

    /// Message records without sizes: each `[8-byte LE index] type fields`, indexes counting up from
    /// `firstIndex` when `indexed`. `header` adds the `FF×8` v1 header; legacy files (before April
    /// 2023) have none.
    static func records(_ messages: [EncodedMessage], indexed: Bool, firstIndex: UInt64 = 1,
                        header: Bool) -> [UInt8] {
        var bytes = header ? fileHeader(0xFF) : []
        for (offset, message) in messages.enumerated() {
            if indexed { appendIndex(firstIndex + UInt64(offset), to: &bytes) }
            bytes += unprefixed(message)
        }
        return bytes
    }

    /// The byte offsets where each record of `records(_:indexed:firstIndex:header:)` starts.
    static func recordOffsets(_ messages: [EncodedMessage], indexed: Bool, header: Bool) -> [Int] {
        var offset = header ? 8 : 0
        return messages.map { message in
            defer { offset += (indexed ? 8 : 0) + unprefixed(message).count }
            return offset
        }
    }

    // MARK: Compression

    /// `bytes` as one zstd frame (OpenReplay's storage compression).
    static func zstd(_ bytes: [UInt8]) -> [UInt8] { ZstdCodec.compress(bytes) }

    /// `bytes` as one gzip member (the tracker's compressed batches).
    static func gzip(_ bytes: [UInt8]) -> [UInt8] { GzipCodec.compress(bytes) }
}

/// Constructors for the messages fixtures need most, with their ids and layouts from the schema.
extension EncodedMessage {
    static func timestamp(_ time: UInt64) -> Self { Self(0, [.uint(time)]) }
    static func setPageLocationDeprecated(url: String, referrer: String, navigationStart: UInt64 = 0) -> Self {
        Self(4, [.string(url), .string(referrer), .uint(navigationStart)])
    }
    static func setViewportSize(width: UInt64, height: UInt64) -> Self { Self(5, [.uint(width), .uint(height)]) }
    static let createDocument = Self(7)
    static func createElementNode(id: UInt64, parentID: UInt64, index: UInt64 = 0, tag: String, svg: Bool = false) -> Self {
        Self(8, [.uint(id), .uint(parentID), .uint(index), .string(tag), .bool(svg)])
    }
    static func createTextNode(id: UInt64, parentID: UInt64, index: UInt64 = 0) -> Self {
        Self(9, [.uint(id), .uint(parentID), .uint(index)])
    }
    static func moveNode(id: UInt64, parentID: UInt64, index: UInt64) -> Self {
        Self(10, [.uint(id), .uint(parentID), .uint(index)])
    }
    static func removeNode(id: UInt64) -> Self { Self(11, [.uint(id)]) }
    static func setNodeAttribute(id: UInt64, name: String, value: String) -> Self {
        Self(12, [.uint(id), .string(name), .string(value)])
    }
    static func removeNodeAttribute(id: UInt64, name: String) -> Self { Self(13, [.uint(id), .string(name)]) }
    static func setNodeData(id: UInt64, data: String) -> Self { Self(14, [.uint(id), .string(data)]) }
    static func setCSSData(id: UInt64, data: String) -> Self { Self(15, [.uint(id), .string(data)]) }
    static func setInputValue(id: UInt64, value: String, mask: Int64) -> Self {
        Self(18, [.uint(id), .string(value), .int(mask)])
    }
    static func setInputChecked(id: UInt64, checked: Bool) -> Self { Self(19, [.uint(id), .bool(checked)]) }
    static func mouseMove(x: UInt64, y: UInt64) -> Self { Self(20, [.uint(x), .uint(y)]) }
    static func consoleLog(level: String, value: String) -> Self { Self(22, [.string(level), .string(value)]) }
    static func customEvent(name: String, payload: String) -> Self { Self(27, [.string(name), .string(payload)]) }
    static func userID(_ id: String) -> Self { Self(28, [.string(id)]) }
    static func userAnonymousID(_ id: String) -> Self { Self(29, [.string(id)]) }
    static func metadata(key: String, value: String) -> Self { Self(30, [.string(key), .string(value)]) }
    static func stringDictGlobal(key: UInt64, value: String) -> Self { Self(34, [.uint(key), .string(value)]) }
    static func setNodeAttributeDictGlobal(id: UInt64, name: UInt64, value: UInt64) -> Self {
        Self(35, [.uint(id), .uint(name), .uint(value)])
    }
    static func stringDict(key: String, value: String) -> Self { Self(43, [.string(key), .string(value)]) }
    static func reduxDeprecated(action: String, state: String, duration: UInt64 = 0) -> Self {
        Self(44, [.string(action), .string(state), .uint(duration)])
    }
    static func stringDictDeprecated(key: UInt64, value: String) -> Self { Self(50, [.uint(key), .string(value)]) }
    static func setNodeAttributeDictDeprecated(id: UInt64, nameKey: UInt64, valueKey: UInt64) -> Self {
        Self(51, [.uint(id), .uint(nameKey), .uint(valueKey)])
    }
    static func setNodeAttributeDict(id: UInt64, name: String, value: String) -> Self {
        Self(52, [.uint(id), .string(name), .string(value)])
    }
    static func setNodeAttributeURLBased(id: UInt64, name: String, value: String, baseURL: String) -> Self {
        Self(60, [.uint(id), .string(name), .string(value), .string(baseURL)])
    }
    static func mouseClick(id: UInt64, hesitationTime: UInt64 = 0, label: String, selector: String,
                           normalizedX: UInt64 = 0, normalizedY: UInt64 = 0) -> Self {
        Self(68, [.uint(id), .uint(hesitationTime), .string(label), .string(selector), .uint(normalizedX),
                  .uint(normalizedY)])
    }
    static func mouseClickDeprecated(id: UInt64, hesitationTime: UInt64 = 0, label: String, selector: String) -> Self {
        Self(69, [.uint(id), .uint(hesitationTime), .string(label), .string(selector)])
    }
    static func createIFrameDocument(frameID: UInt64, id: UInt64) -> Self { Self(70, [.uint(frameID), .uint(id)]) }
    static func jsException(name: String, message: String, payload: String, metadata: String) -> Self {
        Self(78, [.string(name), .string(message), .string(payload), .string(metadata)])
    }
    static func networkRequest(type: String = "fetch", method: String = "GET", url: String, request: String,
                               response: String, status: UInt64 = 200, timestamp: UInt64 = 0, duration: UInt64 = 0,
                               transferredBodySize: UInt64 = 0) -> Self {
        Self(83, [.string(type), .string(method), .string(url), .string(request), .string(response), .uint(status),
                  .uint(timestamp), .uint(duration), .uint(transferredBodySize)])
    }
    static func wsChannel(type: String = "websocket", channelName: String, data: String, timestamp: UInt64 = 0,
                          direction: String = "up", messageType: String = "text") -> Self {
        Self(84, [.string(type), .string(channelName), .string(data), .uint(timestamp), .string(direction),
                  .string(messageType)])
    }
    static func inputChange(id: UInt64, value: String, valueMasked: Bool, label: String, hesitationTime: Int64 = 0,
                            inputDuration: Int64 = 0) -> Self {
        Self(112, [.uint(id), .string(value), .bool(valueMasked), .string(label), .int(hesitationTime),
                   .int(inputDuration)])
    }
    static func selectionChange(start: UInt64, end: UInt64, selection: String) -> Self {
        Self(113, [.uint(start), .uint(end), .string(selection)])
    }
    static func tabData(_ tabID: String) -> Self { Self(118, [.string(tabID)]) }
    static func setPageLocation(url: String, referrer: String, navigationStart: UInt64 = 0, title: String) -> Self {
        Self(122, [.string(url), .string(referrer), .uint(navigationStart), .string(title)])
    }
}
