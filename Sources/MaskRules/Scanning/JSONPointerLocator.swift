/// Finds where spans of a JSON text are in its structure: the JSON pointer (RFC 6901) of the string,
/// number or literal that holds each span, and whether that string is a member name.
///
/// JSON input is recognised by its first byte other than white space and a UTF-8 byte order mark: `{`
/// or `[`. Several documents in a row are accepted (JSON Lines, concatenated JSON); a pointer is
/// relative to the document that holds the span, which the span's line and column identify. When the
/// text turns out not to be JSON after all (a syntax error anywhere), there are no pointers.
///
/// Pointers never re-leak what was found: a member name on a pointer's path that overlaps one of the
/// spans (`{"alice@example.com": {...}}`) is written redacted, as the value found in it is.
///
/// The locator walks the bytes once without recursion, keeps only the path to the current value, and
/// decodes member names only for the pointers it returns.
public enum JSONPointerLocator {
    /// A span to locate, and the category to redact a member name with when the span overlaps it.
    public struct Span: Hashable, Sendable {
        /// The UTF-8 byte range in the text.
        public var range: Range<Int>
        /// The category of the value found there.
        public var category: PIICategory

        /// Creates a span.
        public init(range: Range<Int>, category: PIICategory) {
            self.range = range
            self.category = category
        }
    }

    /// Where a span is in a JSON text.
    public struct Location: Hashable, Sendable {
        /// The JSON pointer of the value or member that holds the span's start: `/user/email`,
        /// `/items/0/note`; `""` for a span that is in no value (between the documents, say).
        public var pointer: String
        /// Whether the span is in a member name rather than in a value.
        public var isMemberName: Bool
    }

    /// Whether `bytes` begin like a JSON object or array.
    public static func looksLikeJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
        while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
        return index < bytes.count && (bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "["))
    }

    /// The location of each span, in the order given, or `nil` when `bytes` are not JSON.
    public static func locations(of spans: [Span], in bytes: UnsafeBufferPointer<UInt8>) -> [Location]? {
        guard !spans.isEmpty else { return [] }
        guard looksLikeJSON(bytes) else { return nil }
        var walker = Walker(bytes: bytes, spans: spans)
        return walker.run()
    }

    fileprivate static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}

/// The single pass over a JSON text.
private struct Walker {
    /// One level of the path to the current value.
    enum Segment {
        /// Inside an object; the name of the current member, as the byte range of its string token
        /// (quotes excluded), once read.
        case object(name: Range<Int>?)
        /// Inside an array; the index of the current element.
        case array(index: Int)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let spans: [JSONPointerLocator.Span]
    /// Span indices sorted by start.
    let order: [Int]
    /// `reach[i]`: the largest end of the spans `order[0..<i]`.
    let reach: [Int]
    var next = 0
    var path: [Segment] = []
    var results: [JSONPointerLocator.Location?]

    init(bytes: UnsafeBufferPointer<UInt8>, spans: [JSONPointerLocator.Span]) {
        self.bytes = bytes
        self.spans = spans
        order = spans.indices.sorted { spans[$0].range.lowerBound < spans[$1].range.lowerBound }
        var reach = [Int.min]
        reach.reserveCapacity(spans.count + 1)
        for index in order { reach.append(max(reach.last!, spans[index].range.upperBound)) }
        self.reach = reach
        results = Array(repeating: nil, count: spans.count)
    }

    mutating func run() -> [JSONPointerLocator.Location]? {
        var index = 0
        let count = bytes.count
        if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
        // Whether a value may come next (else a `,` or a closing bracket), and, in an object, whether
        // a member name may.
        var expectingValue = true
        var expectingName = false
        while true {
            while index < count, JSONPointerLocator.isWhitespace(bytes[index]) { index += 1 }
            guard index < count else { break }
            let byte = bytes[index]
            if expectingName {
                if byte == UInt8(ascii: "\"") {
                    guard let end = stringEnd(from: index) else { return nil }
                    let name = (index + 1)..<(end - 1)
                    settle(before: index, isMemberName: false)
                    if case .object = path.last { path[path.count - 1] = .object(name: name) }
                    settle(token: index..<end, isMemberName: true)
                    index = end
                    while index < count, JSONPointerLocator.isWhitespace(bytes[index]) { index += 1 }
                    guard index < count, bytes[index] == UInt8(ascii: ":") else { return nil }
                    index += 1
                    expectingName = false
                    expectingValue = true
                    continue
                }
                guard byte == UInt8(ascii: "}") else { return nil }
                // `{}` or a trailing `}` after a member; a `,` always demands another name.
                guard case .object(let name) = path.last, name == nil else { return nil }
                path.removeLast()
                index += 1
                expectingName = false
                expectingValue = false
                continue
            }
            if expectingValue {
                switch byte {
                case UInt8(ascii: "{"):
                    settle(before: index, isMemberName: false)
                    path.append(.object(name: nil))
                    expectingName = true
                    expectingValue = false
                    index += 1
                case UInt8(ascii: "["):
                    settle(before: index, isMemberName: false)
                    path.append(.array(index: 0))
                    index += 1
                    // An empty array closes at once.
                    var probe = index
                    while probe < count, JSONPointerLocator.isWhitespace(bytes[probe]) { probe += 1 }
                    if probe < count, bytes[probe] == UInt8(ascii: "]") {
                        path.removeLast()
                        index = probe + 1
                        expectingValue = false
                    }
                case UInt8(ascii: "\""):
                    guard let end = stringEnd(from: index) else { return nil }
                    settle(before: index, isMemberName: false)
                    settle(token: index..<end, isMemberName: false)
                    index = end
                    expectingValue = false
                default:
                    guard let end = scalarEnd(from: index) else { return nil }
                    settle(before: index, isMemberName: false)
                    settle(token: index..<end, isMemberName: false)
                    index = end
                    expectingValue = false
                }
                continue
            }
            // After a value: `,`, a closing bracket, or (at the top level) the next document.
            switch byte {
            case UInt8(ascii: ","):
                guard let last = path.last else { return nil }
                switch last {
                case .object:
                    path[path.count - 1] = .object(name: nil)
                    expectingName = true
                    index += 1
                    // `{"a":1,}` is not JSON: the next byte must begin a name.
                    var probe = index
                    while probe < count, JSONPointerLocator.isWhitespace(bytes[probe]) { probe += 1 }
                    guard probe < count, bytes[probe] == UInt8(ascii: "\"") else { return nil }
                case .array(let position):
                    path[path.count - 1] = .array(index: position + 1)
                    expectingValue = true
                    index += 1
                }
            case UInt8(ascii: "}"):
                guard case .object = path.last else { return nil }
                path.removeLast()
                index += 1
            case UInt8(ascii: "]"):
                guard case .array = path.last else { return nil }
                path.removeLast()
                index += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard path.isEmpty else { return nil }
                expectingValue = true
            default:
                return nil
            }
        }
        guard path.isEmpty else { return nil }
        settle(before: Int.max, isMemberName: false)
        return results.map { $0 ?? JSONPointerLocator.Location(pointer: "", isMemberName: false) }
    }

