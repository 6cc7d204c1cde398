import Foundation
import Testing
@testable import MaskRules

/// A throughput measurement run by hand, in a release build, on the real recording repeated to about
/// 200 MB:
///
///     RECORDING_THROUGHPUT=1 swift test -c release -Xswiftc -enable-testing --filter ReaderThroughputTests
///
/// It prints MB/s for decoding alone, and for decoding plus touching every string (as a scanner
/// would). It is skipped unless `RECORDING_THROUGHPUT` is set, and needs the real recording.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["RECORDING_THROUGHPUT"] != nil
                                 && RealRecording.directory != nil))
struct ReaderThroughputTests {
    @Test func decodeRepeatedRealRecording() throws {
        let session = RealRecording.firstPart + RealRecording.secondPart
        let copies = max(1, 200_000_000 / session.count)
        var stream: [UInt8] = []
        stream.reserveCapacity(session.count * copies)
        for _ in 0..<copies { stream += session }
        let megabytes = Double(stream.count) / 1_000_000

        var best = Double.infinity
        var messages = 0
        for _ in 0..<3 {
            let start = Self.threadCPUTime()
            messages = 0
            try Self.read(stream) { _ in messages += 1 }
            best = min(best, Self.threadCPUTime() - start)
        }
        print(String(format: "decode: %.1f MB in %.3f s of CPU time = %.0f MB/s, %d messages",
                     megabytes, best, megabytes / best, messages))
        var bestPull = Double.infinity
        for _ in 0..<3 {
            let start = Self.threadCPUTime()
            try Self.read(stream, pull: true) { _ in }
            bestPull = min(bestPull, Self.threadCPUTime() - start)
        }
        print(String(format: "decode with next(): %.0f MB/s", megabytes / bestPull))
        #expect(messages == 76_549 * copies)

        if ProcessInfo.processInfo.environment["RECORDING_THROUGHPUT"] == "decode" { return }
        var bestScan = Double.infinity
        var stringBytes = 0
        for _ in 0..<3 {
            let start = Self.threadCPUTime()
            stringBytes = 0
            try Self.read(stream) { message in
                message.forEachStringBytes { _, _, bytes in stringBytes &+= bytes.count }
            }
            bestScan = min(bestScan, Self.threadCPUTime() - start)
        }
        print(String(format: "decode + visit strings: %.0f MB/s, %d string bytes", megabytes / bestScan, stringBytes))

        // End to end from files: read, decompress, decode, visit strings.
        let directory = try TemporaryDirectory()
        try directory.write("plain/dom.mobs", stream)
        try directory.write("zstd/dom.mobs", RecordingEncoder.zstd(stream))
        for variant in ["plain", "zstd"] {
            let session = try RecordingSession(directory: directory.url.appendingPathComponent(variant).path)
            var bestSession = Double.infinity
            for _ in 0..<3 {
                let start = Self.threadCPUTime()
                var visited = 0
                let report = session.read { message in
                    message.forEachStringBytes { _, _, bytes in visited &+= bytes.count }
                }
                bestSession = min(bestSession, Self.threadCPUTime() - start)
                #expect(report.isComplete && visited == stringBytes)
            }
            print(String(format: "session from a %@ file, decode + visit strings: %.0f MB/s", variant,
                         megabytes / bestSession))
        }
    }
}

extension ReaderThroughputTests {
    /// A synthetic recording in the current layout (v2 stored batches, attributes through the global
    /// dictionary, as tracker 18 sends them) of about `megabytes` MB.
    static func modernRecording(megabytes: Int) -> [UInt8] {
        var batches: [[UInt8]] = []
        var size = 8
        var node: UInt64 = 1
        let firstKey: UInt64 = 1_700_000_000_000
        var time: Int64 = 1_700_000_000_000
        // The tracker sends each distinct attribute string once, then refers to its key.
        var vocabulary: [EncodedMessage] = [.stringDictGlobal(key: firstKey, value: "class")]
        for word in 1..<1_000 {
            vocabulary.append(.stringDictGlobal(key: firstKey + UInt64(word), value: "product-card item-\(word) is-visible"))
        }
        while size < megabytes * 1_000_000 {
            var messages: [EncodedMessage] = [.timestamp(UInt64(time)), .tabData("k2j4h5g6f7")]
            if batches.isEmpty { messages += vocabulary }
            for _ in 0..<200 {
                node += 1
                messages += [
                    .createElementNode(id: node, parentID: node / 2, index: node % 5, tag: "DIV"),
                    .setNodeAttributeDictGlobal(id: node, name: firstKey, value: firstKey + 1 + node % 999),
                    .createTextNode(id: node + 1_000_000, parentID: node),
                    .setNodeData(id: node + 1_000_000, data: "Product \(node) description, a few words long"),
                    .mouseMove(x: node % 1_280, y: node % 720),
                ]
            }
            let batch = RecordingEncoder.batch(version: 2, pageNo: 0, firstIndex: node, timestamp: time,
                                               location: "https://shop.example/catalog?page=\(node)", messages: messages)
            size += batch.count
            batches.append(batch)
            time += 30
        }
        return RecordingEncoder.storedBatches(batches)
    }

    @Test func decodeModernRecording() throws {
        let stream = Self.modernRecording(megabytes: 200)
        let megabytes = Double(stream.count) / 1_000_000
        var best = Double.infinity
        var visited = 0
        var unresolved = 0
        let rounds = Int(ProcessInfo.processInfo.environment["RECORDING_THROUGHPUT_ROUNDS"] ?? "3") ?? 3
        for _ in 0..<rounds {
            let start = Self.threadCPUTime()
            visited = 0
            let report = RecordingSession(name: "modern", inputs: [.bytes(name: "dom.mobs", stream)]).read { message in
                message.forEachStringBytes { _, _, bytes in visited &+= bytes.count }
            }
            unresolved = report.streams[0].statistics.unresolvedDictionaryReferences
            best = min(best, Self.threadCPUTime() - start)
        }
        #expect(unresolved == 0)
        print(String(format: "modern layout (v2 batches, dictionary attributes), decode + visit strings: %.0f MB/s",
                     megabytes / best))
    }

    /// The CPU time this thread has used, in seconds: unlike wall time, it does not count time spent
    /// waiting for a core on a shared machine.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Feeds `stream` to a reader in 4 MiB pieces, as reading a file does, handing every message to `visit`
    /// (through `readAvailable`, or `next()` when `pull`).
    static func read(_ stream: [UInt8], pull: Bool = false, _ visit: (RecordedMessage) -> Void) throws {
        var reader = MessageReader()
        var start = 0
        while start < stream.count {
            let stop = min(start + (4 << 20), stream.count)
            reader.append(Array(stream[start..<stop]))
            start = stop
            if start == stream.count { reader.finish() }
            if pull {
                while let message = try reader.next() { visit(message) }
            } else {
                try reader.readAvailable { message in
                    visit(message)
                    return true
                }
            }
        }
    }
}
