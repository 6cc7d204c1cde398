/// Turns offsets in a document's decoded UTF-8 text into lines, columns and input byte offsets,
/// walking forward through the text once.
///
/// - Lines are 1-based; LF, CR and CRLF each end a line (so a CRLF file has the line numbers an
///   editor shows).
/// - Columns are 1-based and count Unicode scalars, so a tab is one column and `é` is one column
///   whatever the encoding.
/// - The input byte offset is the offset in the bytes given to the parser, byte order mark
///   included: for UTF-8 input it is the file offset (U+FFFD replacements of invalid sequences
///   are mapped back to the bytes they replaced); for UTF-16 and windows-1252 it is computed from
///   each character's width in that encoding.
///
/// Queries are cheapest in increasing offset order; a query behind the cursor restarts from the
/// beginning of the text.
struct HTMLSourcePositionCursor {
    /// A resolved position.
    struct Position: Equatable {
        var line: Int
        var column: Int
        var inputByteOffset: Int
    }

    private let text: [UInt8]
    private let encoding: HTMLEncoding
    private let replacements: [HTMLSourceReplacement]
    private let byteOrderMarkLength: Int

    private var offset = 0
    private var line = 1
    private var column = 1
    private var inputByteOffset: Int
    private var previousWasCarriageReturn = false
    private var replacementIndex = 0

    init(text: [UInt8], encoding: HTMLEncoding, replacements: [HTMLSourceReplacement], byteOrderMarkLength: Int) {
        self.text = text
        self.encoding = encoding
        self.replacements = replacements
        self.byteOrderMarkLength = byteOrderMarkLength
        self.inputByteOffset = byteOrderMarkLength
    }

    /// The position of the character that starts at `target` in the decoded text (clamped to the
    /// end of the text).
    mutating func position(at target: Int) -> Position {
        let target = min(max(target, 0), text.count)
        if target < offset { restart() }
        advance(to: target)
        return Position(line: line, column: column, inputByteOffset: inputByteOffset)
    }

    private mutating func restart() {
        offset = 0
        line = 1
        column = 1
        inputByteOffset = byteOrderMarkLength
        previousWasCarriageReturn = false
        replacementIndex = 0
    }

    private mutating func advance(to target: Int) {
        let asciiWidth = encoding == .utf16BigEndian || encoding == .utf16LittleEndian ? 2 : 1
        var nextReplacement = replacementIndex < replacements.count ? replacements[replacementIndex].decodedOffset : Int.max
        text.withUnsafeBufferPointer { bytes in
            while offset < target {
                let byte = bytes[offset]
                if byte < 0x80 {
                    if byte == 0x0A {
                        if !previousWasCarriageReturn { line += 1 }
                        column = 1
                        previousWasCarriageReturn = false
                    } else if byte == 0x0D {
                        line += 1
                        column = 1
                        previousWasCarriageReturn = true
                    } else {
                        column += 1
                        previousWasCarriageReturn = false
                    }
                    inputByteOffset += asciiWidth
                    offset += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                column += 1
                previousWasCarriageReturn = false
                if offset == nextReplacement {
                    inputByteOffset += replacements[replacementIndex].sourceLength
                    replacementIndex += 1
                    nextReplacement =
                        replacementIndex < replacements.count ? replacements[replacementIndex].decodedOffset : Int.max
                } else {
                    switch encoding {
                    case .utf8: inputByteOffset += length
                    case .windows1252: inputByteOffset += 1
                    case .utf16BigEndian, .utf16LittleEndian: inputByteOffset += length == 4 ? 4 : 2
                    }
                }
                offset += length
            }
        }
    }
}
