/// Decoding of base64 runs (standard `+/` or URL-safe `-_` alphabet, padded or not) that turn out to
/// hold text, such as JWT payloads and encoded JSON in URLs.
enum Base64Decoding {
    /// Runs shorter than this are not decoded: they hold at most eleven bytes.
    static let minimumRunLength = 16

    /// Each byte's six-bit value, or 0xFF for bytes outside both alphabets.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8.enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        table[Int(UInt8(ascii: "+"))] = 62
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "/"))] = 63
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()

    /// Whether `bytes[run]` (a maximal run of base64 bytes, `=` padding included) is worth decoding:
    /// long enough, one alphabet only, a possible length, and mixed like encoded text is (upper case
    /// and lower case or digits: plain words, paths and hex digests are not).
    static func isCandidate(_ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> Bool {
        var end = run.upperBound
        while end > run.lowerBound && bytes[end - 1] == UInt8(ascii: "=") { end -= 1 }
        let length = end - run.lowerBound
        guard length >= minimumRunLength, length % 4 != 1, run.upperBound - end <= 2 else { return false }
        // Which kinds of bytes the run holds, eight bytes at a time.
        var upper: UInt64 = 0, lowerOrDigit: UInt64 = 0, standard: UInt64 = 0, urlSafe: UInt64 = 0
        var index = run.lowerBound
        if let base = bytes.baseAddress {
            while index + 8 <= end {
                let word = WordLanes.load(base, index)
                upper |= WordLanes.lanes(word, from: 0x41, through: 0x5A)
                lowerOrDigit |= WordLanes.lanes(word, from: 0x61, through: 0x7A) | WordLanes.lanes(word, from: 0x30, through: 0x39)
                standard |= WordLanes.lanes(word, equalTo: UInt8(ascii: "+")) | WordLanes.lanes(word, equalTo: UInt8(ascii: "/"))
                urlSafe |= WordLanes.lanes(word, equalTo: UInt8(ascii: "-")) | WordLanes.lanes(word, equalTo: UInt8(ascii: "_"))
                index += 8
            }
        }
        while index < end {
            let byte = bytes[index]
            if ASCII.isUpper(byte) { upper = 1 }
            else if ASCII.isLower(byte) || ASCII.isDigit(byte) { lowerOrDigit = 1 }
            else if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") { standard = 1 }
            else { urlSafe = 1 }
            index += 1
        }
        return upper != 0 && lowerOrDigit != 0 && (standard == 0 || urlSafe == 0)
    }

    /// Decodes `bytes[run]` into `view` when it decodes to mostly printable UTF-8 text (at least 95%
    /// of the bytes printable, and valid UTF-8 throughout). Each decoded byte maps to the four-byte
    /// group of the run it came from. Returns whether it did.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, run: Range<Int>, into view: inout DecodedView) -> Bool {
        var end = run.upperBound
        while end > run.lowerBound && bytes[end - 1] == UInt8(ascii: "=") { end -= 1 }
        var decoded: [UInt8] = []
        decoded.reserveCapacity((end - run.lowerBound) * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for index in run.lowerBound..<end {
            let value = values[Int(bytes[index])]
            guard value != 0xFF else { return false }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                decoded.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        guard isMostlyPrintableText(decoded) else { return false }
        for groupOffset in stride(from: 0, to: decoded.count, by: 3) {
            let groupStart = run.lowerBound + groupOffset / 3 * 4
            view.appendDecoded(
                decoded[groupOffset..<min(groupOffset + 3, decoded.count)], from: groupStart..<min(groupStart + 4, run.upperBound))
        }
        return true
    }

    /// Valid UTF-8 in which at most one byte in twenty is a control character.
    static func isMostlyPrintableText(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return false }
        var controls = 0
        let allowed = bytes.count / 20
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F {
                    controls += 1
                    if controls > allowed { return false }
                }
                index += 1
                continue
            }
            let length: Int
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            guard index + length <= bytes.count else { return false }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
