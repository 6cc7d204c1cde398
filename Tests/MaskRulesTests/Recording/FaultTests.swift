import Testing
@testable import MaskRules

/// Each way a recording can be corrupt ends its stream with a typed fault at the right place, after
/// every message before it.
@Suite struct FaultTests {
    private let prefix: [EncodedMessage] = [.timestamp(1_000), .setNodeData(id: 1, data: "before")]

    private func records(_ prefix: [EncodedMessage], then tail: [UInt8]) -> (bytes: [UInt8], tailOffset: Int) {
        let head = RecordingEncoder.records(prefix, indexed: false, header: true)
        return (head + tail, head.count)
    }

    private func read(_ bytes: [UInt8], _ format: RecordingFormat? = nil,
                      limits: RecordingLimits = .standard) -> (messages: [RecordedMessage], fault: RecordingFault?) {
        let result = MessageReader.read(bytes, options: MessageReaderOptions(format: format, limits: limits), file: "f")
        return (result.messages, result.fault)
    }

    @Test func varintLongerThanTenBytes() throws {
        let tail: [UInt8] = [11] + [UInt8](repeating: 0x80, count: 10) + [0x01]
        let (bytes, offset) = records(prefix, then: tail)
        let (messages, fault) = read(bytes, .storedRecords(indexed: false))
        #expect(messages.count == 2)
        let found = try #require(fault)
        #expect(found.reason == .varintTooLong)
        #expect(found.byteOffset == offset + 1)
        #expect(found.recordOffset == offset)
        #expect(found.messageIndex == 2)
        #expect(found.file == "f")
    }

    @Test func varintOverflowingSixtyFourBits() throws {
        let tail: [UInt8] = [11] + [UInt8](repeating: 0xFF, count: 9) + [0x02]
        let (bytes, offset) = records(prefix, then: tail)
        let (messages, fault) = read(bytes, .storedRecords(indexed: false))
        #expect(messages.count == 2)
        #expect(fault?.reason == .varintOverflow)
        #expect(fault?.byteOffset == offset + 1)
    }

    @Test func largestVarintIsAccepted() {
        let tail: [UInt8] = [11] + [UInt8](repeating: 0xFF, count: 9) + [0x01]
        let (bytes, _) = records(prefix, then: tail)
        let (messages, fault) = read(bytes, .storedRecords(indexed: false))
        #expect(fault == nil)
        #expect(messages.last?.body == .removeNode(id: .max))
    }

    @Test func stringLengthPastTheEnd() throws {
        var tail: [UInt8] = [14, 5]
        RecordingEncoder.appendUInt(1_000, to: &tail)
        tail += Array("short".utf8)
        let (bytes, offset) = records(prefix, then: tail)
        let (messages, fault) = read(bytes, .storedRecords(indexed: false))
        #expect(messages.count == 2)
        let found = try #require(fault)
        #expect(found.reason == .lengthPastEnd(length: 1_000, available: 5, typeID: 14))
        #expect(found.byteOffset == offset + 2)
        #expect(found.reason.isTruncation)
    }

    @Test func messageSizePastTheEnd() throws {
        var bytes = RecordingEncoder.batch(timestamp: 1, location: "", messages: [.removeNode(id: 1)])
        let offset = bytes.count
        bytes += [14, 0x10, 0x00, 0x00, 0x01, 0x00]
        let (messages, fault) = read(bytes, .trackerBatches)
        #expect(messages.count == 2)
        #expect(fault?.reason == .lengthPastEnd(length: 16, available: 2, typeID: 14))
        #expect(fault?.byteOffset == offset + 1)
        #expect(fault?.recordOffset == offset)
    }

    @Test func fieldsRunningPastTheDeclaredSize() throws {
        var bytes = RecordingEncoder.batch(timestamp: 1, location: "", messages: [.removeNode(id: 1)])
        let offset = bytes.count
        // SetNodeData(1, "abcdef") declared 3 bytes long, followed by more data.
        bytes += [14, 3, 0, 0, 1, 6] + Array("abcdef".utf8) + RecordingEncoder.sizePrefixed(.removeNode(id: 2))
        let (messages, fault) = read(bytes, .trackerBatches)
        #expect(messages.count == 2)
        #expect(fault?.reason == .fieldPastMessageEnd(typeID: 14, size: 3))
        #expect(fault?.recordOffset == offset)
        #expect(fault?.byteOffset == offset + 5)
    }

