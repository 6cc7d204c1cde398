import Testing
@testable import MaskRules

/// Every message kind, encoded by the test encoder from the reference layouts, decodes to the same
/// kind and values, in formats with and without sizes.
@Suite struct MessageRoundTripTests {
    static let headerTypes: Set<MessageType> = [.batchMetadata, .batchMeta, .partitionedMessage]

    /// The reference layout of a message kind: same id and name, and the era the kind belongs to.
    private static func layout(of type: MessageType) -> ReferenceLayouts.Layout? {
        let inCurrent = MessageSchema.current.type(forID: UInt64(type.id)) == type
        let inLegacy = MessageSchema.legacy.type(forID: UInt64(type.id)) == type
        let era: ReferenceLayouts.Era = inCurrent && inLegacy ? .both : (inCurrent ? .current : .legacy)
        return ReferenceLayouts.all.first { $0.id == type.id && $0.name == type.name && $0.era == era }
    }

    private static func era(of type: MessageType) -> SchemaEra {
        MessageSchema.current.type(forID: UInt64(type.id)) == type ? .current : .legacy
    }

    @Test(arguments: MessageType.allCases)
    func recordWithoutSize(type: MessageType) throws {
        let layout = try #require(Self.layout(of: type))
        for seed in 0..<3 {
            let fields = SampleFields.values(for: layout.signature, seed: seed)
            let bytes = RecordingEncoder.records([EncodedMessage(UInt64(layout.id), fields)], indexed: true, firstIndex: 7,
                                                 header: true)
            let result = MessageReader.read(bytes, options: MessageReaderOptions(format: .storedRecords(indexed: true),
                                                                                  era: Self.era(of: type)))
            #expect(result.fault == nil)
            let message = try #require(result.messages.first)
            #expect(result.messages.count == 1)
            #expect(message.type == type)
            #expect(message.fieldValues == SampleFields.expected(fields))
            #expect(message.recordIndex == 7)
            #expect(message.byteOffset == 8)
        }
    }

    @Test(arguments: MessageType.allCases.filter { !headerTypes.contains($0) })
    func sizePrefixedMessageInABatch(type: MessageType) throws {
        let layout = try #require(Self.layout(of: type))
        let fields = SampleFields.values(for: layout.signature, seed: 1)
        let bytes = RecordingEncoder.batch(timestamp: 1_700_000_000_000, location: "https://example.test/",
                                           messages: [EncodedMessage(UInt64(layout.id), fields)])
        // The current era reads every layout: the size picks the legacy ones of reused ids.
        let result = MessageReader.read(bytes, options: MessageReaderOptions(format: .trackerBatches))
        #expect(result.fault == nil)
        try #require(result.messages.count == 2)
        let message = result.messages[1]
        #expect(message.type == type)
        #expect(message.fieldValues == SampleFields.expected(fields))
        #expect(result.statistics.alternativeLayouts == (Self.era(of: type) == .legacy ? 1 : 0))
    }

