/// JavaScript literals written the one deterministic way the generated modules use.
enum JavaScriptLiteral {
    /// A double-quoted string literal that is also a JSON string: `"` and `\` escaped with a
    /// backslash, control characters as `\n`-style or `\u00XX` escapes, and everything outside
    /// printable ASCII as `\uXXXX` UTF-16 escapes. `<`, `>` and `&` are escaped too, so that the
    /// module can be inlined in a `<script>` element (`</script>` can never appear in it).
    static func string(_ text: String) -> String {
        var output = "\""
        output.reserveCapacity(text.utf8.count + 2)
        for unit in text.utf16 {
            switch unit {
            case 0x22: output += "\\\""
            case 0x5C: output += "\\\\"
            case 0x0A: output += "\\n"
            case 0x0D: output += "\\r"
            case 0x09: output += "\\t"
            case 0x08: output += "\\b"
            case 0x0C: output += "\\f"
            case 0x3C, 0x3E, 0x26, 0x00...0x1F, 0x7F...:
                output += "\\u" + hex4(unit)
            default:
                output.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            }
        }
        return output + "\""
    }

    /// `[a, b, c]` of string literals.
    static func stringArray(_ texts: [String]) -> String {
        "[" + texts.map(string).joined(separator: ", ") + "]"
    }

    private static func hex4(_ unit: UInt16) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(unit >> 12)], digits[Int(unit >> 8 & 0xF)], digits[Int(unit >> 4 & 0xF)], digits[Int(unit & 0xF)]])
    }
}
