/// Removing one level of JSON string escapes from text, so that `alice\u0040example.com` reads as
/// `alice@example.com` and `{\"password\":\"x\"}` as `{"password":"x"}`.
enum JSONEscapeDecoding {
    /// Whether an escape worth decoding starts at `index`: `\uXXXX` or `\"`. (`\n`, `\/` and the
    /// like hide nothing, so they alone do not make a view; they are decoded when a view is built.)
    @inline(__always) static func isTrigger(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if next == UInt8(ascii: "\"") { return true }
        guard next == UInt8(ascii: "u"), index + 5 < bytes.count else { return false }
        return ASCII.isHexDigit(bytes[index + 2]) && ASCII.isHexDigit(bytes[index + 3])
            && ASCII.isHexDigit(bytes[index + 4]) && ASCII.isHexDigit(bytes[index + 5])
    }

    /// Whether `bytes` hold a trigger anywhere.
    static func containsTrigger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") {
                if isTrigger(bytes, at: index) { return true }
                index += 2
            } else {
                index += 1
            }
        }
        return false
    }

    /// Decodes `bytes[range]` into `view`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, into view: inout DecodedView) {
        let region = UnsafeBufferPointer(rebasing: bytes[..<range.upperBound])
        var verbatimStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "\\"), let (scalar, length) = JSONEscapes.escape(in: region, at: index) {
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
