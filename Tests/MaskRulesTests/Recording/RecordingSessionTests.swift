import Foundation
import Testing
@testable import MaskRules

/// Sessions made of files: grouping by name, reading stream after stream, time, tabs and places.
@Suite struct RecordingSessionTests {
    /// A session as backend v1.27 stores it: zstd `dom.mobs` with the v2 header, its `dom.mobe`
    /// continuation without a header (gzip here), and a devtools file.
    @Test func storedBatchSessionFromADirectory() throws {
        let directory = try TemporaryDirectory()
        let player1 = RecordingEncoder.batch(version: 2, pageNo: 1, firstIndex: 0, timestamp: 1_700_000_000_000,
                                             location: "https://shop.example/cart", messages: [
            .timestamp(1_700_000_000_000), .tabData("t-1"), .createDocument,
            .createElementNode(id: 1, parentID: 0, tag: "HTML"), .setNodeData(id: 2, data: "Hello"),
        ])
        let player2 = RecordingEncoder.batch(version: 2, pageNo: 1, firstIndex: 5, timestamp: 1_700_000_020_000,
                                             location: "https://shop.example/cart", messages: [
            .timestamp(1_700_000_020_000), .tabData("t-2"), .setInputValue(id: 3, value: "", mask: 4),
        ])
        let devtools = RecordingEncoder.batch(version: 4, pageNo: 1, firstIndex: 0, timestamp: 1_700_000_000_500,
                                              location: "https://shop.example/cart", messages: [
            .timestamp(1_700_000_000_500), .tabData("t-1"), .consoleLog(level: "log", value: "ready"),
        ])
        let stored = RecordingEncoder.storedBatches([player1, player2])
        let split = RecordingEncoder.fileHeader(0xFE).count + player1.count + 7
        try directory.write("dom.mobs", RecordingEncoder.zstd(Array(stored[..<split])))
        try directory.write("dom.mobe", RecordingEncoder.gzip(Array(stored[split...])))
        try directory.write("devtools.mob", RecordingEncoder.zstd(RecordingEncoder.storedBatches([devtools])))
        try directory.write(".DS_Store", [0, 1, 2])
        try directory.write("nested/other.bin", [0, 1, 2])

        let session = try RecordingSession(directory: directory.url.path)
        #expect(session.name == directory.url.lastPathComponent)
        #expect(session.streams.map(\.kind) == [.dom, .devtools])
        #expect(session.streams[0].inputs.map(\.name) == ["dom.mobs", "dom.mobe"])
        let (messages, report) = session.readAll()
        #expect(report.isComplete)
        #expect(report.streams.map(\.format) == [.storedBatches(headerVersion: 0xFE), .storedBatches(headerVersion: 0xFE)])
        #expect(report.streams[0].files.map(\.compression) == [.zstd, .gzip])
        #expect(report.streams[0].statistics.batches == 2)
        #expect(messages.map(\.index) == Array(0..<messages.count))
        #expect(messages.map(\.name) == ["BatchMetadata", "Timestamp", "TabData", "CreateDocument", "CreateElementNode",
                                         "SetNodeData", "BatchMetadata", "Timestamp", "TabData", "SetInputValue",
                                         "BatchMetadata", "Timestamp", "TabData", "ConsoleLog"])
        let input = try #require(messages.first { $0.type == .setInputValue })
        #expect(input.file == "dom.mobe")
        #expect(input.tab == "t-2")
        #expect(input.timestamp == 1_700_000_020_000)
        #expect(input.recordIndex == 1 << 32 + 5 + 3)
        #expect(messages[5].tab == "t-1")
        #expect(messages[5].file == "dom.mobs")
        #expect(messages[5].recordIndex == 1 << 32 + 5)
        let console = try #require(messages.last)
        #expect(console.file == "devtools.mob")
        let consoleRecord = RecordingEncoder.sizePrefixed(.consoleLog(level: "log", value: "ready"))
        #expect(console.byteOffset == 8 + devtools.count - consoleRecord.count)
        #expect(console.timestamp == 1_700_000_000_500)
    }

    /// A legacy session split mid-record between `dom.mobs` and `dom.mobe`, both zstd.
    @Test func legacySessionSplitMidRecord() throws {
        let messages = SmallSession.messages
        let bytes = RecordingEncoder.records(messages, indexed: true, header: false)
        let split = SmallSession.legacyIndexed.recordStarts[4] + 5
        let session = RecordingSession(name: "legacy", inputs: [
            .bytes(name: "dom.mobs", RecordingEncoder.zstd(Array(bytes[..<split]))),
            .bytes(name: "dom.mobe", RecordingEncoder.zstd(Array(bytes[split...]))),
        ])
        let (read, report) = session.readAll()
        #expect(report.isComplete)
        #expect(read.count == messages.count)
        #expect(read[4].file == "dom.mobs" && read[4].byteOffset == SmallSession.legacyIndexed.recordStarts[4])
        #expect(read[5].file == "dom.mobe")
        #expect(read.map(\.recordIndex) == (1...UInt64(messages.count)).map { $0 })
    }

    @Test func filesAreGroupedByName() {
        let names = ["devtools.mob", "2_10", "dom.mobe", "2_9", "dom.mobs", "capture.bin", "123devtools", "2_1"]
        let session = RecordingSession(name: "s", inputs: names.map { .bytes(name: $0, []) })
        #expect(session.streams.map(\.kind) == [.dom, .devtools, .devtools, .other, .other, .other, .other])
        #expect(session.streams.map { $0.inputs.map(\.name) } == [
            ["dom.mobs", "dom.mobe"], ["123devtools"], ["devtools.mob"], ["2_1"], ["2_9"], ["2_10"], ["capture.bin"],
        ])
        let local = RecordingSession(name: "s", inputs: ["77e", "77s", "77devtools"].map { .bytes(name: $0, []) })
        #expect(local.streams.map { $0.inputs.map(\.name) } == [["77s", "77e"], ["77devtools"]])
    }

    @Test func naturalOrder() {
        #expect(RecordingSession.naturalOrder("a2", "a10"))
        #expect(!RecordingSession.naturalOrder("a10", "a2"))
        #expect(RecordingSession.naturalOrder("1_9", "1_10"))
        #expect(RecordingSession.naturalOrder("b", "c"))
        #expect(RecordingSession.naturalOrder("x", "x1"))
    }

    /// Tracker batch files, each a stream, read in natural order with one index sequence.
    @Test func trackerBatchFiles() throws {
        let directory = try TemporaryDirectory()
        for n in [1, 2, 10] {
            let batch = RecordingEncoder.batch(pageNo: 0, firstIndex: UInt64(n * 10), timestamp: Int64(n),
                                               location: "https://a.example/\(n)", messages: [.removeNode(id: UInt64(n))])
            try directory.write("0_\(n)", n == 10 ? RecordingEncoder.gzip(batch) : batch)
        }
        let (messages, report) = try RecordingSession(directory: directory.url.path).readAll()
        #expect(report.isComplete)
        #expect(report.streams.map(\.format) == [.trackerBatches, .trackerBatches, .trackerBatches])
        let removed: [UInt64] = messages.compactMap { message in
            guard case .removeNode(let id) = message.body else { return nil }
            return id
        }
        #expect(removed == [1, 2, 10])
        #expect(messages.map(\.file) == ["0_1", "0_1", "0_2", "0_2", "0_10", "0_10"])
    }

    /// A fault ends its stream only: the next stream is still read, and indexes run on.
    @Test func faultInOneStreamLeavesTheOthers() {
        let good = RecordingEncoder.batch(version: 4, timestamp: 1, location: "", messages: [.consoleLog(level: "log", value: "ok")])
        let broken = RecordingEncoder.records([.timestamp(1), .removeNode(id: 1)], indexed: true, header: false).dropLast()
        let session = RecordingSession(name: "s", inputs: [.bytes(name: "dom.mobs", Array(broken)),
                                                           .bytes(name: "devtools.mob", good)])
        let (messages, report) = session.readAll()
        #expect(report.faults.count == 1)
        #expect(report.faults.first?.file == "dom.mobs")
        #expect(!report.isComplete)
        #expect(messages.map(\.name) == ["Timestamp", "BatchMetadata", "ConsoleLog"])
        #expect(messages.map(\.index) == [0, 1, 2])
    }

    @Test func unreadableFiles() throws {
        let session = RecordingSession(name: "s", inputs: [.file(path: "/nonexistent/dom.mobs")])
        let (_, report) = session.readAll()
        #expect(report.faults.first?.reason.code == "unreadable")
        #expect(report.faults.first?.file == "dom.mobs")
        #expect(throws: RecordingFault.self) { try RecordingSession(directory: "/nonexistent/session") }
    }

    /// `read` hands messages over as they are decoded and stops when the visitor throws.
    @Test func visitorCanStopReading() throws {
        struct Enough: Error {}
        let bytes = RecordingEncoder.records((0..<100).map { EncodedMessage.removeNode(id: UInt64($0)) }, indexed: true,
                                             header: false)
        let session = RecordingSession(name: "s", inputs: [.bytes(name: "dom.mobs", bytes)])
        var seen = 0
        #expect(throws: Enough.self) {
            _ = try session.read { (_: RecordedMessage) throws(Enough) in
                seen += 1
                if seen == 10 { throw Enough() }
            }
        }
        #expect(seen == 10)
        var count = 0
        let report = session.read { _ in count += 1 }
        #expect(count == 100 && report.messageCount == 100)
    }
}