    @Test func unknownTypeWithoutSizes() throws {
        let (bytes, offset) = records(prefix, then: [2, 1, 2, 3])
        let (messages, fault) = read(bytes, .storedRecords(indexed: false))
        #expect(messages.count == 2)
        #expect(fault?.reason == .unknownMessageType(2))
        #expect(fault?.byteOffset == offset)
    }

    @Test func unknownTypeInIndexedRecordsPointsAtTheType() throws {
        var bytes = RecordingEncoder.records(prefix, indexed: true, header: false)
        let offset = bytes.count
        RecordingEncoder.appendIndex(3, to: &bytes)
        bytes += [100, 0]
        let (messages, fault) = read(bytes, .legacyRecords(indexed: true))
        #expect(messages.count == 2)
        #expect(fault?.reason == .unknownMessageType(100))
        #expect(fault?.recordOffset == offset)
        #expect(fault?.byteOffset == offset + 8)
    }

    @Test func booleanOtherThanZeroOrOne() {
        let (bytes, offset) = records(prefix, then: [19, 1, 7])
        let (messages, fault) = read(bytes, .storedRecords(indexed: false))
        #expect(messages.count == 2)
        #expect(fault?.reason == .invalidBoolean(7, typeID: 19))
        #expect(fault?.byteOffset == offset + 2)
    }

    @Test func unsupportedBatchVersion() {
        var bytes = RecordingEncoder.batch(timestamp: 1, location: "", messages: [.removeNode(id: 1)])
        let offset = bytes.count
        bytes += RecordingEncoder.batch(version: 6, timestamp: 1, location: "", messages: [.removeNode(id: 2)])
        let (messages, fault) = read(bytes, .trackerBatches)
        #expect(messages.count == 2)
        #expect(fault?.reason == .unsupportedBatchVersion(6))
        #expect(fault?.byteOffset == offset)
    }

    @Test func unknownFileHeader() {
        let bytes = RecordingEncoder.fileHeader(0x00) + RecordingEncoder.unprefixed(.removeNode(id: 1))
        let (messages, fault) = read(bytes)
        #expect(messages.isEmpty)
        #expect(fault?.reason == .unknownFileHeader(version: 0))
        #expect(fault?.byteOffset == 0)
    }

    @Test func givenHeaderThatIsNotThere() {
        let bytes = RecordingEncoder.records(prefix, indexed: false, header: false)
        let (_, fault) = read(bytes, .storedBatches(headerVersion: 0xFE))
        #expect(fault?.reason.code == "unknown-file-header")
    }

    @Test(arguments: [
        Array("<html><body>not a recording</body></html>".utf8),
        [UInt8](repeating: 0xEE, count: 300),
        [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00],
    ])
    func bytesThatAreNoRecording(bytes: [UInt8]) {
        let (messages, fault) = read(bytes)
        #expect(fault != nil)
        #expect(messages.count < 3)
    }

    @Test func emptyStreamHasNoMessagesAndNoFault() {
        let (messages, fault) = read([])
        #expect(messages.isEmpty)
        #expect(fault == nil)
    }

    @Test func stringLongerThanTheLimit() {
        let (bytes, offset) = records(prefix, then: RecordingEncoder.unprefixed(.setNodeData(id: 3, data: String(repeating: "x", count: 200))))
        let (messages, fault) = read(bytes, .storedRecords(indexed: false), limits: RecordingLimits(maximumStringLength: 100))
        #expect(messages.count == 2)
        #expect(fault?.reason == .stringTooLong(length: 200, limit: 100))
        #expect(fault?.byteOffset == offset + 2)
        #expect(fault?.description.contains("exceeds the limit of 100 bytes") == true)
    }

