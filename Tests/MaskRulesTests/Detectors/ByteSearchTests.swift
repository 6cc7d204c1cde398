import Testing
@testable import MaskRules

/// The eight-bytes-at-a-time range search finds what a byte-by-byte search finds.
@Suite struct ByteSearchTests {
    @Test func rangeSearchFindsTheFirstByteInTheRange() {
        var generator = SeededGenerator(state: 7)
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 200] {
            for _ in 0..<40 {
                // Mostly letters and spaces, sometimes `:`, `;`, `<`, `=`, `>`, `9` and bytes above 0x7F.
                let pool: [UInt8] = Array("abc xyz".utf8) + [0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x39, 0xBA, 0xFD]
                let bytes = (0..<length).map { _ in
                    generator.next() % 6 == 0 ? pool[Int(generator.next() % UInt64(pool.count))] : UInt8(ascii: "q")
                }
                bytes.withUnsafeBufferPointer { buffer in
                    for start in 0...length {
                        let expected = (start..<length).first { (0x3A...0x3D).contains(buffer[$0]) } ?? length
                        #expect(ByteSearch.first(from: 0x3A, through: 0x3D, in: buffer, from: start) == expected)
                    }
                }
            }
        }
    }
}
