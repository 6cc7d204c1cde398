/// Byte-wise comparisons of UTF-8 text, exact or ASCII case-insensitive, without allocating.
///
/// Browsers compare selector names and values code unit by code unit, folding only `A`...`Z` when a
/// comparison is case-insensitive. Swift's `String` equality follows Unicode canonical equivalence
/// (`"é" == "e\u{301}"`), which no browser does, so matching never compares `String`s: it compares
/// their UTF-8 bytes. ASCII folding maps single bytes to single bytes and leaves the bytes of non-ASCII
/// characters alone, so comparing UTF-8 gives the same answers as comparing UTF-16 code units.
enum ASCIIBytes {
    typealias Buffer = UnsafeBufferPointer<UInt8>

    /// `A`...`Z` lowered, every other byte unchanged.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Whether `text` has a letter `A`...`Z`; over contiguous UTF-8 (every native string) a plain loop.
    @inline(__always)
    static func hasUppercase(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.contains { $0 &- 0x41 < 26 } }
            ?? text.utf8.contains { $0 &- 0x41 < 26 }
    }

    /// `text` with `A`...`Z` lowered and every other byte unchanged (HTML's and CSS's ASCII lower
    /// case: tag and attribute names, keywords); `text` itself when it has no upper-case letter.
    /// The one implementation for the parser, selectors, masking and audit.
    static func lowercased(_ text: String) -> String {
        guard hasUppercase(text) else { return text }
        let count = text.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            for (index, byte) in text.utf8.enumerated() { buffer[index] = lowercased(byte) }
            return count
        }
    }

    /// HTML's ASCII whitespace: space, tab, LF, FF and CR.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// Calls `body` with the UTF-8 bytes of `string`, in place for native strings.
    @inline(__always)
    static func withBytes<Result>(of string: String, _ body: (Buffer) -> Result) -> Result {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(string.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether `text[offset ..< offset + pattern.count]` equals `pattern`. The caller checks bounds.
    @inline(__always)
    static func matches(_ pattern: Buffer, in text: Buffer, at offset: Int, caseInsensitive: Bool) -> Bool {
        if caseInsensitive {
            for index in 0..<pattern.count where lowercased(text[offset + index]) != lowercased(pattern[index]) {
                return false
            }
        } else {
            for index in 0..<pattern.count where text[offset + index] != pattern[index] {
                return false
            }
        }
        return true
    }

    static func equal(_ text: Buffer, _ pattern: Buffer, caseInsensitive: Bool) -> Bool {
        text.count == pattern.count && matches(pattern, in: text, at: 0, caseInsensitive: caseInsensitive)
    }

    static func hasPrefix(_ text: Buffer, _ pattern: Buffer, caseInsensitive: Bool) -> Bool {
        text.count >= pattern.count && matches(pattern, in: text, at: 0, caseInsensitive: caseInsensitive)
    }

    static func hasSuffix(_ text: Buffer, _ pattern: Buffer, caseInsensitive: Bool) -> Bool {
        text.count >= pattern.count
            && matches(pattern, in: text, at: text.count - pattern.count, caseInsensitive: caseInsensitive)
    }

    static func contains(_ text: Buffer, _ pattern: Buffer, caseInsensitive: Bool) -> Bool {
        guard text.count >= pattern.count else { return false }
        for offset in 0...(text.count - pattern.count)
        where matches(pattern, in: text, at: offset, caseInsensitive: caseInsensitive) {
            return true
        }
        return false
    }

    /// Whether one of the ASCII-whitespace-separated tokens of `text` equals `pattern`.
    static func containsToken(_ text: Buffer, _ pattern: Buffer, caseInsensitive: Bool) -> Bool {
        var index = 0
        while index < text.count {
            while index < text.count && isWhitespace(text[index]) { index += 1 }
            let start = index
            while index < text.count && !isWhitespace(text[index]) { index += 1 }
            if index > start && index - start == pattern.count
                && matches(pattern, in: text, at: start, caseInsensitive: caseInsensitive)
            {
                return true
            }
        }
        return false
    }

    /// Whether `text` equals `pattern` or starts with `pattern` followed by `-`.
    static func dashMatch(_ text: Buffer, _ pattern: Buffer, caseInsensitive: Bool) -> Bool {
        guard hasPrefix(text, pattern, caseInsensitive: caseInsensitive) else { return false }
        return text.count == pattern.count || text[pattern.count] == UInt8(ascii: "-")
    }

    /// Whether two strings have the same UTF-8 bytes: equality as browsers see it, where `String`'s `==`
    /// would also equate canonically equivalent strings.
    static func identical(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.elementsEqual(rhs.utf8)
    }

    /// Whether `pattern` contains ASCII whitespace.
    static func containsWhitespace(_ pattern: String) -> Bool {
        pattern.utf8.contains(where: isWhitespace)
    }
}
