/// Character classes from CSS Syntax Level 3 (§4.2, "Definitions"), and ASCII case folding.
enum CSSCharacters {
    static let replacementCharacter: Unicode.Scalar = "\u{FFFD}"

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
        hexValue(scalar) != nil
    }

    static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x41...0x46: scalar.value - 0x41 + 10
        case 0x61...0x66: scalar.value - 0x61 + 10
        default: nil
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
    }

    /// A letter, a non-ASCII code point or `_`. NUL counts too: CSS preprocessing turns it into
    /// U+FFFD, which is non-ASCII.
    static func isNameStartCodePoint(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || scalar.value >= 0x80 || scalar == "_" || scalar == "\0"
    }

    /// A name-start code point, a digit or `-`.
    static func isNameCodePoint(_ scalar: Unicode.Scalar) -> Bool {
        isNameStartCodePoint(scalar) || isDigit(scalar) || scalar == "-"
    }

    /// LF, CR and FF (CSS preprocessing reads CR LF, CR and FF as LF).
    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    /// A newline, a tab or a space.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || isNewline(scalar)
    }

    /// The string with `A`...`Z` turned into `a`...`z` and everything else kept, as Chromium's
    /// `LowerASCII` does for names in selectors of HTML documents.
    static func asciiLowercased(_ string: String) -> String { ASCIIBytes.lowercased(string) }
}
