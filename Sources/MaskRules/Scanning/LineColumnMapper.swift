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
        let count = bytes.count
        for offset in sorted {
            let target = min(max(offset, 0), count)
            while index < target {
                if index + 8 <= target, let base = bytes.baseAddress {
                    // Eight bytes without a `\r` at once: a line for each `\n`, and a column for each
                    // byte after the last one that does not continue a UTF-8 sequence (10xxxxxx).
                    let word = WordLanes.load(base, index)
                    if WordLanes.lanes(word, equalTo: 0x0D) == 0 {
                        let continuations = word & ~(word << 1) & WordLanes.highBits
                        let newlines = WordLanes.lanes(word, equalTo: 0x0A)
                        if newlines == 0 {
                            column += 8 - continuations.nonzeroBitCount
                        } else {
                            line += newlines.nonzeroBitCount
                            // The lanes after the last line feed (none when it is the eighth byte).
                            let lastNewlineBit = 63 - newlines.leadingZeroBitCount
                            let after: UInt64 = lastNewlineBit == 63 ? 0 : ~0 << (lastNewlineBit + 1)
                            column = 1 + (63 - lastNewlineBit) / 8 - (continuations & after).nonzeroBitCount
                        }
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte == 0x0D {
                    // A `\r` before `\n` belongs to that break; a lone one is a break of its own.
                    if index + 1 == count || bytes[index + 1] != 0x0A {
                        line += 1
                        column = 1
                    }
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            result[offset] = (line, column)
        }
        return result
    }

    /// The line and column of one offset.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        positions(of: [offset])[offset] ?? (1, 1)
    }
}
