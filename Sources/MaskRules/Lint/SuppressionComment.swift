/// An inline suppression: `<!-- masklint-disable-next-line CHECK-ID[, CHECK-ID...]: reason -->`.
///
/// It silences the named checks on the line after the comment's end. A reason is required, so that
/// a reviewer sees why the finding is safe to ignore; a suppression without one, or naming a check
/// that does not exist, suppresses nothing and is itself reported (`invalid-suppression`).
public struct SuppressionComment: Sendable, Hashable {
    /// Where the comment's `<!--` is.
    public let location: SourceLocation
    /// The line whose findings it silences: the line after the one the comment ends on.
    public let targetLine: Int
    /// The check ids it names, as written.
    public let checkIDs: [String]
    /// The reason after the colon, trimmed; empty when missing.
    public let reason: String

    /// The directive that starts a suppression comment.
    public static let directive = "masklint-disable-next-line"

    /// Whether it names a check and gives a reason.
    public var isComplete: Bool { !checkIDs.isEmpty && !reason.isEmpty }

    /// Every suppression comment in an HTML source given as bytes (UTF-8 or an ASCII-compatible
    /// encoding; comments are not part of the parsed tree, so they are read from the source).
    public static func scan(_ bytes: [UInt8], file: String?) -> [SuppressionComment] {
        scan(bytes, file: file, nextOpening: { nextOpening($0, from: $1) })
    }

    /// `scan(_:file:)`, finding each comment's `<!--` with `nextOpening` (the index of the first one at
    /// or after a position, or `nil`), so that tests can compare searches.
    static func scan(_ bytes: [UInt8], file: String?, nextOpening: ([UInt8], Int) -> Int?) -> [SuppressionComment] {
        var result: [SuppressionComment] = []
        var lineCounter = LineCounter(bytes: bytes)
        var position = 0
        let count = bytes.count
        while let opening = nextOpening(bytes, position) {
            position = opening
            let bodyStart = position + 4
            var end = bodyStart
            while end + 3 <= count && !(bytes[end] == UInt8(ascii: "-") && bytes[end + 1] == UInt8(ascii: "-") && bytes[end + 2] == UInt8(ascii: ">")) {
                end += 1
            }
            let bodyEnd = min(end, count)
            let body = String(decoding: bytes[bodyStart..<bodyEnd], as: UTF8.self)
            if let parsed = parse(body) {
                let start = lineCounter.position(at: position)
                let endLine = lineCounter.position(at: bodyEnd).line
                result.append(SuppressionComment(
                    location: SourceLocation(file: file, line: start.line, column: start.column, byteOffset: position),
                    targetLine: endLine + 1, checkIDs: parsed.ids, reason: parsed.reason))
            }
            position = bodyEnd + 3
        }
        return result
    }

    /// The index of the first `<!--` in `bytes` at or after `start`, or `nil`: the search jumps from
    /// one `<` to the next (`ByteSearch`), since most of a page is not a comment.
    static func nextOpening(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var position = start
            while true {
                position = ByteSearch.first(UInt8(ascii: "<"), in: buffer, from: position)
                guard position + 4 <= buffer.count else { return nil }
                if buffer[position + 1] == UInt8(ascii: "!"), buffer[position + 2] == UInt8(ascii: "-"),
                   buffer[position + 3] == UInt8(ascii: "-") {
                    return position
                }
                position += 1
            }
        }
    }

    /// The ids and reason of a comment body that starts with the directive, or `nil` for other comments.
    static func parse(_ body: String) -> (ids: [String], reason: String)? {
        let trimmed = body.trimmingWhitespace
        guard trimmed.hasPrefix(directive) else { return nil }
        let rest = trimmed.dropFirst(directive.count)
        guard rest.isEmpty || rest.first!.isWhitespace || rest.first == ":" else { return nil }
        let idsPart: Substring
        let reason: String
        if let colon = rest.firstIndex(of: ":") {
            idsPart = rest[..<colon]
            reason = String(rest[rest.index(after: colon)...]).trimmingWhitespace
        } else {
            idsPart = rest
            reason = ""
        }
        let ids = idsPart.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        return (ids, reason)
    }
}

/// Turns byte offsets into 1-based lines and columns (columns in Unicode scalars), for offsets
/// asked in increasing order.
struct LineCounter {
    let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The line and column of the byte at `target` (which must not be less than earlier targets).
    mutating func position(at target: Int) -> (line: Int, column: Int) {
        let target = min(target, bytes.count)
        while offset < target {
            let byte = bytes[offset]
            // A line ends at LF, at CR LF, and at a CR alone, as the HTML parser counts lines.
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (offset + 1 == bytes.count || bytes[offset + 1] != UInt8(ascii: "\n"))) {
                line += 1
                lineStart = offset + 1
            }
            offset += 1
        }
        var column = 1
        for byte in bytes[lineStart..<target] where byte & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }
}
