import Testing
@testable import MaskRules

/// The automaton must answer exactly as each vocabulary's own term-by-term search does.
@Suite struct LabelTermMatcherTests {
    static let ruleSet = try! RuleSetLoader().load(directory: RepositoryPaths.rules.path)
    static let vocabularies = ruleSet.categories.flatMap(\.labels).map(\.vocabulary)
    static let matcher = LabelTermMatcher(vocabularies)

    /// Every term and excluded term of the bundled rule set, every label example, and mixtures of
    /// them with other words, punctuation, case and accents.
    static var texts: [String] {
        let labelRules = ruleSet.categories.flatMap(\.labels)
        var texts = labelRules.flatMap { rule in
            (rule.header.examples.match + rule.header.examples.noMatch).map(\.text)
                + rule.vocabulary.terms.map(\.text) + rule.vocabulary.excludedTerms.map(\.text)
        }
        let terms = labelRules.flatMap { $0.vocabulary.terms.map(\.text) + $0.vocabulary.excludedTerms.map(\.text) }
        for (index, term) in terms.enumerated() {
            let other = terms[(index * 7 + 3) % terms.count]
            texts.append("Your \(term.uppercased()): *")
            texts.append("\(other) / \(term)")
            texts.append("x\(term)y")
            texts.append(term.replacingOccurrences(of: " ", with: "-"))
        }
        texts += ["", " ", "--", "Numéro de téléphone mobile", "E-MAIL ADDRESS (gift card)", "お電話番号", "手机号码 *"]
        return texts
    }

    @Test func answersAsEachVocabulary() {
        for text in Self.texts {
            let folded = LabelVocabulary.FoldedText(text)
            let found = Self.matcher.firstTerms(in: folded)
            for (index, vocabulary) in Self.vocabularies.enumerated() {
                let expected = vocabulary.firstMatch(in: folded).flatMap { term in vocabulary.terms.firstIndex(of: term) } ?? -1
                #expect(found[index] == expected, "\(text) in vocabulary \(index)")
            }
        }
    }

    @Test func appliesTermOrderAndExclusions() throws {
        let vocabulary = try LabelVocabulary(terms: ["en": ["card number", "card", "number"]], excludedTerms: ["en": ["gift card"]])
        let other = try LabelVocabulary(terms: ["en": ["gift*"]])
        let matcher = LabelTermMatcher([vocabulary, other])
        #expect(matcher.firstTerms(in: .init("Number of the card")) == [1, -1])
        #expect(matcher.firstTerms(in: .init("Card number")) == [0, -1])
        #expect(matcher.firstTerms(in: .init("Gift card number")) == [-1, 0])
        #expect(matcher.firstTerms(in: .init("Giftcard")) == [-1, 0])
        #expect(matcher.firstTerms(in: .init("Card, gift card")) == [-1, 0])
        #expect(matcher.firstTerms(in: .init("gift number")) == [2, 0])
        #expect(LabelTermMatcher([]).firstTerms(in: .init("Card")) == [])
    }
}

/// Label texts are collapsed byte by byte when ASCII; the result is the general one.
@Suite struct LabelCollapsingTests {
    static func general(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test func asciiCollapsingEqualsTheGeneralOne() {
        var texts: [String] = ["", " ", "\r\n", "  Card \r\n number\t ", "a\u{1C}b\u{1F}c", "x\u{7F} y"]
        for scalar in (0..<128).map({ Character(Unicode.Scalar(UInt8($0))) }) {
            texts += [String(scalar), "a\(scalar)b", "\(scalar)\(scalar)x\(scalar)", " \(scalar) "]
        }
        texts += ["Numéro\u{A0} de\u{2003}carte", "\u{85}Phone"]
        for text in texts {
            #expect(FieldClassifier.collapse(text) == Self.general(text), "\(text.debugDescription)")
        }
    }
}
