/// The keyed-value detector's key patterns, stored flat so that testing a key allocates nothing and
/// retains nothing: it runs for every `:` and `=` in the text.
struct KeyVocabulary: Sendable {
    /// One pattern: `storage[start..<start + count]`, and its `*` flags.
    struct Entry {
        let start: Int
        let count: Int
        let openStart: Bool
        let openEnd: Bool
    }

    /// The longest key tested, in bytes; longer runs are not keys.
    static let maximumKeyLength = 96

    private let storage: [UInt8]
    /// The patterns, ordered by their last letter pair when every pattern has one (`anyLastPair` is
    /// false), so that a key is compared only with the patterns whose pair is its own.
    private let entries: [Entry]
    /// `entries`' last letter pairs, in the same order (empty when `anyLastPair`).
    private let entryPairs: [Int]
    /// `lastPairs[b1 << 8 | b2]`: some pattern's last letter pair (`LastLetterPair`) is `b1 b2`.
    private let lastPairs: [Bool]
    /// A pattern ends with `*` or has no last letter pair, so that the last-pair test cannot be used.
    private let anyLastPair: Bool

    init(_ patterns: [WordPattern]) {
        var storage: [UInt8] = []
        var entries: [Entry] = []
        var lastPairs = [Bool](repeating: false, count: 65536)
        for pattern in patterns {
            entries.append(Entry(start: storage.count, count: pattern.squashed.count, openStart: pattern.openStart, openEnd: pattern.openEnd))
            storage.append(contentsOf: pattern.squashed)
            if let pair = LastLetterPair.index(of: pattern.squashed) { lastPairs[pair] = true }
        }
        self.storage = storage
        self.lastPairs = lastPairs
        anyLastPair = patterns.contains { $0.openEnd || LastLetterPair.index(of: $0.squashed) == nil }
        if anyLastPair {
            self.entries = entries
            entryPairs = []
        } else {
            let byPair = zip(entries, patterns.map { LastLetterPair.index(of: $0.squashed) ?? 0 })
                .sorted { $0.1 < $1.1 }
            self.entries = byPair.map(\.0)
            entryPairs = byPair.map(\.1)
        }
    }

    /// Marks in `table` (`table[b1 << 8 | b2]`) the last letter pair of every pattern; `false` when some
    /// pattern ends with `*` or has no such pair, so that a key's last bytes say nothing.
    func markLastPairs(in table: inout [Bool]) -> Bool {
        guard !anyLastPair else { return false }
        for index in lastPairs.indices where lastPairs[index] { table[index] = true }
        return true
    }

    /// Calls `body` with a matcher whose buffers stay valid during the call.
    func withMatcher<Result>(_ body: (KeyMatcher) -> Result) -> Result {
        storage.withUnsafeBufferPointer { storage in
            entries.withUnsafeBufferPointer { entries in
                entryPairs.withUnsafeBufferPointer { entryPairs in
                    lastPairs.withUnsafeBufferPointer { lastPairs in
                        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumKeyLength) { scratch in
                            withUnsafeTemporaryAllocation(of: Bool.self, capacity: Self.maximumKeyLength) { starts in
                                body(
                                    KeyMatcher(
                                        storage: storage, entries: entries, entryPairs: entryPairs, lastPairs: lastPairs,
                                        anyLastPair: anyLastPair, scratch: scratch, starts: starts))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Tests keys against a `KeyVocabulary` through pointers obtained once per scan.
struct KeyMatcher {
    let storage: UnsafeBufferPointer<UInt8>
    let entries: UnsafeBufferPointer<KeyVocabulary.Entry>
    /// The entries' last letter pairs, ascending (empty when `anyLastPair`).
    let entryPairs: UnsafeBufferPointer<Int>
    let lastPairs: UnsafeBufferPointer<Bool>
    let anyLastPair: Bool
    let scratch: UnsafeMutableBufferPointer<UInt8>
    let starts: UnsafeMutableBufferPointer<Bool>

    /// Whether the key `bytes[range]` ends with one of the patterns (see `WordPattern.matchesEnd`).
    func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= KeyVocabulary.maximumKeyLength else { return false }
        var candidates = entries.indices
        if !anyLastPair {
            // Cheap test first: the key's last letter pair (after trailing digits) must be some
            // pattern's; and only the patterns with that pair can match.
            guard let pair = LastLetterPair.index(endingBefore: range.upperBound, notBefore: range.lowerBound, in: bytes),
                lastPairs[pair]
            else { return false }
            candidates = Self.range(of: pair, in: entryPairs)
        }
        let key = SquashedBuffer(bytes: scratch, starts: starts, count: Squashing.squash(bytes, range, into: scratch, starts: starts))
        let count = key.countWithoutTrailingDigits
        for index in candidates where matches(entries[index], endOf: key, count: count) { return true }
        return false
    }

    /// The indices of `pair` in the ascending `pairs`.
    private static func range(of pair: Int, in pairs: UnsafeBufferPointer<Int>) -> Range<Int> {
        var low = 0
        var high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle] < pair { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < pairs.count && pairs[end] == pair { end += 1 }
        return low..<end
    }

    private func matches(_ entry: KeyVocabulary.Entry, endOf key: SquashedBuffer, count: Int) -> Bool {
        let last = count - entry.count
        guard last >= 0 else { return false }
        if !entry.openEnd {
            return (entry.openStart || key.starts[last]) && matches(entry, in: key, at: last)
        }
        for offset in stride(from: last, through: 0, by: -1) where entry.openStart || key.starts[offset] {
            guard matches(entry, in: key, at: offset) else { continue }
            var index = offset + entry.count
            while index < count && !key.starts[index] { index += 1 }
            if index == count { return true }
        }
        return false
    }

    @inline(__always) private func matches(_ entry: KeyVocabulary.Entry, in key: SquashedBuffer, at offset: Int) -> Bool {
        for index in 0..<entry.count where key.bytes[offset + index] != storage[entry.start + index] { return false }
        return true
    }
}

/// The last letter pair of a key, tested before the key is compared with the patterns: its last
/// letter (after trailing digits and other bytes that are not letters; bytes of multi-byte characters
/// count as letters) and the letter or digit before it, lower-cased, as an index `b1 << 8 | b2` into
/// a table of 65,536 flags. A key that matches a pattern has the pattern's pair, and a label key
/// written in text has the pair of the label key.
enum LastLetterPair {
    /// The pair of the key that ends before `end`, looked for no further back than `lowest`; `nil`
    /// when no letter with a letter or digit before it stands there.
    @inline(__always) static func index(endingBefore end: Int, notBefore lowest: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var last = end - 1
        while last >= lowest && !(ASCII.isLetter(bytes[last]) || bytes[last] >= 0x80) { last -= 1 }
        guard last >= lowest else { return nil }
        var previous = last - 1
        while previous >= lowest && !(ASCII.isAlphanumeric(bytes[previous]) || bytes[previous] >= 0x80) { previous -= 1 }
        guard previous >= lowest else { return nil }
        return Int(ASCII.lowercased(bytes[previous])) << 8 | Int(ASCII.lowercased(bytes[last]))
    }

    /// The pair of a pattern or label key, given squashed (`WordPattern.squashed`).
    static func index(of squashed: [UInt8]) -> Int? {
        squashed.withUnsafeBufferPointer { index(endingBefore: $0.count, notBefore: 0, in: $0) }
    }
}
