import Testing
@testable import MaskRules

/// Dictionary-based attribute messages are resolved as OpenReplay's player resolves them.
@Suite struct DictionaryResolutionTests {
    private func read(_ messages: [EncodedMessage]) -> [RecordedMessage] {
        let bytes = RecordingEncoder.batch(timestamp: 1, location: "", messages: messages)
        let result = MessageReader.read(bytes, options: MessageReaderOptions(format: .trackerBatches))
        #expect(result.fault == nil)
        return Array(result.messages.dropFirst())
    }

    private func resolved(_ message: RecordedMessage?) -> [String?] {
        [message?.resolvedAttribute?.name?.text, message?.resolvedAttribute?.value?.text]
    }

    @Test func globalDictionary() {
        let messages = read([
            .stringDictGlobal(key: 1_700_000_000_001, value: "data-email"),
            .stringDictGlobal(key: 1_700_000_000_002, value: "alice@example.com"),
            .setNodeAttributeDictGlobal(id: 5, name: 1_700_000_000_001, value: 1_700_000_000_002),
            .setNodeAttributeDictGlobal(id: 5, name: 1_700_000_000_001, value: 9),
        ])
        #expect(resolved(messages[2]) == ["data-email", "alice@example.com"])
        #expect(resolved(messages[3]) == ["data-email", nil])
        #expect(messages[0].resolvedAttribute == nil)
    }

    @Test func stringKeyedDictionary() {
        let messages = read([
            .stringDict(key: "k1", value: "title"),
            .stringDict(key: "k2", value: "Bob Smith"),
            .setNodeAttributeDict(id: 3, name: "k1", value: "k2"),
        ])
        #expect(resolved(messages[2]) == ["title", "Bob Smith"])
    }

    /// The deprecated dictionary lives for one page; a key redefined before `CreateDocument` starts
    /// the next page's dictionary early, and that `CreateDocument` keeps it.
    @Test func pageDictionary() {
        let messages = read([
            .stringDictDeprecated(key: 1, value: "class"),
            .stringDictDeprecated(key: 2, value: "first"),
            .setNodeAttributeDictDeprecated(id: 1, nameKey: 1, valueKey: 2),
            .createDocument,
            .setNodeAttributeDictDeprecated(id: 1, nameKey: 1, valueKey: 2),
            .stringDictDeprecated(key: 1, value: "id"),
            .stringDictDeprecated(key: 1, value: "name"),
            .createDocument,
            .setNodeAttributeDictDeprecated(id: 2, nameKey: 1, valueKey: 1),
        ])
        #expect(resolved(messages[2]) == ["class", "first"])
        #expect(resolved(messages[4]) == [nil, nil])
        #expect(resolved(messages[8]) == ["name", "name"])
    }

    @Test func unresolvedReferencesAreCounted() {
        let bytes = RecordingEncoder.batch(timestamp: 1, location: "", messages: [
            .setNodeAttributeDictGlobal(id: 1, name: 1, value: 2),
        ])
        #expect(MessageReader.read(bytes).statistics.unresolvedDictionaryReferences == 2)
    }

    /// Dictionaries run on from one batch file to the next within a session.
    @Test func dictionariesSpanFiles() {
        let first = RecordingEncoder.batch(timestamp: 1, location: "", messages: [.stringDictGlobal(key: 7, value: "alt")])
        let second = RecordingEncoder.batch(timestamp: 2, location: "", messages: [
            .setNodeAttributeDictGlobal(id: 1, name: 7, value: 7),
        ])
        let session = RecordingSession(name: "s", inputs: [.bytes(name: "1_1", first), .bytes(name: "1_2", second)])
        let (messages, report) = session.readAll()
        #expect(report.isComplete)
        #expect(resolved(messages.last) == ["alt", "alt"])
        #expect(messages.map(\.index) == Array(0..<4))
    }

    /// Dictionary strings and resolved attributes are both visible to a scan.
    @Test func dictionaryStringsAreScanned() {
        let messages = read([
            .stringDictGlobal(key: 1, value: "href"),
            .stringDictGlobal(key: 2, value: "/profile?email=alice%40example.com"),
            .setNodeAttributeDictGlobal(id: 5, name: 1, value: 2),
        ])
        var seen: [(String, StringChannel, String)] = []
        for message in messages {
            message.forEachString { seen.append(($0.name, $0.channel, $0.value.text)) }
        }
        #expect(seen.map(\.1) == [.attributeDictionary, .attributeDictionary, .structure, .attribute])
        #expect(seen.last?.2 == "/profile?email=alice%40example.com")
    }
}
