import Testing
@testable import MaskRules

/// `FieldClassifier.collapse` splits non-ASCII text on `FieldClassifier.isWhitespace`, which answers
/// ASCII-led characters without the property tables: it must equal `Character.isWhitespace`.
@Suite struct CollapseWhitespaceTests {
    /// Every scalar of the Basic Multilingual Plane and the first supplementary planes, alone and
    /// followed by a combining mark, a zero-width joiner and a line feed.
    @Test func isWhitespaceEqualsTheCharacterProperty() {
        var checked = 0
        for value in UInt32(0)...UInt32(0x2_FFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for suffix in ["", "\u{301}", "\u{200D}", "\n"] {
                for character in String(scalar) + suffix {
                    #expect(FieldClassifier.isWhitespace(character) == character.isWhitespace, "U+\(String(value, radix: 16))")
                    checked += 1
                }
            }
        }
        #expect(checked > 200_000)
    }

    /// Collapsing equals splitting on `Character.isWhitespace`, for ASCII and non-ASCII text.
    @Test func collapseEqualsSplittingOnTheCharacterProperty() {
        let texts = [
            "", " ", "Name", "  Vorname \t Nachname ", "Prénom\u{A0}et nom", "e\u{301}  mail", " \u{301}x",
            "a\u{2028}b\u{3000}c", "\r\n Straße \r\n", "電話 番号", "\u{600} 1", "x\u{200D} y", "tab\u{0B}vt\u{0C}ff\u{85}nel",
        ]
        for text in texts {
            let expected = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(FieldClassifier.collapse(text) == expected, "\(text.debugDescription)")
        }
    }
}
