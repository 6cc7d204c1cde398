import Testing
@testable import MaskRules

/// Small recordings in each layout, with the byte offset where each record starts, for tests that cut
/// or corrupt them at every offset.
struct SmallSession {
    /// The layout.
    let format: RecordingFormat
    /// The whole recording.
    let bytes: [UInt8]
    /// Where each record starts (after the file header), in order; the last record ends at `bytes.count`.
    let recordStarts: [Int]

    /// The number of complete records in the first `length` bytes.
    func completeRecords(in length: Int) -> Int {
        var count = 0
        for (index, start) in recordStarts.enumerated() {
            let end = index + 1 < recordStarts.count ? recordStarts[index + 1] : bytes.count
            if end <= length && start < end { count += 1 }
        }
        return count
    }

    /// Whether `length` ends exactly at a record boundary (or at the end of the header).
    func isBoundary(_ length: Int) -> Bool {
        length == 0 || length == format.headerLength || recordStarts.contains(length) || length == bytes.count
    }

    /// The messages every small session holds, covering strings, signed values and booleans.
    static let messages: [EncodedMessage] = [
        .timestamp(1_673_887_358_951),
        .tabData("tab-1"),
        .setPageLocation(url: "https://shop.example/checkout?step=2", referrer: "https://shop.example/", title: "Checkout"),
        .createElementNode(id: 1, parentID: 0, tag: "INPUT"),
        .setNodeAttribute(id: 1, name: "placeholder", value: "Email"),
        .setInputValue(id: 1, value: "", mask: -1),
        .setInputChecked(id: 1, checked: true),
        .timestamp(1_673_887_359_200),
        .setNodeData(id: 2, data: String(repeating: "text ", count: 40)),
    ]

    /// Header-less legacy records with indexes (the 2023 layout).
    static let legacyIndexed: SmallSession = {
        SmallSession(format: .legacyRecords(indexed: true),
                     bytes: RecordingEncoder.records(messages, indexed: true, header: false),
                     recordStarts: RecordingEncoder.recordOffsets(messages, indexed: true, header: false))
    }()

    /// `FF×8` records without indexes (April 2023 to April 2026).
    static let storedUnindexed: SmallSession = {
        SmallSession(format: .storedRecords(indexed: false),
                     bytes: RecordingEncoder.records(messages, indexed: false, header: true),
                     recordStarts: RecordingEncoder.recordOffsets(messages, indexed: false, header: true))
    }()

    /// `FF×8` records with indexes (backend v1.27, legacy trackers).
    static let storedIndexed: SmallSession = {
        SmallSession(format: .storedRecords(indexed: true),
                     bytes: RecordingEncoder.records(messages, indexed: true, header: true),
                     recordStarts: RecordingEncoder.recordOffsets(messages, indexed: true, header: true))
    }()

    /// Two tracker batches in a v2 stored file.
    static let storedBatches: SmallSession = batches(header: true)

    /// Two tracker batches as posted.
    static let trackerBatches: SmallSession = batches(header: false)

    private static func batches(header: Bool) -> SmallSession {
        var bytes = header ? RecordingEncoder.fileHeader(0xFE) : []
        var starts: [Int] = []
        for (page, part) in [Array(messages[..<5]), Array(messages[5...])].enumerated() {
            starts.append(bytes.count)
            bytes += RecordingEncoder.batch(pageNo: UInt64(page), timestamp: 1_673_887_358_000,
                                            location: "https://shop.example/checkout", messages: [])
            for message in part {
                starts.append(bytes.count)
                bytes += RecordingEncoder.sizePrefixed(message)
            }
        }
        return SmallSession(format: header ? .storedBatches(headerVersion: 0xFE) : .trackerBatches, bytes: bytes,
                            recordStarts: starts)
    }

    static let all: [SmallSession] = [legacyIndexed, storedUnindexed, storedIndexed, storedBatches, trackerBatches]
}

extension SmallSession: CustomTestStringConvertible {
    var testDescription: String { format.description }
}