    @Test func messageLargerThanTheLimit() {
        var bytes = RecordingEncoder.batch(timestamp: 1, location: "", messages: [
            .removeNode(id: 1), .setNodeData(id: 3, data: String(repeating: "x", count: 500)),
        ])
        let limits = RecordingLimits(maximumMessageSize: 256)
        let (messages, fault) = read(bytes, .trackerBatches, limits: limits)
        #expect(messages.count == 2)
        #expect(fault?.reason == .messageTooLarge(size: 503, limit: 256))
        bytes = RecordingEncoder.records([.removeNode(id: 1), .setNodeData(id: 3, data: String(repeating: "x", count: 500))],
                                         indexed: false, header: true)
        let unsized = read(bytes, .storedRecords(indexed: false), limits: limits)
        #expect(unsized.messages.count == 1)
        #expect(unsized.fault?.reason.code == "message-too-large")
    }

    /// Waiting for the rest of a message never buffers more than the message size limit.
    @Test func streamingStopsWaitingPastTheMessageLimit() throws {
        var reader = MessageReader(options: MessageReaderOptions(format: .legacyRecords(indexed: false),
                                                                 limits: RecordingLimits(maximumMessageSize: 1_000)))
        var header: [UInt8] = [14, 1]
        RecordingEncoder.appendUInt(5_000, to: &header)
        reader.append(header)
        #expect(try reader.next() == nil)
        reader.append([UInt8](repeating: 0x61, count: 2_000))
        #expect(throws: RecordingFault.self) { try reader.next() }
        #expect(reader.fault?.reason.code == "message-too-large")
        #expect(try reader.next() == nil)
    }

    /// A message without a size that runs past the limit is the same fault, at the same byte, whether
    /// the stream comes whole or a byte at a time; a size-prefixed body at the limit is read either way
    /// (found by fuzzing: Fuzz/Regressions/recording/message-limit-in-pieces).
    @Test func messageLimitDoesNotDependOnHowBytesArrive() throws {
        let limits = RecordingLimits(maximumMessageSize: 256)
        let records = RecordingEncoder.records(
            [.removeNode(id: 1), .setNodeData(id: 3, data: String(repeating: "x", count: 300)), .removeNode(id: 2)],
            indexed: false, header: true)
        let sized = RecordingEncoder.batch(timestamp: 1, location: "", messages: [
            .setNodeData(id: 3, data: String(repeating: "y", count: 252)), .removeNode(id: 1),
        ])
        for (bytes, format) in [(records, RecordingFormat.storedRecords(indexed: false)), (sized, .trackerBatches)] {
            let whole = MessageReader.read(bytes, options: MessageReaderOptions(format: format, limits: limits))
            var reader = MessageReader(options: MessageReaderOptions(format: format, limits: limits))
            var pieces: [RecordedMessage] = []
            for byte in bytes {
                reader.append([byte])
                _ = try? reader.readAvailable { pieces.append($0); return true }
            }
            reader.finish()
            _ = try? reader.readAvailable { pieces.append($0); return true }
            #expect(pieces == whole.messages, "\(format)")
            #expect(reader.fault == whole.fault, "\(format)")
        }
        let unsized = MessageReader.read(records, options: MessageReaderOptions(format: .storedRecords(indexed: false), limits: limits))
        #expect(unsized.messages.count == 1)
        #expect(unsized.fault?.reason == .messageTooLarge(size: 257, limit: 256))
        #expect(unsized.fault?.description.contains("a message exceeds the limit of 256 bytes") == true)
        #expect(MessageReader.read(sized, options: MessageReaderOptions(format: .trackerBatches, limits: limits)).fault == nil)
    }

