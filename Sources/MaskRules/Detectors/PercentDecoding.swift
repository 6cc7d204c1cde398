/// Percent-decoding (`%40` → `@`) and form decoding (`+` → space as well), as in URLs, query strings
/// and `application/x-www-form-urlencoded` bodies.
enum PercentDecoding {
    /// Whether a `%XX` escape starts at `index`.
    @inline(__always) static func isEscape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "%") && index + 2 < bytes.count
            && ASCII.isHexDigit(bytes[index + 1]) && ASCII.isHexDigit(bytes[index + 2])
    }

    /// Whether the `+` at `index` stands for a space between two digits (`415+555+2671`), as it does
    /// in form bodies, and so may hide a phone or social security number.
    ///
    /// A `+` between words (`Alice+Smith`) is no reason to build a view: the keyed-value detector
    /// form-decodes the values of form fields itself, and card numbers accept `+` between groups.
    /// Such a `+` is decoded when a view is built for the region anyway.
    @inline(__always) static func isFormSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index > 0, index + 1 < bytes.count else { return false }
        return ASCII.isDigit(bytes[index - 1]) && ASCII.isDigit(bytes[index + 1])
    }

    /// Decodes `bytes[range]` into `view`; with `plusIsSpace`, `+` becomes a space.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, plusIsSpace: Bool, into view: inout DecodedView
    ) {
        var verbatimStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < range.upperBound, let high = ASCII.hexValue(bytes[index + 1]),
                let low = ASCII.hexValue(bytes[index + 2])
            {
                view.appendVerbatim(bytes, verbatimStart..<index)
                view.appendDecoded(CollectionOfOne(high << 4 | low), from: index..<index + 3)
                index += 3
                verbatimStart = index
            } else if plusIsSpace && byte == UInt8(ascii: "+") {
                view.appendVerbatim(bytes, verbatimStart..<index)
                view.appendDecoded(CollectionOfOne(UInt8(ascii: " ")), from: index..<index + 1)
                index += 1
                verbatimStart = index
            } else {
                index += 1
            }
        }
        view.appendVerbatim(bytes, verbatimStart..<range.upperBound)
    }
}
