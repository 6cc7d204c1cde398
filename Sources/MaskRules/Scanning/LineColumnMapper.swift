/// Turns UTF-8 byte offsets in a text into 1-based lines and columns, the columns counted in Unicode
/// scalars as `SourceLocation` promises.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as editors and SARIF count them. An offset at a line
/// break is on the line the break ends; an offset one past the last byte of a line (the end of a
/// span) gets the column after that line's last scalar.
///
/// The mapper walks the text once, from the smallest offset asked for to the largest, so mapping the
/// findings of a 50 MB log costs one pass over the bytes up to the last finding, however many there
/// are, and nothing when there are none.
public struct LineColumnMapper {
    /// The bytes of the text.
    private let bytes: UnsafeBufferPointer<UInt8>

    /// Creates a mapper over `bytes`, which must stay valid while the mapper is used.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The line and column of each offset, by offset. Offsets outside `0...bytes.count` are clamped.
    /// - Parameter offsets: byte offsets, in any order, duplicates allowed.
    public func positions(of offsets: some Sequence<Int>) -> [Int: (line: Int, column: Int)] {
        let sorted = Set(offsets).sorted()
        var result: [Int: (line: Int, column: Int)] = [:]
        result.reserveCapacity(sorted.count)
        var index = 0
        var line = 1
        var column = 1
        // Bytes that are not UTF-8 count as the U+FFFD each maximal invalid sequence decodes to, as
        // `String(decoding:as:)` makes them: the continuation bytes still expected after the current
        // lead byte, and the range the next one must be in.
        var expected = 0
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        let count = bytes.count
        for offset in sorted {
            let target = min(max(offset, 0), count)
            while index < target {
                if index + 8 <= target, let base = bytes.baseAddress {
                    // Eight ASCII bytes without a `\r` at once: a line for each `\n`, a column for each
                    // other byte. Bytes of multi-byte or invalid sequences take the exact path below,
                    // so that the sequence state stays right.
                    let word = WordLanes.load(base, index)
                    if word & WordLanes.highBits == 0 && WordLanes.lanes(word, equalTo: 0x0D) == 0 {
                        let newlines = WordLanes.lanes(word, equalTo: 0x0A)
                        if newlines == 0 {
                            column += 8
                        } else {
                            line += newlines.nonzeroBitCount
                            // The lanes after the last line feed (none when it is the eighth byte).
                            let lastNewlineBit = 63 - newlines.leadingZeroBitCount
                            column = 1 + (63 - lastNewlineBit) / 8
                        }
                        expected = 0
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                    expected = 0
                } else if byte == 0x0D {
                    // A `\r` before `\n` belongs to that break; a lone one is a break of its own.
                    if index + 1 == count || bytes[index + 1] != 0x0A {
                        line += 1
                        column = 1
                    }
                    expected = 0
                } else if byte < 0x80 {
                    column += 1
                    expected = 0
                } else if expected > 0 && byte >= low && byte <= high {
                    expected -= 1
                    low = 0x80
                    high = 0xBF
                } else {
                    // A lead byte, or a byte that cannot continue the sequence before it: a new scalar.
                    column += 1
                    (expected, low, high) = Self.continuation(after: byte)
                }
                index += 1
            }
            result[offset] = (line, column)
        }
        return result
    }

    /// How many continuation bytes a UTF-8 sequence starting with `byte` takes, and the range of the
    /// first one (Unicode's table of well-formed sequences); none for a byte that cannot start one.
    private static func continuation(after byte: UInt8) -> (Int, UInt8, UInt8) {
        switch byte {
        case 0xC2...0xDF: (1, 0x80, 0xBF)
        case 0xE0: (2, 0xA0, 0xBF)
        case 0xED: (2, 0x80, 0x9F)
        case 0xE1...0xEF: (2, 0x80, 0xBF)
        case 0xF0: (3, 0x90, 0xBF)
        case 0xF1...0xF3: (3, 0x80, 0xBF)
        case 0xF4: (3, 0x80, 0x8F)
        default: (0, 0x80, 0xBF)
        }
    }

    /// The line and column of one offset.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        positions(of: [offset])[offset] ?? (1, 1)
    }
}
