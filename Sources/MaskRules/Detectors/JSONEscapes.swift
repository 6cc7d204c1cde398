/// JSON string escapes (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`, `\uXXXX` with surrogate pairs).
enum JSONEscapes {
    /// The escape starting with the backslash at `index`: the Unicode scalar it stands for and how many
    /// bytes it takes, or `nil` when no valid escape starts there. A lone surrogate stands for U+FFFD.
    static func escape(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\") else { return nil }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""): return ("\"", 2)
        case UInt8(ascii: "\\"): return ("\\", 2)
        case UInt8(ascii: "/"): return ("/", 2)
        case UInt8(ascii: "b"): return ("\u{08}", 2)
        case UInt8(ascii: "f"): return ("\u{0C}", 2)
        case UInt8(ascii: "n"): return ("\n", 2)
        case UInt8(ascii: "r"): return ("\r", 2)
        case UInt8(ascii: "t"): return ("\t", 2)
        case UInt8(ascii: "u"):
            guard let unit = hexUnit(bytes, at: index + 2) else { return nil }
            if (0xD800...0xDBFF).contains(unit) {
                if ASCII.byte(bytes, index + 6) == UInt8(ascii: "\\"), ASCII.byte(bytes, index + 7) == UInt8(ascii: "u"),
                    let low = hexUnit(bytes, at: index + 8), (0xDC00...0xDFFF).contains(low)
                {
                    let value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    return (Unicode.Scalar(value) ?? "\u{FFFD}", 12)
                }
                return ("\u{FFFD}", 6)
            }
            return (Unicode.Scalar(unit) ?? "\u{FFFD}", 6)
        default:
            return nil
        }
    }

    /// Four hex digits at `index` as a number.
    private static func hexUnit(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = ASCII.hexValue(bytes[index + offset]) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The contents of a JSON string with its escapes decoded; invalid escapes are kept as written.
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\"), let (scalar, length) = escape(in: bytes, at: index) {
                UTF8.encode(scalar) { result.append($0) }
                index += length
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}
