import Testing
@testable import MaskRules

@Suite struct LineColumnMapperTests {
    private func positions(_ text: String, _ offsets: [Int]) -> [Int: (line: Int, column: Int)] {
        var copy = text
        return copy.withUTF8 { LineColumnMapper($0).positions(of: offsets) }
    }

    @Test func countsLinesFromOneAndColumnsInUnicodeScalars() {
        // "é" is 2 bytes, "東" 3, "😀" 4: each one column.
        let text = "ab\néx東😀z"
        let result = positions(text, [0, 2, 3, 5, 6, 9, 13, 14])
        #expect(result[0]! == (1, 1))
        #expect(result[2]! == (1, 3))
        #expect(result[3]! == (2, 1))
        #expect(result[5]! == (2, 2))
        #expect(result[6]! == (2, 3))
        #expect(result[9]! == (2, 4))
        #expect(result[13]! == (2, 5))
        #expect(result[14]! == (2, 6), "the end of the text is one column past its last scalar")
    }

    @Test func crlfIsOneBreakAndALoneCarriageReturnIsABreak() {
        let text = "a\r\nb\rc\n\nd"
        let result = positions(text, [0, 3, 5, 8, 100])
        #expect(result[3]! == (2, 1))
        #expect(result[5]! == (3, 1))
        #expect(result[8]! == (5, 1))
        #expect(result[100]! == (5, 2), "an offset past the end is clamped to the end")
    }

    @Test func acceptsOffsetsInAnyOrderAndDuplicates() {
        let result = positions("one\ntwo\nthree", [9, 0, 4, 9])
        #expect(result.count == 3)
        #expect(result[9]! == (3, 2))
        #expect(result[4]! == (2, 1))
    }

    @Test("Bytes that are not UTF-8 count as the U+FFFD they decode to")
    func countsInvalidBytesAsReplacementCharacters() {
        // A stray continuation byte, a truncated sequence (E6 9D then "x"), an overlong lead (C0) and
        // E0 80 (80 cannot follow E0): String(decoding:) makes each maximal invalid part one U+FFFD.
        let bytes: [UInt8] = [0x61, 0xA0, 0x62, 0xE6, 0x9D, 0x78, 0xC0, 0xAF, 0xE0, 0x80, 0x7A]
        let result = bytes.withUnsafeBufferPointer { LineColumnMapper($0).positions(of: 0...bytes.count) }
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        #expect(scalars.count == 10)
        #expect(result[bytes.count]! == (1, scalars.count + 1))
        #expect(result[1]! == (1, 2))
        #expect(result[2]! == (1, 3), "the stray continuation byte A0 is one column")
        #expect(result[5]! == (1, 5), "E6 9D, cut short, is one column")
        #expect(result[7]! == (1, 7))
        #expect(result[8]! == (1, 8), "C0 and AF are a column each")
        #expect(result[10]! == (1, 10), "E0 and 80 are a column each")
    }

    @Test func mapsOneOffset() {
        var text = "x\ny"
        let position = text.withUTF8 { LineColumnMapper($0).position(of: 2) }
        #expect(position == (2, 1))
    }

    /// Texts long enough for the eight-byte steps, with line feeds, `\r\n`, lone `\r` and multi-byte
    /// scalars at every lane: every offset maps as a byte-by-byte count says.
    @Test(arguments: ["ab\ncd", "\n\n\n", "a\r\nb\rc\n", "é東😀\n", "xxxxxxx\r", "\r\nyyyyyy", "ζ\nζ\r\nζ\rζ"])
    func everyOffsetMatchesAByteByByteCount(unit: String) {
        for prefix in 0..<9 {
            let text = String(repeating: "p", count: prefix) + String(repeating: unit + "abcdefghi", count: 5)
            let bytes = Array(text.utf8)
            var expected: [(line: Int, column: Int)] = []
            var line = 1
            var column = 1
            for index in 0...bytes.count {
                expected.append((line, column))
                guard index < bytes.count else { break }
                let byte = bytes[index]
                if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                    line += 1
                    column = 1
                } else if byte != 0x0D && byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            let result = positions(text, Array(0...bytes.count))
            for offset in 0...bytes.count {
                #expect(result[offset]! == expected[offset], "offset \(offset) of \(text.debugDescription)")
            }
            // Each offset asked for alone, the mapper walks up to it in eight-byte steps where it can.
            for offset in 0...bytes.count {
                #expect(positions(text, [offset])[offset]! == expected[offset], "offset \(offset) alone of \(text.debugDescription)")
            }
            // Asked for a few offsets only, the mapper walks long stretches at once.
            let sparse = positions(text, [bytes.count / 3, bytes.count])
            #expect(sparse[bytes.count / 3]! == expected[bytes.count / 3])
            #expect(sparse[bytes.count]! == expected[bytes.count])
        }
    }
}
