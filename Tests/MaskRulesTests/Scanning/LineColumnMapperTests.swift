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

    @Test func mapsOneOffset() {
        var text = "x\ny"
        let position = text.withUTF8 { LineColumnMapper($0).position(of: 2) }
        #expect(position == (2, 1))
    }
}