    /// Gives spans that start before `offset` and have no location yet the pointer of the current
    /// container: they are in white space or punctuation.
    private mutating func settle(before offset: Int, isMemberName: Bool) {
        while next < order.count, spans[order[next]].range.lowerBound < offset {
            results[order[next]] = JSONPointerLocator.Location(pointer: pointer(), isMemberName: isMemberName)
            next += 1
        }
    }

    /// Gives spans that start inside `token` the pointer of the current value.
    private mutating func settle(token: Range<Int>, isMemberName: Bool) {
        while next < order.count, spans[order[next]].range.lowerBound < token.upperBound {
            results[order[next]] = JSONPointerLocator.Location(pointer: pointer(), isMemberName: isMemberName)
            next += 1
        }
    }

    /// The pointer of the current position, with member names that hold a span redacted.
    private func pointer() -> String {
        var text = ""
        for segment in path {
            switch segment {
            case .object(let name):
                guard let name else { continue }
                text += "/" + memberName(name)
            case .array(let index):
                text += "/\(index)"
            }
        }
        return text
    }

    /// A member name as a pointer segment: decoded, escaped (`~0`, `~1`), and redacted when it
    /// overlaps a span.
    private func memberName(_ range: Range<Int>) -> String {
        let unescaped = JSONEscapes.unescape(UnsafeBufferPointer(rebasing: bytes[range])) ?? []
        let decoded = String(decoding: unescaped, as: UTF8.self)
        if let category = overlappingCategory(range) {
            return escape(SensitiveValue(decoded, category: category).redacted)
        }
        return escape(decoded)
    }

    /// The category of a span that overlaps `range`, when one does.
    private func overlappingCategory(_ range: Range<Int>) -> PIICategory? {
        // Spans sorted by start: those starting before the range's end, of which any reaching past its
        // start overlaps it.
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            if spans[order[middle]].range.lowerBound < range.upperBound { low = middle + 1 } else { high = middle }
        }
        guard reach[low] > range.lowerBound else { return nil }
        var index = low - 1
        while index >= 0 {
            let span = spans[order[index]]
            if span.range.upperBound > range.lowerBound { return span.category }
            index -= 1
        }
        return nil
    }

    private func escape(_ segment: String) -> String {
        guard segment.contains(where: { $0 == "~" || $0 == "/" }) else { return segment }
        return segment.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// The bytes that may follow a backslash in a JSON string, besides `u`.
    private static let simpleEscapes: Set<UInt8> = Set("\"\\/bfnrt".utf8)

    /// The offset just past the closing quote of the string starting at `start`, or `nil` when it is
    /// not a valid JSON string.
    private func stringEnd(from start: Int) -> Int? {
        var index = start + 1
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return index + 1 }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < count else { return nil }
                let escaped = bytes[index + 1]
                if escaped == UInt8(ascii: "u") {
                    guard index + 5 < count else { return nil }
                    for offset in 2...5 where !ASCII.isHexDigit(bytes[index + offset]) { return nil }
                    index += 6
                    continue
                }
                guard Self.simpleEscapes.contains(escaped) else { return nil }
                index += 2
                continue
            }
            if byte < 0x20 { return nil }
            index += 1
        }
        return nil
    }

    /// The offset just past the number or literal at `start`, or `nil` when there is none.
    private func scalarEnd(from start: Int) -> Int? {
        let count = bytes.count
        let literal: StaticString? = switch bytes[start] {
        case UInt8(ascii: "t"): "true"
        case UInt8(ascii: "f"): "false"
        case UInt8(ascii: "n"): "null"
        default: nil
        }
        if let literal {
            let length = literal.utf8CodeUnitCount
            guard start + length <= count else { return nil }
            for offset in 0..<length where bytes[start + offset] != literal.utf8Start[offset] { return nil }
            return start + length
        }
        var index = start
        if index < count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digits = index
        while index < count, ASCII.isDigit(bytes[index]) { index += 1 }
        guard index > digits else { return nil }
        if index - digits > 1 && bytes[digits] == UInt8(ascii: "0") { return nil }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fraction = index
            while index < count, ASCII.isDigit(bytes[index]) { index += 1 }
            guard index > fraction else { return nil }
        }
        if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            let exponent = index
            while index < count, ASCII.isDigit(bytes[index]) { index += 1 }
            guard index > exponent else { return nil }
        }
        return index
    }
}
