import Testing
@testable import MaskRules

@Suite("Person-name shape of values under bare name keys")
struct PersonNameShapeTests {
    let shape = PersonNameShape(
        givenNames: ["Alice", "Mary", "Jose", "Jordan", "Victoria", "Georgia", "Zoe", "Jean"],
        excludedLastWords: ["Table", "Station", "Pacific", "Boots"])

    @Test("Full names whose first word is a given name", arguments: [
        "Alice Smith", "Mary Ann Walker", "José García", "Zoë O'Neil", "Alice van der Berg", "Jean-Luc Picard",
        "Alice Al-Sayed", "Victoria Beckham",
    ])
    func names(_ value: String) {
        #expect(shape.matches(value), "\(value)")
    }

    @Test("Products, places, companies, files and other shapes", arguments: [
        "Jordan Table", "Victoria Station", "Georgia Pacific", "Alice Smith.pdf", "alice smith", "Alice",
        "Desk Lamp", "Alice  Smith", "Alice Smith 2", "Alice B C D E", "Mary ACME", "Alice Smith-",
        "Alice smith", "Alice van", "Alice_Smith", "Bob Smith", "Georgia boots", "Jordan BOOTS", "ALICE Smith", "",
    ])
    func notNames(_ value: String) {
        #expect(!shape.matches(value), "\(value)")
    }

    @Test("Folding compares without case and diacritics")
    func folding() {
        #expect(PersonNameShape.folded("Zoë") == "ZOE")
        #expect(PersonNameShape.folded("josé") == "JOSE")
        #expect(PersonNameShape.folded("Ñuño") == "NUNO")
    }

    /// ASCII words are folded byte by byte; the result must be what the canonical decomposition gives,
    /// for every name and word of the rule set's lists and for words with apostrophes and mixed case.
    @Test("The ASCII fold agrees with the Unicode fold on the rule set's names")
    func asciiFoldAgreesWithUnicodeFold() throws {
        let ruleSet = try RuleSetLoader().load(BundledRuleSet.source)
        var words = ["O'Neil", "d'Arcy", "mcDONALD", "Jean-Luc", "x", "", "A1b2", "Zoë", "O’Brien"]
        for rule in ruleSet.categories.flatMap(\.detectors) {
            for key in ["given-names", "surnames", "excluded-last-words"] {
                words += rule.options[key]?.stringsValue ?? []
            }
        }
        #expect(words.count > 10_000, "the lists of name.bare-key-person-value")
        var asciiWords = 0
        for word in words {
            #expect(PersonNameShape.folded(word) == PersonNameShape.unicodeFolded(word), "\(word)")
            if PersonNameShape.asciiFolded(word) != nil { asciiWords += 1 }
        }
        #expect(asciiWords == words.count - 2, "all but Zoë and O’Brien take the ASCII path")
    }

    @Test("The keyed-value detector with given names reports only person-shaped values")
    func keyedValueWithGivenNames() {
        let detector = KeyedValueDetector(
            keys: ["name"], category: .name, givenNames: ["Alice", "Jordan"], excludedLastWords: ["Table"])
        #expect(DetectorTestSupport.values(detector, #"{"id":1,"name":"Alice Smith"}"#) == ["Alice Smith"])
        #expect(DetectorTestSupport.values(detector, "GET /x?name=Alice+Smith&page=2") == ["Alice Smith"])
        #expect(DetectorTestSupport.values(detector, #"updated name="Alice van der Berg" by=admin"#) == ["Alice van der Berg"])
        #expect(DetectorTestSupport.values(detector, #"{"name":"Jordan Table"}"#).isEmpty)
        #expect(DetectorTestSupport.values(detector, #"{"name":"Desk Lamp"}"#).isEmpty)
        #expect(DetectorTestSupport.values(detector, "name=Alice+Smith.pdf&type=file").isEmpty)
        #expect(DetectorTestSupport.values(detector, "updated name=Alice Smith status=ok") == ["Alice Smith"])
        // Part of a longer value is not a name: `Alice Smith` of `Alice Smith Pillow`.
        #expect(DetectorTestSupport.values(detector, "x name=Alice Smith Pillow&page=8").isEmpty)
        #expect(DetectorTestSupport.values(detector, "x name=Alice Smith Table").isEmpty)
        let plain = KeyedValueDetector(keys: ["name"], category: .name)
        #expect(DetectorTestSupport.values(plain, #"{"name":"Desk Lamp"}"#) == ["Desk Lamp"])
    }

    @Test("The options are read from a rule")
    func options() throws {
        let detector = try KeyedValueDetector(options: [
            "keys": .strings(["name"]), "category": .string("name"),
            "given-names": .strings(["Alice"]), "excluded-last-words": .strings(["Table"]),
        ])
        #expect(detector.personNameShape?.givenNames == ["ALICE"])
        #expect(detector.personNameShape?.excludedLastWords == ["TABLE"])
        let plain = try KeyedValueDetector(options: ["keys": .strings(["name"]), "category": .string("name")])
        #expect(plain.personNameShape == nil)
    }
}
