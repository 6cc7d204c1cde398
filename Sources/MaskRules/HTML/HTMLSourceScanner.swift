/// Looks at the decoded source around the parser's position to tell what libxml2 is doing.
///
/// libxml2 reports an element's start only after reading its attributes, and reports implied
/// elements (and elements closed by a following start tag) in the middle of reading some other
/// tag, without saying so. The scanner recovers the facts from the bytes: where the `<` of a start
/// tag is, whether an event happened inside a start tag, and which end tag was just read.
/// Names are matched as libxml2 reads them: ASCII letters (any case), digits, `:`, `-`, `_`, `.`.
struct HTMLSourceScanner {
    let source: UnsafeBufferPointer<UInt8>

    /// libxml2 keeps at most this many bytes of a tag name.
    static let maxNameLength = 100

    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x3A, 0x2D, 0x5F, 0x2E: true
        default: false
        }
    }

    /// The offset of the first `<` in `start..<end` that begins a start tag named `name` (lower
    /// case), or `nil`. libxml2 reports a start tag after its attributes, and nothing between the
    /// previous event and the tag can contain such a `<`, so the first match is the tag.
    func startTag(named name: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int? {
        let end = min(end, source.count)
        var index = max(start, 0)
        let nameLength = name.count
        guard nameLength > 0 else { return nil }
        while index + nameLength < end {
            guard source[index] == 0x3C else {
                index += 1
                continue
            }
            var matched = true
            for offset in 0..<nameLength {
                var byte = source[index + 1 + offset]
                if byte >= 0x41, byte <= 0x5A { byte += 0x20 }
                if byte != name[offset] {
                    matched = false
                    break
                }
            }
            let after = index + 1 + nameLength
            if matched, nameLength >= Self.maxNameLength || after >= source.count || !Self.isNameByte(source[after]) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The lower-cased name of the start tag whose `<name` ends exactly at `offset`, where
    /// libxml2 closes and implies elements for that tag; `nil` when `offset` is elsewhere.
    func startTagName(endingAt offset: Int) -> String? {
        let end = min(offset, source.count)
        var index = end - 1
        while index >= 0, Self.isNameByte(source[index]), end - index <= Self.maxNameLength { index -= 1 }
        guard index >= 0, index < end - 1, source[index] == 0x3C else { return nil }
        return Self.lowercasedName(source[(index + 1)..<end])
    }

    /// The lower-cased name of the start tag whose `<` is at `offset`, or `nil`.
    func startTagName(startingAt offset: Int) -> String? {
        guard offset >= 0, offset + 1 < source.count, source[offset] == 0x3C else { return nil }
        let first = source[offset + 1]
        guard (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) else { return nil }
        var end = offset + 1
        while end < source.count, Self.isNameByte(source[end]), end - offset <= Self.maxNameLength { end += 1 }
        return Self.lowercasedName(source[(offset + 1)..<end])
    }

    private static func lowercasedName(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether `offset` is just after the `/>` of a self-closing start tag.
    func isAfterSelfClosingTag(_ offset: Int) -> Bool {
        offset >= 2 && offset <= source.count && source[offset - 2] == 0x2F && source[offset - 1] == 0x3E
    }

    /// The offset just past the `>` or `/>` that ends a start tag whose attributes end at `offset`.
    func endOfStartTag(at offset: Int) -> Int {
        guard offset < source.count else { return source.count }
        if source[offset] == 0x3E { return offset + 1 }
        if source[offset] == 0x2F, offset + 1 < source.count, source[offset + 1] == 0x3E { return offset + 2 }
        return offset
    }

    /// The offset of the `</` of the end tag that ends just before `offset`, or `nil`.
    func endTagStart(endingBefore offset: Int) -> Int? {
        let offset = min(offset, source.count)
        guard offset >= 3, source[offset - 1] == 0x3E else { return nil }
        var index = offset - 2
        let lowest = max(0, offset - 4_096)
        while index > lowest, source[index] != 0x3C { index -= 1 }
        guard source[index] == 0x3C, index + 1 < offset, source[index + 1] == 0x2F else { return nil }
        return index
    }

    /// The offset of the last `<!DOCTYPE` (any case) that starts before `offset`, or `nil`.
    func doctypeStart(before offset: Int) -> Int? {
        let keyword = Array("<!doctype".utf8)
        var index = min(offset, source.count) - keyword.count
        while index >= 0 {
            if source[index] == 0x3C {
                var matched = true
                for (position, expected) in keyword.enumerated() {
                    var byte = source[index + position]
                    if byte >= 0x41, byte <= 0x5A { byte += 0x20 }
                    if byte != expected {
                        matched = false
                        break
                    }
                }
                if matched { return index }
            }
            index -= 1
        }
        return nil
    }
}
