/// Decoding of HTML character references: `&#64;`, `&#x40;`, and the named references that matter
/// for hiding personal data (`&commat;`, `&period;`, `&quot;`, `&amp;`, …).
enum HTMLEntityDecoding {
    /// Named references and the characters they stand for.
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "commat": "@",
        "period": ".", "plus": "+", "num": "#", "percnt": "%", "equals": "=", "colon": ":", "semi": ";",
        "comma": ",", "lowbar": "_", "hyphen": "-", "dash": "-", "sol": "/", "bsol": "\\", "lpar": "(",
        "rpar": ")", "excl": "!", "quest": "?", "ast": "*", "lsqb": "[", "rsqb": "]", "lcub": "{",
        "rcub": "}", "verbar": "|", "dollar": "$", "grave": "`", "tilde": "~", "Hat": "^",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "iacute": "í", "oacute": "ó",
        "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "Eacute": "É",
    ]

    /// The reference starting with the `&` at `index`: the character and the reference's length, or
    /// `nil`. Numeric references may leave out the `;`; named ones may not.
    static func reference(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Unicode.Scalar, Int)? {
        guard bytes[index] == UInt8(ascii: "&"), index + 2 < end else { return nil }
        if bytes[index + 1] == UInt8(ascii: "#") {
            var position = index + 2
            let hex = bytes[position] | 0x20 == UInt8(ascii: "x")
            if hex { position += 1 }
            var value: UInt32 = 0
            let digitsStart = position
            while position < end && position - digitsStart < 8 {
                let byte = bytes[position]
                if hex, let digit = ASCII.hexValue(byte) {
                    value = value * 16 + UInt32(digit)
                } else if !hex, ASCII.isDigit(byte) {
                    value = value * 10 + UInt32(byte &- 0x30)
                } else {
                    break
                }
                position += 1
            }
            guard position > digitsStart, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            if position < end && bytes[position] == UInt8(ascii: ";") { position += 1 }
            return (scalar, position - index)
        }
        var position = index + 1
        while position < end && position - index <= 8 && ASCII.isLetter(bytes[position]) { position += 1 }
        guard position < end, bytes[position] == UInt8(ascii: ";"), position > index + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[index + 1..<position]), as: UTF8.self)
        guard let scalar = named[name] else { return nil }
        return (scalar, position + 1 - index)
    }

    /// References so common in HTML that alone they are no reason to build a view: decoding them
    /// reveals nothing the text as written does not show (`&amp;` between query parameters, `&lt;`
    /// around an address). They are decoded when a view is built for another reference nearby.
    private static let commonNames: Set<String> = ["amp", "lt", "gt", "nbsp"]

    /// Whether a reference that is worth a view starts at `index`: a numeric one, a named one other
    /// than `&amp;`, `&lt;`, `&gt;` and `&nbsp;`, or `&amp;` before `#` (a doubly encoded reference).
    @inline(__always) static func isTrigger(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard let (_, length) = reference(in: bytes, at: index, end: bytes.count) else { return false }
        if bytes[index + 1] == UInt8(ascii: "#") { return true }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[index + 1..<index + length - 1]), as: UTF8.self)
        if !commonNames.contains(name) { return true }
        return name == "amp" && ASCII.byte(bytes, index + length) == UInt8(ascii: "#")
    }

    /// Whether `bytes` hold a reference anywhere.
    static func containsTrigger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "&") && isTrigger(bytes, at: index) {
            return true
        }
        return false
    }

    /// Decodes `bytes[range]` into `view`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, into view: inout DecodedView) {
        var verbatimStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "&"), let (scalar, length) = reference(in: bytes, at: index, end: range.upperBound) {
                view.appendVerbatim(bytes, verbatimStart..<index)
                view.append(scalar, from: index..<index + length)
                index += length
                verbatimStart = index
            } else {
                index += 1
            }
        }
        view.appendVerbatim(bytes, verbatimStart..<range.upperBound)
    }
}
