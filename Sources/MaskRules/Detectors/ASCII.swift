/// Byte tests for the detectors' loops over UTF-8 text. Each is a comparison or two, so that the hot
/// loops stay free of `Character` and `String` work.
enum ASCII {
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
    /// Letters, digits and `_`: the bytes that make a number part of a larger identifier.
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == UInt8(ascii: "_") }
    /// Space, tab, line feed, carriage return, form feed and vertical tab.
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte &- 0x09 < 5)
    }
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
    @inline(__always) static func isHexDigit(_ byte: UInt8) -> Bool { hexValue(byte) != nil }
    @inline(__always) static func hexValue(_ byte: UInt8) -> UInt8? {
        if isDigit(byte) { return byte &- 0x30 }
        let lower = byte | 0x20
        if lower &- 0x61 < 6 { return lower &- 0x61 &+ 10 }
        return nil
    }
    /// The byte at `index`, or 0 when `index` is outside `bytes`, so that neighbour tests need no
    /// separate bounds checks.
    @inline(__always) static func byte(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt8 {
        index >= 0 && index < bytes.count ? bytes[index] : 0
    }
    /// Whether `bytes[index..<index+count]` are all digits (false when the range leaves `bytes`).
    @inline(__always) static func digits(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) -> Bool {
        guard index >= 0, index + count <= bytes.count else { return false }
        for offset in 0..<count where !isDigit(bytes[index + offset]) { return false }
        return true
    }
    /// The end of the run of digits starting at `index`.
    @inline(__always) static func digitRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index
        while end < bytes.count && isDigit(bytes[end]) { end += 1 }
        return end
    }
    /// The digits of `bytes[range]` as a string (for matches, which are rare).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