    /// Bytes copied in with `append(contentsOf:)`, in pieces of any size, read or not between
    /// appends, give the messages and the fault of the whole stream read at once.
    @Test(arguments: [1, 7, 64, 1_000])
    func copiedPiecesReadLikeTheWholeStream(pieceSize: Int) throws {
        let messages: [EncodedMessage] = [
            .setNodeData(id: 3, data: String(repeating: "y", count: 252)), .removeNode(id: 1),
            .setNodeAttribute(id: 4, name: "class", value: "field"), .setNodeData(id: 5, data: "done"),
        ]
        let sized = RecordingEncoder.batch(timestamp: 1, location: "https://example.test/", messages: messages)
        let records = RecordingEncoder.records(messages, indexed: false, header: true)
        let truncated = Array(records.dropLast(3))
        for (bytes, format) in [(sized, RecordingFormat.trackerBatches), (records, .storedRecords(indexed: false)),
                                (truncated, .storedRecords(indexed: false))] {
            let options = MessageReaderOptions(format: format)
            let whole = MessageReader.read(bytes, options: options)
            for readBetweenAppends in [true, false] {
                var reader = MessageReader(options: options)
                var read: [RecordedMessage] = []
                var start = 0
                while start < bytes.count {
                    let stop = min(start + pieceSize, bytes.count)
                    bytes[start..<stop].withUnsafeBytes { reader.append(contentsOf: $0) }
                    start = stop
                    if readBetweenAppends { _ = try? reader.readAvailable { read.append($0); return true } }
                }
                reader.finish()
                _ = try? reader.readAvailable { read.append($0); return true }
                #expect(read == whole.messages, "\(format), read between appends: \(readBetweenAppends)")
                #expect(reader.fault == whole.fault, "\(format), read between appends: \(readBetweenAppends)")
                #expect(reader.statistics == whole.statistics, "\(format), read between appends: \(readBetweenAppends)")
            }
        }
    }

    /// After a fault the reader stays stopped.
    @Test func faultIsThrownOnce() throws {
        let (bytes, _) = records(prefix, then: [2])
        var reader = MessageReader(options: MessageReaderOptions(format: .storedRecords(indexed: false)))
        reader.append(bytes)
        reader.finish()
        #expect(try reader.next() != nil)
        #expect(try reader.next() != nil)
        #expect(throws: RecordingFault.self) { try reader.next() }
        #expect(try reader.next() == nil)
        #expect(reader.isDone)
    }

    /// A fault's text never carries recorded content.
    @Test func faultDescriptionsHoldNoContent() {
        let secret = "alice@example.com"
        let (bytes, _) = records([.setNodeData(id: 1, data: secret)], then: [14, 1, 50] + Array(secret.utf8))
        let (messages, fault) = read(bytes, .storedRecords(indexed: false))
        #expect(messages.count == 1)
        #expect(fault.map { !"\($0)".contains("alice") } == true)
        #expect(!"\(messages)".contains("alice"))
        #expect(!String(reflecting: messages[0].fieldValues).contains("alice"))
    }
}

extension FaultTests {
    /// A record without sizes made of many strings, each under the string limit, is stopped at the
    /// message limit even when all its bytes were appended before reading.
    @Test func manyStringsStopAtTheMessageLimit() {
        var body: [EncodedField] = [.uint(1), .uint(2)]
        for _ in 0..<12 { body.append(.string(String(repeating: "u", count: 900))) }
        body += [.uint(3), .uint(4), .string("c"), .string("id")]
        let bytes = RecordingEncoder.records([EncodedMessage(1, body)], indexed: false, header: true)
        let limits = RecordingLimits(maximumMessageSize: 4_000, maximumStringLength: 1_000)
        var reader = MessageReader(options: MessageReaderOptions(format: .storedRecords(indexed: false), limits: limits))
        for start in stride(from: 0, to: bytes.count, by: 500) {
            reader.append(Array(bytes[start..<min(start + 500, bytes.count)]))
        }
        reader.finish()
        #expect(throws: RecordingFault.self) { try reader.next() }
        #expect(reader.fault?.reason.code == "message-too-large")
    }
}

extension FaultTests {
    /// Random damage to small recordings (flipped, inserted and deleted bytes) never crashes the reader,
    /// and a read that reports no fault consumed every byte.
    @Test(arguments: SmallSession.all)
    func randomDamageNeverCrashes(session: SmallSession) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(session.bytes.count)
        func random(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        for _ in 0..<1_500 {
            var bytes = session.bytes
            for _ in 0...random(3) {
                switch random(3) {
                case 0: bytes[random(bytes.count)] ^= UInt8(1 + random(255))
                case 1: bytes.insert(UInt8(random(256)), at: random(bytes.count))
                default: if bytes.count > 1 { bytes.remove(at: random(bytes.count)) }
                }
            }
            let result = MessageReader.read(bytes)
            if result.fault == nil {
                #expect(result.statistics.bytes == bytes.count)
            }
        }
    }
}
