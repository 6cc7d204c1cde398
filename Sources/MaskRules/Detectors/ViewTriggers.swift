/// Where a text holds something to decode, found in one pass over its bytes.
///
/// Plain text pays only for this pass: a view is built when its list here is not empty.
struct ViewTriggers {
    /// Positions of `%XX` escapes.
    private(set) var percent: [Int] = []
    /// Positions of `\uXXXX` and `\"` escapes.
    private(set) var jsonEscape: [Int] = []
    /// Positions of HTML character references worth decoding (see `HTMLEntityDecoding.isTrigger`).
    private(set) var htmlEntity: [Int] = []
    /// Positions of `+` signs between digits, as form bodies write spaces in numbers.
    private(set) var formPlus: [Int] = []
    /// Base64 runs worth decoding.
    private(set) var base64Runs: [Range<Int>] = []

    /// Which views a scanner builds, as flags for the scanning loop.
    struct Wanted: Sendable {
        let percent: Bool
        let jsonEscape: Bool
        let nestedJSON: Bool
        let htmlEntity: Bool
        let formPlus: Bool
        let base64: Bool

        init(_ encodings: Set<ValueEncoding>) {
            percent = encodings.contains(.percent)
            jsonEscape = encodings.contains(.jsonEscape)
            nestedJSON = encodings.contains(.nestedJSON)
            htmlEntity = encodings.contains(.htmlEntity)
            formPlus = encodings.contains(.formPlus)
            base64 = encodings.contains(.base64)
        }

        var any: Bool { percent || jsonEscape || nestedJSON || htmlEntity || formPlus || base64 }
    }

    /// Scans `bytes` for the encodings in `wanted`, eight bytes at a time: a word is looked at byte by
    /// byte only when it may hold a trigger byte (`%`, `\\`, `&`, `+`: a byte from `%` to `+`, or
    /// `\\`), and a base64 run is measured only
    /// around a word made entirely of base64 bytes (every run of 16 or more holds such a word).
    init(_ bytes: UnsafeBufferPointer<UInt8>, wanted: Wanted) {
        let count = bytes.count
        var index = 0
        var base64ScannedUpTo = 0
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let word = WordLanes.load(base, index)
                // Lanes that may hold a trigger byte (`noteTrigger` passes over the others).
                var triggers = WordLanes.possibleTriggerLanes(word)
                while triggers != 0 {
                    noteTrigger(bytes, at: index + triggers.trailingZeroBitCount / 8, wanted: wanted)
                    triggers &= triggers &- 1
                }
                if wanted.base64 && index >= base64ScannedUpTo && WordLanes.mayBeBase64(word)
                    && WordLanes.base64Lanes(word) == WordLanes.highBits
                {
                    base64ScannedUpTo = noteBase64Run(bytes, around: index)
                }
                index += 8
            }
        }
        while index < count {
            noteTrigger(bytes, at: index, wanted: wanted)
            index += 1
        }
    }

    /// Records the trigger at `index`, if the byte there starts one.
    @inline(__always) private mutating func noteTrigger(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, wanted: Wanted) {
        switch bytes[index] {
        case UInt8(ascii: "%"):
            if wanted.percent && PercentDecoding.isEscape(bytes, at: index) { percent.append(index) }
        case UInt8(ascii: "\\"):
            if (wanted.jsonEscape || wanted.nestedJSON) && JSONEscapeDecoding.isTrigger(bytes, at: index) {
                jsonEscape.append(index)
            }
        case UInt8(ascii: "&"):
            if wanted.htmlEntity && HTMLEntityDecoding.isTrigger(bytes, at: index) { htmlEntity.append(index) }
        case UInt8(ascii: "+"):
            if wanted.formPlus && PercentDecoding.isFormSpace(bytes, at: index) { formPlus.append(index) }
        default:
            break
        }
    }

    /// Measures the base64 run that holds the eight base64 bytes at `index`, records it if it is worth
    /// decoding, and returns its end.
    private mutating func noteBase64Run(_ bytes: UnsafeBufferPointer<UInt8>, around index: Int) -> Int {
        var start = index
        while start > 0 && WordLanes.isBase64Byte(bytes[start - 1]) { start -= 1 }
        var end = index + 8
        if let base = bytes.baseAddress {
            while end + 8 <= bytes.count && WordLanes.base64Lanes(WordLanes.load(base, end)) == WordLanes.highBits { end += 8 }
        }
        while end < bytes.count && WordLanes.isBase64Byte(bytes[end]) { end += 1 }
        if end - start >= Base64Decoding.minimumRunLength { noteBase64Run(bytes, start, end) }
        return end
    }

    /// Records the run `start..<end`, with up to two `=` of padding after it, if it is worth decoding.
    private mutating func noteBase64Run(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var runEnd = end
        while runEnd < bytes.count && runEnd - end < 2 && bytes[runEnd] == UInt8(ascii: "=") { runEnd += 1 }
        if Base64Decoding.isCandidate(bytes, start..<runEnd) { base64Runs.append(start..<runEnd) }
    }

    /// The stretches of `bytes` around `positions` that a view decodes: the line each position is on,
    /// but at most `reach` bytes either side, cut at a delimiter; overlapping stretches merge.
    static func regions(around positions: [Int], in bytes: UnsafeBufferPointer<UInt8>, reach: Int = 4096) -> [Range<Int>] {
        var regions: [Range<Int>] = []
        let newline = UInt8(ascii: "\n")
        for position in positions {
            if let last = regions.last, position < last.upperBound { continue }
            let lowest = max(0, position - reach)
            var start = ByteSearch.last(newline, in: bytes, before: position, notBefore: lowest)
            if start < 0 {
                start = lowest
                if start > 0 {
                    while start < position && !isDelimiter(bytes[start]) { start += 1 }
                }
            } else {
                start += 1
            }
            let highest = min(bytes.count, position + reach)
            var end = ByteSearch.first(newline, in: UnsafeBufferPointer(rebasing: bytes[..<highest]), from: position)
            if end == highest && end < bytes.count && bytes[end] != newline {
                while end > position + 1 && !isDelimiter(bytes[end - 1]) { end -= 1 }
            }
            if let last = regions.last, start <= last.upperBound {
                regions[regions.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                regions.append(start..<end)
            }
        }
        return regions
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ","), UInt8(ascii: "&"), UInt8(ascii: ";"),
            UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "{"),
            UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"):
            return true
        default:
            return false
        }
    }
}
