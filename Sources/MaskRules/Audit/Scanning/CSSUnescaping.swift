/// Removes CSS escapes from a selector, so that the values a click selector quotes can be scanned.
///
/// The tracker writes a clicked element's selector with `CSS.escape`, for example
/// `[data-user="alice\.smith\@mail\.com"]`, which hides the address from a detector. Escapes follow CSS
/// Syntax §4.3.7: a backslash and one to six hex digits (and one white-space character after them)
/// stand for that code point (zero, surrogates and values past U+10FFFF become U+FFFD); a backslash
/// and any other character stand for that character; a backslash before a newline or at the end is
/// kept.
enum CSSUnescaping {
    /// `text` without CSS escapes, or `nil` when it has none.
    static func unescaped(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard bytes.contains(UInt8(ascii: "\\")) else { return nil }
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "\\", index + 1 < scalars.count, !CSSCharacters.isNewline(scalars[index + 1]) else {
                result.append(scalar)
                index += 1
                continue
            }
            index += 1
            if CSSCharacters.isHexDigit(scalars[index]) {
                var value: UInt32 = 0
                var digits = 0
                while digits < 6, index < scalars.count, let digit = CSSCharacters.hexValue(scalars[index]) {
                    value = value * 16 + digit
                    digits += 1
                    index += 1
                }
                if index < scalars.count, CSSCharacters.isWhitespace(scalars[index]) { index += 1 }
                let decoded = value == 0 ? nil : Unicode.Scalar(value)
                result.append(decoded ?? CSSCharacters.replacementCharacter)
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return Array(String(result).utf8)
    }
}
