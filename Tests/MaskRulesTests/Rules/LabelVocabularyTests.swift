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

    @Test func nonASCIITextTakesTheGeneralFolding() {
        for text in ["Numéro", "ＥＭＡＩＬ", "Straße", "e\u{301}-mail", "電話番号"] {
            #expect(LabelVocabulary.foldedBytes(text) == Array(LabelVocabulary.fold(text).utf8))
        }
    }
}
