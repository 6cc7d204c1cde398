import Foundation

/// Words and phrases, by language, that reveal a PII category in a field's label, with the
/// matcher that finds them in label text.
///
/// Matching ignores case and diacritics and treats every run of characters that are not letters or
/// digits as one space, so `E-Mail-Adresse:` reads as `e mail adresse`. A term matches when its words
/// appear consecutively; `passw*` matches a word prefix, `*nummer` a word suffix. Terms in scripts
/// written without spaces (Han, Hiragana, Katakana, Thai) match anywhere in the text.
public struct LabelVocabulary: Hashable, Sendable {
    /// One term of the vocabulary.
    public struct Term: Hashable, Sendable {
        /// The term as written in the rule file.
        public let text: String
        /// The ISO 639-1 code of its language.
        public let language: String
        /// The folded text searched for, with the word boundaries the term requires.
        let needle: String
        /// `needle` as UTF-8, for the byte search.
        let needleBytes: [UInt8]

        init(text: String, language: String, needle: String) {
            self.text = text
            self.language = language
            self.needle = needle
            needleBytes = Array(needle.utf8)
        }
    }

    /// A label folded once (`fold`), to be tested against many vocabularies.
    public struct FoldedText: Sendable, Hashable {
        /// The folded text, UTF-8.
        let bytes: [UInt8]

        /// Folds `text` as `firstMatch(in:)` does.
        public init(_ text: String) {
            bytes = LabelVocabulary.foldedBytes(text)
        }
    }

    /// The terms that reveal the category.
    public let terms: [Term]
    /// Terms that, when present, mean the text is not about the category (`gift card`).
    public let excludedTerms: [Term]

    /// Builds a vocabulary from terms grouped by language.
    /// - Throws: `LabelVocabularyError` for a term that is empty after folding.
    public init(terms: [String: [String]], excludedTerms: [String: [String]] = [:]) throws(LabelVocabularyError) {
        self.terms = try Self.makeTerms(terms)
        self.excludedTerms = try Self.makeTerms(excludedTerms)
    }

    /// The languages that have terms, sorted.
    public var languages: [String] { Set(terms.map(\.language)).sorted() }

    /// The first term found in `text`, or `nil` when none is, or when an excluded term is.
    public func firstMatch(in text: String) -> Term? {
        firstMatch(in: FoldedText(text))
    }

    /// The first term found in a label folded beforehand, or `nil` when none is, or when an
    /// excluded term is. Folding a label once and testing it against every vocabulary saves folding
    /// it again for each.
    public func firstMatch(in folded: FoldedText) -> Term? {
        folded.bytes.withUnsafeBufferPointer { haystack in
            if excludedTerms.contains(where: { Self.contains(haystack, $0.needleBytes) }) { return nil }
            return terms.first { Self.contains(haystack, $0.needleBytes) }
        }
    }

    /// Whether `needle` occurs in `haystack`, byte for byte (both are UTF-8 of folded text, so a
    /// byte match is a character match).
    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count && haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// Whether `text` matches the vocabulary.
    public func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    private static func makeTerms(_ grouped: [String: [String]]) throws(LabelVocabularyError) -> [Term] {
        var result: [Term] = []
        for language in grouped.keys.sorted() {
            for text in grouped[language] ?? [] {
                let prefix = text.hasPrefix("*")
                let suffix = text.hasSuffix("*") && text.count > 1
                let core = String(text.dropFirst(prefix ? 1 : 0).dropLast(suffix ? 1 : 0))
                // `foldedBytes` is `fold` with ASCII terms (most of them) folded byte by byte.
                let folded = String(decoding: foldedBytes(core), as: UTF8.self).trimmingCharacters(in: .whitespaces)
                guard !folded.isEmpty else { throw .emptyTerm(text, language: language) }
                let unspaced = folded.unicodeScalars.contains { isUnspacedScript($0) }
                let needle: String = if unspaced {
                    folded
                } else {
                    (prefix ? "" : " ") + folded + (suffix ? "" : " ")
                }
                result.append(Term(text: text, language: language, needle: needle))
            }
        }
        return result
    }

    /// `fold(text)` as UTF-8. ASCII text, the common case, is folded here byte by byte: Foundation's
    /// folding changes nothing in ASCII but the case of letters, the only ASCII letters and digits
    /// are `A`–`Z`, `a`–`z` and `0`–`9`, and ASCII is already in canonical form (the tests compare
    /// both paths on every ASCII character).
    static func foldedBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        bytes.append(0x20)
        for byte in text.utf8 {
            switch byte {
            case 0x61...0x7A, 0x30...0x39: bytes.append(byte)
            case 0x41...0x5A: bytes.append(byte | 0x20)
            case 0x80...: return Array(fold(text).utf8)
            default: if bytes[bytes.count - 1] != 0x20 { bytes.append(0x20) }
            }
        }
        if bytes[bytes.count - 1] != 0x20 { bytes.append(0x20) }
        return bytes
    }

    /// Case- and diacritic-folds `text` and reduces it to words separated by single spaces, with a
    /// space at each end so that word boundaries are plain substring matches.
    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var scalars = String.UnicodeScalarView()
        scalars.append(" ")
        var lastIsSpace = true
        var isASCII = true
        for scalar in folded.unicodeScalars {
            if isLetterOrDigit(scalar) {
                scalars.append(scalar)
                lastIsSpace = false
                if !scalar.isASCII { isASCII = false }
            } else if !lastIsSpace {
                scalars.append(" ")
                lastIsSpace = true
            }
        }
        if !lastIsSpace { scalars.append(" ") }
        // Canonically equivalent spellings (precomposed or combining marks) compare equal byte for byte.
        // ASCII text is in canonical form already (most labels once their diacritics are folded away).
        return isASCII ? String(scalars) : String(scalars).precomposedStringWithCanonicalMapping
    }

    /// Whether `scalar` is alphabetic or has a numeric type: for ASCII, the letters and the digits
    /// (no other ASCII scalar has either property); otherwise from the property tables.
    @inline(__always)
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ASCII.isAlphanumeric(UInt8(scalar.value)) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x0E00...0x0E7F: true
        default: false
        }
    }
}

/// A vocabulary that cannot be built.
public enum LabelVocabularyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A term has no letters or digits.
    case emptyTerm(String, language: String)

    public var description: String {
        switch self {
        case .emptyTerm(let term, let language): "term '\(term)' (\(language)) has no letters or digits"
        }
    }
}
