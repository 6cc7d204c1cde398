import Testing
@testable import MaskRules

/// The one ASCII lower-casing of names and keywords lowers `A`...`Z` only.
@Suite struct ASCIILowercasingTests {
    @Test func lowersOnlyASCIILetters() {
        let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        let expected = String(decoding: (0..<128).map { UInt8($0) }.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        #expect(ASCIIBytes.lowercased(ascii).utf8.elementsEqual(expected.utf8))
        #expect(ASCIIBytes.lowercased("DATA-Ä-İ-K\u{212A}").utf8.elementsEqual("data-Ä-İ-k\u{212A}".utf8))
        #expect(ASCIIBytes.lowercased("already lower") == "already lower")
        #expect(ASCIIBytes.lowercased("") == "")
        #expect(ASCIIBytes.hasUppercase("aZ") && !ASCIIBytes.hasUppercase("aé\u{212A}"))
        // Bridged and other non-contiguous strings take the same path.
        let substring = "xxHELLOxx".dropFirst(2).dropLast(2)
        #expect(ASCIIBytes.lowercased(String(substring)) == "hello")
    }
}
