import Testing
@testable import MaskRules

@Suite struct LabelVocabularyTests {
    let vocabulary = try! LabelVocabulary(
        terms: ["en": ["card number", "e-mail", "passw*"], "de": ["*nummer"], "fr": ["numéro de carte"], "ja": ["電話"]],
        excludedTerms: ["en": ["gift card"]])

    @Test(arguments: ["Card number", "CARD-NUMBER:", "Your e-mail", "E-Mail-Adresse", "Password", "Passwort",
                      "Kartennummer", "Numero de carte", "NUMÉRO DE CARTE bancaire", "お電話番号"])
    func matches(text: String) {
        #expect(vocabulary.matches(text))
    }

    @Test(arguments: ["Gift card number", "Cardnumber?", "email", "Nummernschild", "Discard numbers", "Kassenpasswd"])
    func doesNotMatch(text: String) {
        #expect(!vocabulary.matches(text))
    }

    @Test func reportsTheTermThatMatched() {
        #expect(vocabulary.firstMatch(in: "Kartennummer")?.text == "*nummer")
        #expect(vocabulary.firstMatch(in: "Kartennummer")?.language == "de")
    }

    @Test func rejectsEmptyTerms() {
        #expect(throws: LabelVocabularyError.emptyTerm("--", language: "en")) {
            try LabelVocabulary(terms: ["en": ["--"]])
        }
    }
}

/// The byte-by-byte folding of ASCII labels gives what Foundation's folding gives.
@Suite struct LabelFoldingTests {
    static let asciiScalars = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    @Test func asciiFoldingEqualsTheGeneralFolding() {
        var texts = Self.asciiScalars.flatMap { character in
            [String(character), "a\(character)b", "\(character)\(character)Z9\(character)", "Card\(character)Number"]
        }
        texts += ["", "  ", "E-Mail-Adresse:", "Your e-mail (required)", "\r\n\tPhone\u{0B}\u{0C}number\u{7F}"]
        for text in texts {
            #expect(LabelVocabulary.foldedBytes(text) == Array(LabelVocabulary.fold(text).utf8), "\(text.debugDescription)")
        }
    }

    /// Vocabularies fold their terms with `foldedBytes`: every term of the bundled rule set folds as
    /// with the general folding.
    @Test func bundledTermsFoldAsWithTheGeneralFolding() {
        var count = 0
        for rule in LintTestSupport.bundledRuleSet.categories.flatMap(\.labels) {
            for term in rule.vocabulary.terms + rule.vocabulary.excludedTerms {
                let core = String(term.text.drop { $0 == "*" }.reversed().drop { $0 == "*" }.reversed())
                #expect(LabelVocabulary.foldedBytes(core) == Array(LabelVocabulary.fold(core).utf8), "\(term.text)")
                count += 1
            }
        }
        #expect(count > 500)
    }

    /// `fold` as it was written before its ASCII shortcuts: every scalar through the property tables,
    /// and every result through the canonical mapping.
    static func referenceFold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var scalars = String.UnicodeScalarView()
        scalars.append(" ")
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                scalars.append(scalar)
            } else if scalars.last != " " {
                scalars.append(" ")
            }
        }
        if scalars.last != " " { scalars.append(" ") }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// Every ASCII scalar and every Latin, Greek and Cyrillic scalar, a sample of the rest up to
    /// U+2FFFF, in words, and the bundled rule set's terms: `fold` bytes equal the reference's.
    @Test func foldEqualsTheReferenceFolding() {
        var texts: [String] = ["", " ", "Numéro de téléphone", "ＥＭＡＩＬ", "Straße", "e\u{301}-mail", "電話番号", "Ⅻ ½ ²"]
        var value: UInt32 = 0
        while value <= 0x2_FFFF {
            if let scalar = Unicode.Scalar(value) { texts.append("a\(scalar)B 1\(scalar)") }
            value += value < 0x530 ? 1 : 37
        }
        for rule in LintTestSupport.bundledRuleSet.categories.flatMap(\.labels) {
            texts += (rule.vocabulary.terms + rule.vocabulary.excludedTerms).map(\.text)
        }
        for text in texts {
            #expect(Array(LabelVocabulary.fold(text).utf8) == Array(Self.referenceFold(text).utf8), "\(text.debugDescription)")
        }
    }

    @Test func nonASCIITextTakesTheGeneralFolding() {
        for text in ["Numéro", "ＥＭＡＩＬ", "Straße", "e\u{301}-mail", "電話番号"] {
            #expect(LabelVocabulary.foldedBytes(text) == Array(LabelVocabulary.fold(text).utf8))
        }
    }
}
