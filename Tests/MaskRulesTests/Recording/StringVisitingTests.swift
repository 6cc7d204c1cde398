import Testing
@testable import MaskRules

/// Every string a message carries can be reached, with its channel, without the content ever being
/// printed by accident.
@Suite struct StringVisitingTests {
    /// For every message kind, the visited strings are exactly its string fields, in order, with the
    /// channels of its layout, and both visiting APIs agree.
    @Test(arguments: MessageType.allCases.filter { $0 != .batchMetadata && $0 != .batchMeta })
    func everyStringFieldIsVisited(type: MessageType) throws {
        let signature = type.fields.map { field -> Character in
            switch field.kind {
            case .uint: "u"
            case .int: "i"
            case .string: "s"
            case .boolean: "b"
            }
        }
        let fields = SampleFields.values(for: String(signature), seed: 2)
        let era: SchemaEra = MessageSchema.current.type(forID: UInt64(type.id)) == type ? .current : .legacy
        let bytes = RecordingEncoder.records([EncodedMessage(UInt64(type.id), fields)], indexed: false, header: true)
        let message = try #require(MessageReader.read(bytes, options: MessageReaderOptions(era: era)).messages.first)
        #expect(message.type == type)

        var visited: [RecordedStringField] = []
        message.forEachString { visited.append($0) }
        let expected = zip(type.fields, fields).compactMap { spec, value -> RecordedStringField? in
            guard case .string(let text) = value else { return nil }
            return RecordedStringField(name: spec.name, value: RecordedString(text), channel: spec.channel!)
        }
        #expect(visited == expected)

        var viaBytes: [RecordedStringField] = []
        message.forEachStringBytes { name, channel, bytes in
            viaBytes.append(RecordedStringField(name: name, value: RecordedString(bytes: bytes), channel: channel))
        }
        #expect(viaBytes == visited)
    }

    @Test func unknownBodiesAreVisitedAsOther() throws {
        let bytes = RecordingEncoder.batch(timestamp: 1, location: "https://a.example/?q=1", messages: [
            EncodedMessage(99, [.string("canary-4111")]),
        ])
        let messages = MessageReader.read(bytes).messages
        var seen: [(String, StringChannel, String)] = []
        for message in messages {
            message.forEachString { seen.append(($0.name, $0.channel, $0.value.text)) }
        }
        #expect(seen.map(\.1) == [.batchURL, .other])
        #expect(seen[1].2.contains("canary-4111"))
        #expect(seen[0].2 == "https://a.example/?q=1")
    }

    @Test func recordedStringAccess() {
        let text = "Zoë <zoe@example.com> ✓"
        let string = RecordedString(text)
        #expect(string.text == text)
        #expect(string.utf8Count == text.utf8.count)
        #expect(string.bytes == Array(text.utf8))
        #expect(string.isEqual(to: text))
        #expect(!string.isEqual(to: "Zoë"))
        #expect(string == RecordedString(bytes: Array(text.utf8)))
        #expect(string.hashValue == RecordedString(bytes: Array(text.utf8)).hashValue)
        #expect(string.compacted() == string)
        #expect(RecordedString("").isEmpty)
        #expect(RecordedString(bytes: [0x61, 0xFF, 0x62]).text == "a\u{FFFD}b")
    }

    /// Printing, interpolating or dumping a recorded string shows its length, never its content.
    @Test func recordedStringsNeverPrintTheirContent() {
        let string = RecordedString("alice@example.com")
        #expect("\(string)" == "⟨17 bytes⟩")
        #expect(String(reflecting: string) == "RecordedString(17 bytes)")
        var dumped = ""
        dump(string, to: &dumped)
        #expect(!dumped.contains("alice"))
        let field = RecordedStringField(name: "Value", value: string, channel: .inputValue)
        #expect(!"\(field)".contains("alice"))
        #expect(!"\(FieldValue.string(string))".contains("alice"))
    }

    /// A message's location names its session, file, channel, type, index, time and offset.
    @Test func locationForAFinding() throws {
        let bytes = RecordingEncoder.records([.timestamp(42), .setNodeData(id: 1, data: "x")], indexed: true, header: false)
        let message = try #require(MessageReader.read(bytes, file: "dom.mobs").messages.last)
        let location = message.location(session: "s1", channel: .domText, nodePath: "body > p")
        #expect(location == RecordingLocation(session: "s1", file: "dom.mobs", channel: "dom-text", messageType: "SetNodeData",
                                              messageIndex: 1, timestamp: 42, nodePath: "body > p", byteOffset: 10))
    }
}
