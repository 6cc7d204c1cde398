/// Strings one after another in one buffer, each followed by a separator, so that the detectors scan
/// them all in one call: scanning costs a little per call as well as per byte, and the strings of a
/// page or a session are mostly short.
///
/// No detector match, key, veto word or decoded view region runs across a line feed and a NUL byte,
/// so every value a string holds alone is found in the buffer, inside that string's range
/// (`StringScanningTests` checks this for every built-in detector). A context word (`ssn` before a
/// bare number) may be found in the string before, though, so a string the buffer shows a value in
/// must be scanned again alone to know what it holds.
struct SeparatedStrings {
    /// What follows every string in the buffer.
    static let separator: [UInt8] = [0x0A, 0x00, 0x0A]

    /// The strings and their separators.
    private(set) var bytes: [UInt8] = []
    /// Where each string is in `bytes`, in the order they were appended.
    private(set) var ranges: [Range<Int>] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Whether no string was appended.
    var isEmpty: Bool { ranges.isEmpty }

    /// Appends a string and its separator.
    mutating func append(_ string: UnsafeRawBufferPointer) {
        let start = bytes.count
        bytes.append(contentsOf: string)
        ranges.append(start..<bytes.count)
        bytes.append(contentsOf: Self.separator)
    }

    /// Appends a string and its separator.
    mutating func append(_ string: String) {
        let start = bytes.count
        bytes.append(contentsOf: string.utf8)
        ranges.append(start..<bytes.count)
        bytes.append(contentsOf: Self.separator)
    }

    /// Removes every string, keeping the buffer's storage when it is at most `capacity` bytes.
    mutating func removeAll(keepingCapacityUpTo capacity: Int) {
        bytes.removeAll(keepingCapacity: bytes.capacity <= capacity)
        ranges.removeAll(keepingCapacity: true)
    }

    /// The string whose bytes hold buffer offset `offset`, or `nil` for a separator.
    func index(containing offset: Int) -> Int? {
        let index = firstIndex(endingAfter: offset)
        return index < ranges.count && ranges[index].contains(offset) ? index : nil
    }

    /// The strings a value at buffer range `range` lies in or next to: the one it starts in and every
    /// later one it reaches, and both neighbours of a separator it starts in.
    func indices(touching range: Range<Int>) -> Range<Int> {
        let startIndex = firstIndex(endingAfter: range.lowerBound)
        let startsInSeparator = startIndex == ranges.count || !ranges[startIndex].contains(range.lowerBound)
        var end = min(startIndex + 1, ranges.count)
        while end < ranges.count && ranges[end].lowerBound < range.upperBound { end += 1 }
        return (startsInSeparator && startIndex > 0 ? startIndex - 1 : startIndex)..<end
    }

    /// The first string that ends after `offset` (`ranges.count` when none does).
    private func firstIndex(endingAfter offset: Int) -> Int {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