    @Test func batchHeadersDecodeWithoutSizes() throws {
        var bytes = RecordingEncoder.batch(version: 4, pageNo: 3, firstIndex: 40, timestamp: 1_700_000_000_123,
                                           location: "https://example.test/a?b=c", messages: [.consoleLog(level: "log", value: "x")])
        bytes += RecordingEncoder.unprefixed(EncodedMessage(82, [.uint(1), .uint(2)]))
        bytes += RecordingEncoder.sizePrefixed(.timestamp(1_700_000_000_500))
        let result = MessageReader.read(bytes, options: MessageReaderOptions(format: .trackerBatches))
        #expect(result.fault == nil)
        #expect(result.messages.map(\.type) == [.batchMetadata, .consoleLog, .partitionedMessage, .timestamp])
        #expect(result.messages[0].fieldValues == [.uint(4), .uint(3), .uint(40), .int(1_700_000_000_123),
                                                   .string(RecordedString("https://example.test/a?b=c"))])
        let base: UInt64 = 3 << 32 + 40
        #expect(result.messages.map(\.recordIndex) == [base, base + 1, base + 2, base + 3])
        #expect(result.messages[1].timestamp == 1_700_000_000_123)
        #expect(result.messages[3].timestamp == 1_700_000_000_500)
        #expect(result.statistics.batches == 1)
    }

    /// A batch with version 0 (or the pre-3.6 `BatchMeta` header) is followed by messages without sizes.
    @Test func versionZeroBatchesCarryNoSizes() {
        var bytes = RecordingEncoder.batch(version: 0, timestamp: 5, location: "", messages: [
            .setNodeData(id: 1, data: "a"), .removeNode(id: 1),
        ])
        bytes += RecordingEncoder.unprefixed(EncodedMessage(80, [.uint(0), .uint(9), .int(6)]))
        bytes += RecordingEncoder.unprefixed(.setNodeData(id: 2, data: "b"))
        bytes += RecordingEncoder.batch(version: 2, timestamp: 7, location: "", messages: [.removeNode(id: 2)])
        let result = MessageReader.read(bytes, options: MessageReaderOptions(format: .trackerBatches))
        #expect(result.fault == nil)
        #expect(result.messages.map(\.type) == [.batchMetadata, .setNodeData, .removeNode, .batchMeta, .setNodeData,
                                                .batchMetadata, .removeNode])
        #expect(result.messages.map(\.timestamp) == [5, 5, 5, 6, 6, 7, 7])
    }

    /// Hand-assembled bytes, independent of the encoder: `SetNodeAttribute(300, "id", "é")` with a
    /// 2-byte varint, and `SetViewportScroll(-1, 64)` zig-zag encoded.
    @Test func handAssembledBytes() throws {
        let bytes: [UInt8] = [
            12, 0xAC, 0x02, 2, 0x69, 0x64, 2, 0xC3, 0xA9,
            6, 0x01, 0x80, 0x01,
        ]
        let result = MessageReader.read(bytes, options: MessageReaderOptions(format: .legacyRecords(indexed: false)))
        #expect(result.fault == nil)
        try #require(result.messages.count == 2)
        guard case .setNodeAttribute(let id, let name, let value) = result.messages[0].body else {
            Issue.record("not SetNodeAttribute")
            return
        }
        #expect(id == 300)
        #expect(result.messages[0].text(name) == "id")
        #expect(result.messages[0].text(value) == "é")
        #expect(result.messages[1].body == .setViewportScroll(x: -1, y: 64))
        #expect(result.messages[1].byteOffset == 9)
    }

    @Test func unknownTypesAreSkippedBySizeAndCounted() throws {
        let bytes = RecordingEncoder.batch(timestamp: 1, location: "", messages: [
            EncodedMessage(2, [.string("mystery")]),
            EncodedMessage(107, [.uint(1), .uint(2)]),
            .setNodeData(id: 4, data: "kept"),
            EncodedMessage(2, []),
        ])
        let result = MessageReader.read(bytes, options: MessageReaderOptions(format: .trackerBatches))
        #expect(result.fault == nil)
        #expect(result.messages.map(\.body.typeID) == [81, 2, 107, 14, 2])
        #expect(result.statistics.unknownTypes == [2: 2, 107: 1])
        #expect(result.statistics.unknownMessages == 3)
        guard case .unknown(2, let body) = result.messages[1].body else {
            Issue.record("not unknown")
            return
        }
        #expect(result.messages[1].string(body) == RecordedString(bytes: RecordingEncoder.body([.string("mystery")])))
        #expect(result.messages[1].name == "Unknown(2)")
        #expect(result.messages[3].type == .setNodeData)
    }

    /// A newer tracker may add fields; the declared size is what counts.
    @Test func trailingBytesInASizedMessageAreSkipped() {
        let bytes = RecordingEncoder.batch(timestamp: 1, location: "", messages: [
            EncodedMessage(11, [.uint(5), .uint(99), .string("future field")]),
            .removeNode(id: 6),
        ])
        let result = MessageReader.read(bytes, options: MessageReaderOptions(format: .trackerBatches))
        #expect(result.fault == nil)
        #expect(result.messages.dropFirst().map(\.body) == [.removeNode(id: 5), .removeNode(id: 6)])
        #expect(result.statistics.messagesWithTrailingBytes == 1)
    }
}
