import Testing
@testable import MaskRules

/// `MarkupIdentifier.isPlain` tests ASCII identifiers byte by byte: it must answer as the scalar test.
@Suite struct MarkupIdentifierPlainTests {
    @Test func asciiAnswersAsTheScalarTest() {
        var texts: [String] = []
        for byte in UInt8(0)...UInt8(0x7F) {
            let character = String(UnicodeScalar(byte))
            texts += [character, "field_\(character)_name", "12\(character)34", "123\(character)", character + "4111"]
        }
        texts += ["", "email", "card-4111", "cc4111111111111111", "a1b2c3d4", "user@example", String(repeating: "x", count: 80),
                  String(repeating: "x", count: 81), "Prénom", "名前", "x\u{A0}y", "12３4", "a\u{2003}b", "１２３４"]
        for text in texts {
            #expect(MarkupIdentifier.isPlain(text) == MarkupIdentifier.isPlainScalars(text), "\(text.debugDescription)")
        }
    }
}
