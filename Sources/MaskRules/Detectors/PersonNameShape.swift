/// Whether a value looks like a person's full name by itself, without a key that says so: two to
/// four capitalized words whose first is a known given name, whose last is a known surname or given
/// name (when a list of surnames is given) and not a word that ends the names of places, products,
/// companies or services (`Alice Smith`, `Mary Ann O'Neil`, but not `Jordan Table`, `Victoria
/// Station`, `Georgia Aquarium`, `Alice Smith.pdf` or `alice smith`).
///
/// Names are compared without case, diacritics and apostrophes (`José` is `JOSE`, `O'Neil` is
/// `ONEIL`), and a hyphenated surname is known when one of its parts is; the rule set holds the
/// lists, with their source.
struct PersonNameShape: Sendable {
    /// Given names, folded (upper case, ASCII letters without diacritics).
    let givenNames: Set<String>
    /// Words that end a place, product, company or service name, folded.
    let excludedLastWords: Set<String>
    /// Surnames, folded; when empty, any last word that is not excluded will do.
    let surnames: Set<String>

    init(givenNames: [String], excludedLastWords: [String], surnames: [String] = []) {
        self.givenNames = Set(givenNames.map(Self.folded))
        self.excludedLastWords = Set(excludedLastWords.map(Self.folded))
        self.surnames = Set(surnames.map(Self.folded))
    }

    /// The word upper-cased, its letters without diacritics and apostrophes (`Zoë` is `ZOE`,
    /// `O'Neil` is `ONEIL`). ASCII words, nearly all names, are folded byte by byte: the canonical
    /// decomposition changes nothing in them, and it cost most of the start-up when the ~10,600
    /// names of the rule set went through it.
    static func folded(_ word: String) -> String {
        asciiFolded(word) ?? unicodeFolded(word)
    }

    /// `folded(word)` for an ASCII word, or `nil` when the word has other characters.
    static func asciiFolded(_ word: String) -> String? {
        let utf8 = word.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 where byte != UInt8(ascii: "'") {
                buffer[count] = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte
                count += 1
            }
            return count
        }
    }

    /// `folded(word)` for any word, through the canonical decomposition.
    static func unicodeFolded(_ word: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars
        where !(0x0300...0x036F).contains(scalar.value) && scalar != "'" && scalar != "’" {
            result.append(contentsOf: String(scalar).uppercased().unicodeScalars)
        }
        return String(result)
    }

    /// Whether `value` is two to four capitalized words of letters (with `'` or `-` inside a word),
    /// separated by single spaces, the first a given name and the last not an excluded word. Name
    /// particles (`van`, `de`) may stand lower-cased between the first and the last word.
    func matches(_ value: String) -> Bool {
        guard value.utf8.count <= 80 else { return false }
        // Two to four words: one to three spaces, counted before the value is split.
        let spaces = value.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) }
        guard spaces >= 1 && spaces <= 3 else { return false }
        let words = value.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count >= 2 && words.count <= 4 else { return false }
        for (index, word) in words.enumerated() {
            guard let first = word.unicodeScalars.first, word.unicodeScalars.count >= 2 || index > 0 && index < words.count - 1
            else { return false }
            let isCapitalized = first.properties.isUppercase
            let isParticle = index > 0 && index < words.count - 1 && Self.particles.contains(String(word))
            guard isCapitalized || isParticle else { return false }
            var previous: Unicode.Scalar = " "
            for scalar in word.unicodeScalars {
                if scalar == "'" || scalar == "-" || scalar == "’" {
                    guard previous.properties.isAlphabetic else { return false }
                } else if !scalar.properties.isAlphabetic {
                    return false
                }
                previous = scalar
            }
            guard previous.properties.isAlphabetic else { return false }
            if isCapitalized && word.unicodeScalars.count > 3 && word.unicodeScalars.dropFirst().allSatisfy({ $0.properties.isUppercase }) {
                // All capitals (`ACME`, `LTD`) are codes and brands more often than names.
                return false
            }
        }
        let given = words[0].split(separator: "-")[0]
        guard givenNames.contains(Self.folded(String(given))) else { return false }
        let last = Self.folded(String(words[words.count - 1]))
        guard !excludedLastWords.contains(last) else { return false }
        return surnames.isEmpty
            || last.split(separator: "-").contains { surnames.contains(String($0)) || givenNames.contains(String($0)) }
    }

    /// Particles that stand lower-cased inside names (`van der Berg`, `de la Cruz`, `Ortega y Gasset`),
    /// in a value shaped like a person's name and in an unquoted name that goes on over several words.
    static let particles: Set<String> = ["van", "von", "der", "den", "de", "del", "da", "di", "du", "la", "le", "bin", "al", "y"]
}
