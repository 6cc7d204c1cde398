/// Decoding of single UTF-8 sequences inside byte loops, for the few places (IDN domains) where a
/// detector must know whether a non-ASCII character is a letter.
enum UTF8Scalar {
    /// The scalar starting at `index` and the number of bytes it takes, or `nil` for an invalid or
    /// truncated sequence.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Letters, combining marks and digits: what may appear in an internationalized domain label.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// The scalar that ends right before `end` and the number of bytes it takes, or `nil`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (Unicode.Scalar, Int)? {
        var start = end - 1
        while start > 0 && end - start < 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0, let (scalar, length) = decode(bytes, at: start), start + length == end else { return nil }
        return (scalar, length)
    }

    /// Letters of the Latin, Greek and Cyrillic scripts beyond ASCII: scripts written with spaces
    /// between words, so that such a letter right before an `@` belongs to the address.
    static func isSpacedScriptLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00C0...0x024F, 0x0370...0x03FF, 0x0400...0x04FF, 0x1E00...0x1EFF:
            return scalar.properties.isAlphabetic
        default:
            return false
        }
    }
}
