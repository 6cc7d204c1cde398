/// Strings of a session gathered into one buffer (`SeparatedStrings`) and scanned together: the
/// detectors and the canary matcher run once over it, and each string the buffer shows a value in
/// is scanned again alone, whose result is the one reported.
struct StringBatch {
    private struct Entry {
        /// The message's stamp, in `stamps`.
        var message: Int
        var field: String
        var channel: StringChannel
        var node: NodeReference?
        /// The string's `CleanStringCache.cacheHash(_:)`, computed when it was looked up there; `nil`
        /// when it is too long to be kept there.
        var hash: UInt64?
    }

    /// The buffer size at which the owner should scan.
    static let preferredSize = 64 << 10

    /// The strings; entry `i` describes string `i`.
    private var strings = SeparatedStrings(reservingCapacity: preferredSize + 4096)
    private var entries: [Entry] = []
    /// The stamps of the messages the entries come from, each once.
    private var stamps: [MessageStamp] = []
    /// The index of the message `stamps` ends with (read without copying the stamp), or -1.
    private var lastStampedMessage = -1

    /// Whether the batch has reached its preferred size.
    var isFull: Bool { strings.bytes.count >= Self.preferredSize }
    /// Whether the batch holds no string.
    var isEmpty: Bool { entries.isEmpty }

    init() {}

    /// Adds a string to scan, with its `CleanStringCache.cacheHash(_:)`.
    mutating func add(_ bytes: UnsafeRawBufferPointer, hash: UInt64?, message: borrowing MessageStamp, field: String,
                      channel: StringChannel, node: NodeReference?) {
        if message.index != lastStampedMessage {
            stamps.append(copy message)
            lastStampedMessage = message.index
        }
        strings.append(bytes)
        entries.append(Entry(message: stamps.count - 1, field: field, channel: channel, node: node, hash: hash))
    }

    /// Scans every string added since the last call and empties the batch; returns the strings that
    /// held a detected value or a canary, in the order they were added. Strings found clean are added
    /// to `clean`.
    mutating func scan(with scanner: ValueScanner, canaries: CanaryMatcher, clean: inout CleanStringCache) -> [ScannedString] {
        defer {
            strings.removeAll(keepingCapacityUpTo: 4 * Self.preferredSize)
            entries.removeAll(keepingCapacity: true)
            stamps.removeAll(keepingCapacity: true)
            lastStampedMessage = -1
        }
        guard !entries.isEmpty else { return [] }
        let (detections, hits) = strings.bytes.withUnsafeBufferPointer { bytes -> ([DetectedValue], [CanaryMatcher.Hit]) in
            if canaries.isEmpty { return (scanner.scan(utf8: bytes), []) }
            // The decoded views, built once for the detectors and the canaries.
            let views = scanner.views(of: bytes)
            let hits = canaries.searchesViews(of: scanner) ? canaries.hits(in: bytes, views: views) : canaries.hits(in: bytes)
            return (scanner.scan(utf8: bytes, views: views), hits)
        }
        // The entries the buffer shows a value in, in order: walked beside the entries below, so that
        // the strings without one (nearly all) cost no lookup.
        var entriesWithValues = detections.compactMap { strings.index(containing: $0.byteRange.lowerBound) }
        entriesWithValues.sort()
        var nextWithValue = 0
        var hitsByEntry: [Int: [CanaryMatcher.Hit]] = [:]
        for hit in hits {
            guard let entry = strings.index(containing: hit.range.lowerBound) else { continue }
            let start = strings.ranges[entry].lowerBound
            let end = min(hit.range.upperBound, strings.ranges[entry].upperBound)
            hitsByEntry[entry, default: []].append(
                CanaryMatcher.Hit(canary: hit.canary, range: (hit.range.lowerBound - start)..<(end - start), form: hit.form))
        }
        var result: [ScannedString] = []
        strings.bytes.withUnsafeBytes { bytes in
            for (index, entry) in entries.enumerated() {
                let content = UnsafeRawBufferPointer(rebasing: bytes[strings.ranges[index]])
                var hasValue = false
                while nextWithValue < entriesWithValues.count && entriesWithValues[nextWithValue] <= index {
                    hasValue = hasValue || entriesWithValues[nextWithValue] == index
                    nextWithValue += 1
                }
                let found = hasValue ? scanner.scan(utf8: content.assumingMemoryBound(to: UInt8.self)) : []
                let canaryHits = hitsByEntry.isEmpty ? [] : hitsByEntry[index] ?? []
                if found.isEmpty && canaryHits.isEmpty {
                    if let hash = entry.hash { clean.insert(content, hash: hash) }
                    continue
                }
                result.append(ScannedString(message: stamps[entry.message], field: entry.field, channel: entry.channel,
                                            node: entry.node, bytes: Array(content), detections: found,
                                            canaryHits: canaryHits))
            }
        }
        return result
    }
}
