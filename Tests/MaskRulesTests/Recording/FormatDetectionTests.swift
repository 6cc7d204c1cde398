import Testing
@testable import MaskRules

/// The layout is told from the first bytes after decompression.
@Suite struct FormatDetectionTests {
    @Test(arguments: SmallSession.all)
    func eachLayoutIsDetected(session: SmallSession) {
        let result = MessageReader.read(session.bytes)
        #expect(result.fault == nil)
        #expect(result.messages.count == session.recordStarts.count)
        var reader = MessageReader()
        reader.append(session.bytes)
        reader.finish()
        _ = try? reader.next()
        #expect(reader.format == session.format)
    }

    @Test func versionThreeHeaderReadsAsBatches() throws {
        let bytes = RecordingEncoder.storedBatches([RecordingEncoder.batch(timestamp: 9, location: "u", messages: [.removeNode(id: 1)])],
                                                   header: 0xFD)
        var reader = MessageReader()
        reader.append(bytes)
        reader.finish()
        #expect(try reader.next()?.type == .batchMetadata)
        #expect(reader.format == .storedBatches(headerVersion: 0xFD))
        #expect(try reader.next()?.body == .removeNode(id: 1))
    }

    /// The player's guess: a first byte that is no type id means indexes; so does a small 8-byte number
    /// followed by a type id.
    @Test func indexGuessFollowsThePlayer() {
        func guess(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBytes { FormatDetector.recordsLookIndexed($0, schema: .legacy) }
        }
        #expect(guess([2, 0, 0, 0, 0, 0, 0, 0, 14, 0]))             // 2 is no type id
        #expect(guess([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]))              // index 1, then Timestamp
        #expect(!guess([0, 0xE7, 0xBF, 0xD8, 0xDB, 0xDB, 0x30, 0x0E, 0x00, 0]))  // Timestamp(…) unindexed
        #expect(!guess([0, 1, 2]))                                  // too short to tell
    }

    /// Header-less records starting with byte 0x51 (index 81) are not mistaken for batches.
    @Test func recordIndexEightyOneIsNotABatchHeader() throws {
        let messages: [EncodedMessage] = [.timestamp(5), .setNodeData(id: 1, data: "x"), .removeNode(id: 1)]
        let bytes = RecordingEncoder.records(messages, indexed: true, firstIndex: 81, header: false)
        #expect(bytes[0] == 0x51)
        let result = MessageReader.read(bytes)
        #expect(result.fault == nil)
        #expect(result.messages.map(\.recordIndex) == [81, 82, 83])
    }

    /// Stored records with the v1 header, with and without indexes.
    @Test(arguments: [true, false])
    func storedRecordsIndexing(indexed: Bool) {
        let messages: [EncodedMessage] = [.timestamp(1_673_887_358_951), .setViewportSize(width: 1_280, height: 720)]
        let result = MessageReader.read(RecordingEncoder.records(messages, indexed: indexed, header: true))
        #expect(result.fault == nil)
        #expect(result.messages.count == 2)
        #expect(result.messages[1].recordIndex == (indexed ? 2 : nil))
        #expect(result.messages[1].byteOffset == (indexed ? 8 + 8 + 7 : 8 + 7))
    }

    /// Header-less records are read with the legacy schema, stored records with the current one.
    @Test func defaultEraFollowsTheLayout() {
        let click = EncodedMessage(33, [.uint(1), .uint(2), .uint(3), .string("Buy"), .string("#buy")])
        let legacy = MessageReader.read(RecordingEncoder.records([.timestamp(1), click], indexed: true, header: false))
        #expect(legacy.messages.last?.type == .clickEvent)
        #expect(RecordingFormat.legacyRecords(indexed: true).defaultEra == .legacy)
        #expect(RecordingFormat.storedRecords(indexed: true).defaultEra == .current)
        let graphQL = EncodedMessage(48, [.string("query"), .string("Me"), .string("{}"), .string("{}")])
        let old = MessageReader.read(RecordingEncoder.records([.timestamp(1), graphQL], indexed: false, header: true),
                                     options: MessageReaderOptions(era: .legacy))
        #expect(old.messages.last?.type == .graphQLWithoutDuration)
    }
}
