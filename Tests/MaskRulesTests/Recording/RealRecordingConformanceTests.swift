import Testing
@testable import MaskRules

/// The real recording (`../shared/recordings/openreplay-2023`, January 2023, legacy layout) decodes to
/// its end. Skipped, with a printed reason, when the recording is not beside the repository.
@Suite(.enabled(if: RealRecording.isPresent))
struct RealRecordingConformanceTests {
    /// Message counts by name, measured with this reader and checked against an independent decoder
    /// driven by OpenReplay's January 2023 schema.
    static let expectedCounts: [String: Int] = [
        "Timestamp": 7_522, "SetPageLocationDeprecated": 23, "SetViewportSize": 1, "SetViewportScroll": 1,
        "CreateDocument": 1, "CreateElementNode": 12_017, "CreateTextNode": 2_203, "RemoveNode": 531,
        "SetNodeAttribute": 48_294, "RemoveNodeAttribute": 243, "SetNodeData": 3_732, "SetCSSData": 3,
        "SetInputValue": 82, "SetInputChecked": 38, "MouseMove": 978, "PerformanceTrack": 418,
        "ConnectionInformation": 1, "SetPageVisibility": 21, "SetNodeFocus": 47, "MouseClickDeprecated": 336,
        "AdoptedSSInsertRule": 56, "AdoptedSSAddOwner": 1,
    ]

    @Test func bothFilesDecodeToTheirEnd() throws {
        let directory = try #require(RealRecording.directory)
        let session = try RecordingSession(directory: directory.path)
        #expect(session.streams.map { $0.inputs.map(\.name) } == [["dom1.mobs", "dom2.mobe"]])
        var counts: [String: Int] = [:]
        var inputMasks: [Int64: Int] = [:]
        var previousIndex: UInt64 = 0
        var ordered = true
        let report = session.read { message in
            counts[message.name, default: 0] += 1
            if case .setInputValue(_, _, let mask) = message.body { inputMasks[mask, default: 0] += 1 }
            if let index = message.recordIndex {
                ordered = ordered && index > previousIndex
                previousIndex = index
            }
        }
        #expect(report.isComplete)
        #expect(report.faults.isEmpty)
        let stream = try #require(report.streams.first)
        #expect(stream.format == .legacyRecords(indexed: true))
        #expect(stream.statistics.messages == 76_549)
        #expect(stream.statistics.bytes == 3_534_170)
        #expect(stream.files.map(\.decodedBytes) == [1_000_000, 2_534_170])
        #expect(counts == Self.expectedCounts)
        #expect(inputMasks == [0: 82])
        // Indexes rise with gaps: the messages between went to the devtools file.
        #expect(ordered)
        #expect(stream.statistics.outOfOrderRecords == 0)
        #expect(previousIndex == 92_805)
    }

    /// `dom1.mobs` alone: 24,774 complete messages, then the record cut at exactly 1,000,000 bytes (a
    /// `SetNodeAttribute` starting at offset 999,876; the reference's 13,502 counts that cut record).
    @Test func firstFileAloneEndsInACutRecord() throws {
        let result = MessageReader.read(RealRecording.firstPart, file: "dom1.mobs")
        #expect(result.messages.count == 24_774)
        let counts = Dictionary(grouping: result.messages, by: \.name).mapValues(\.count)
        #expect(counts["SetNodeAttribute"] == 13_501)
        #expect(counts["CreateElementNode"] == 6_485)
        #expect(counts["SetInputValue"] == 35)
        #expect(counts["SetNodeData"] == 1_502)
        #expect(counts["MouseClickDeprecated"] == 51)
        #expect(counts["SetPageLocationDeprecated"] == 8)
        let fault = try #require(result.fault)
        #expect(fault.recordOffset == 999_876)
        #expect(fault.reason == .lengthPastEnd(length: 117, available: 110, typeID: 12))
        #expect(fault.file == "dom1.mobs")
    }

    /// The second part alone starts inside a record, so it is no recording on its own.
    @Test func secondFileAloneIsUnverified() {
        let result = MessageReader.read(RealRecording.secondPart, file: "dom2.mobe")
        #expect(result.fault != nil)
    }

    /// Typed values from the start of the recording (see `reference/openreplay.md` 3.6).
    @Test func firstMessages() throws {
        let result = MessageReader.read(Array(RealRecording.firstPart.prefix(4_096)))
        #expect(result.messages.first?.body == .timestamp(timestamp: 1_673_887_358_951))
        let location = try #require(result.messages.dropFirst().first)
        guard case .setPageLocationDeprecated(let url, _, _) = location.body else {
            Issue.record("expected SetPageLocation")
            return
        }
        #expect(location.text(url).hasPrefix("https://app.openreplay.com/3064/session"))
        #expect(location.timestamp == 1_673_887_358_951)
        #expect(location.recordIndex == 14)
        #expect(location.byteOffset == 15)
    }
}
