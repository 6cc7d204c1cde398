/// Strings of a session gathered into one buffer (`SeparatedStrings`) and scanned together: they are
/// looked up in the clean-string cache together (so that the cache's memory accesses overlap), the
/// detectors and the canary matcher run once over those not found there, and each string that scan
/// shows a value in is scanned again alone, whose result is the one reported.
struct StringBatch {
    private struct Entry {
        /// The message's stamp, in `stamps`.
        var message: Int
        var field: String
        var channel: StringChannel
        var node: NodeReference?
        /// The string's `CleanStringCache.cacheHash(_:)`, for its lookup and insertion there; `nil`
        /// when it is too long to be kept there.
        var hash: UInt64?
    }

    /// The buffer size at which the owner should scan (strings the cache knows included: most are).
    static let preferredSize = 128 << 10

    /// The strings; entry `i` describes string `i`.
    private var strings = SeparatedStrings(reservingCapacity: preferredSize + 4096)
    /// The strings the cache did not know, scanned together; `unknownEntries[k]` is string `k`'s entry.
    private var unknown = SeparatedStrings(reservingCapacity: preferredSize + 4096)
    private var unknownEntries: [Int] = []
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
            unknown.removeAll(keepingCapacityUpTo: 4 * Self.preferredSize)
            unknownEntries.removeAll(keepingCapacity: true)
            entries.removeAll(keepingCapacity: true)
            stamps.removeAll(keepingCapacity: true)
            lastStampedMessage = -1
        }
        guard !entries.isEmpty else { return [] }
        let known = clean.contains(each: strings, hashes: entries.map(\.hash))
        strings.bytes.withUnsafeBytes { bytes in
            for index in entries.indices where !known[index] {
                unknown.append(UnsafeRawBufferPointer(rebasing: bytes[strings.ranges[index]]))
                unknownEntries.append(index)
            }
        }
        guard !unknownEntries.isEmpty else { return [] }
        let (detections, hits) = unknown.bytes.withUnsafeBufferPointer { bytes -> ([DetectedValue], [CanaryMatcher.Hit]) in
            if canaries.isEmpty { return (scanner.scan(utf8: bytes), []) }
            // The decoded views, built once for the detectors and the canaries.
            let views = scanner.views(of: bytes)
            let hits = canaries.searchesViews(of: scanner) ? canaries.hits(in: bytes, views: views) : canaries.hits(in: bytes)
            return (scanner.scan(utf8: bytes, views: views), hits)
        }
        // The entries the buffer shows a value in, in order: walked beside the entries below, so that
        // the strings without one (nearly all) cost no lookup.
        var entriesWithValues = detections.compactMap { unknown.index(containing: $0.byteRange.lowerBound) }
        entriesWithValues.sort()
        var nextWithValue = 0
        var hitsByEntry: [Int: [CanaryMatcher.Hit]] = [:]
        for hit in hits {
            guard let entry = unknown.index(containing: hit.range.lowerBound) else { continue }
            let start = unknown.ranges[entry].lowerBound
            let end = min(hit.range.upperBound, unknown.ranges[entry].upperBound)
            hitsByEntry[entry, default: []].append(
                CanaryMatcher.Hit(canary: hit.canary, range: (hit.range.lowerBound - start)..<(end - start), form: hit.form))
        }
        var result: [ScannedString] = []
        unknown.bytes.withUnsafeBytes { bytes in
            for (index, entryIndex) in unknownEntries.enumerated() {
                let entry = entries[entryIndex]
                let content = UnsafeRawBufferPointer(rebasing: bytes[unknown.ranges[index]])
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
