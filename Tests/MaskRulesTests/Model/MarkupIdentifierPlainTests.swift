import Testing
@testable import MaskRules

/// `MarkupIdentifier.isPlain` tests ASCII scalars for whitespace without the property tables: it must
/// answer as the scalar test by the White_Space property.
@Suite struct MarkupIdentifierPlainTests {
    /// The rule of `MarkupIdentifier`, scalar by scalar with the White_Space property.
    static func isPlainScalars(_ value: String) -> Bool {
        guard value.utf8.count <= 80 else { return false }
        var digitRun = 0
        for scalar in value.unicodeScalars {
            if scalar == "@" || scalar.properties.isWhitespace { return false }
            if ("0"..."9").contains(scalar) {
                digitRun += 1
                if digitRun >= 4 { return false }
            } else {
                digitRun = 0
            }
        }
        return true
    }

    @Test func asciiAnswersAsTheScalarTest() {
        var texts: [String] = []
        for byte in UInt8(0)...UInt8(0x7F) {
            let character = String(UnicodeScalar(byte))
            texts += [character, "field_\(character)_name", "12\(character)34", "123\(character)", character + "4111"]
        }
        texts += ["", "email", "card-4111", "cc4111111111111111", "a1b2c3d4", "user@example", String(repeating: "x", count: 80),
                  String(repeating: "x", count: 81), "Prénom", "名前", "x\u{A0}y", "12３4", "a\u{2003}b", "１２３４"]
        for text in texts {
            #expect(MarkupIdentifier.isPlain(text) == Self.isPlainScalars(text), "\(text.debugDescription)")
        }
    }
}
