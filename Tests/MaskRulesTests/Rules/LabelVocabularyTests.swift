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
