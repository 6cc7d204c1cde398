/// Text reduced to its lower-cased letters and digits, with the positions where words start, as
/// `WordPattern` matches it.
///
/// Words are split at every byte that is not an ASCII letter or digit, at camelCase humps
/// (`firstName`), and before the last capital of an acronym that runs into a word (`SSNNumber`). So
/// `firstName`, `first-name`, `first.name` and `FIRST_NAME` all become `firstname` with words starting
/// at 0 and 5. Bytes of non-ASCII characters are kept as they are.
protocol SquashedWords {
    /// The number of squashed bytes.
    var count: Int { get }
    /// The squashed byte at `index`.
    func byte(at index: Int) -> UInt8
    /// Whether a word starts at `index`.
    func isWordStart(_ index: Int) -> Bool
}

extension SquashedWords {
    /// Whether a word ends right before `index` (the end of the text counts).
    func wordEnds(before index: Int) -> Bool { index == count || isWordStart(index) }

    /// Whether `pattern` occurs at `offset`.
    func has(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + pattern.count <= count else { return false }
        for index in 0..<pattern.count where byte(at: offset + index) != pattern[index] { return false }
        return true
    }

    /// The count without trailing digits (`phone2` → 5), unless the text is all digits.
    var countWithoutTrailingDigits: Int {
        var end = count
        while end > 1 && ASCII.isDigit(byte(at: end - 1)) { end -= 1 }
        return end == 1 && ASCII.isDigit(byte(at: 0)) ? count : end
    }
}

/// Squashed text that owns its bytes: for patterns and context windows.
struct SquashedText: SquashedWords {
    private(set) var bytes: [UInt8]
    private(set) var wordStarts: [Bool]

    init(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var bytes = [UInt8](repeating: 0, count: range.count)
        var starts = [Bool](repeating: false, count: range.count)
        let count = bytes.withUnsafeMutableBufferPointer { bytesBuffer in
            starts.withUnsafeMutableBufferPointer { startsBuffer in
                Squashing.squash(source, range, into: bytesBuffer, starts: startsBuffer)
            }
        }
        bytes.removeLast(range.count - count)
        starts.removeLast(range.count - count)
        self.bytes = bytes
        self.wordStarts = starts
    }

    init(_ string: String) {
        let utf8 = Array(string.utf8)
        self = utf8.withUnsafeBufferPointer { SquashedText($0, 0..<$0.count) }
    }

    var count: Int { bytes.count }
    var isEmpty: Bool { bytes.isEmpty }
    func byte(at index: Int) -> UInt8 { bytes[index] }
    func isWordStart(_ index: Int) -> Bool { wordStarts[index] }
}

/// Squashed text in temporary buffers, for the keyed-value detector's per-key test, which must not
/// allocate.
struct SquashedBuffer: SquashedWords {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let starts: UnsafeMutableBufferPointer<Bool>
    let count: Int

    func byte(at index: Int) -> UInt8 { bytes[index] }
    func isWordStart(_ index: Int) -> Bool { starts[index] }
}

/// The squashing itself.
enum Squashing {
    /// Writes the squashed form of `source[range]` into `bytes` and `starts` (each at least
    /// `range.count` long) and returns its length.
    static func squash(
        _ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        into bytes: UnsafeMutableBufferPointer<UInt8>, starts: UnsafeMutableBufferPointer<Bool>
    ) -> Int {
        var count = 0
        var afterSeparator = true
        for index in range {
            let byte = source[index]
            guard byte >= 0x80 || ASCII.isAlphanumeric(byte) else {
                afterSeparator = true
                continue
            }
            var isStart = afterSeparator
            if !isStart, ASCII.isUpper(byte), index > range.lowerBound {
                let previous = source[index - 1]
                let next = index + 1 < range.upperBound ? source[index + 1] : 0
                isStart = ASCII.isLower(previous) || ASCII.isDigit(previous)
                    || (ASCII.isUpper(previous) && ASCII.isLower(next))
            }
            bytes[count] = ASCII.lowercased(byte)
            starts[count] = isStart
            count += 1
            afterSeparator = false
        }
        return count
    }
}
