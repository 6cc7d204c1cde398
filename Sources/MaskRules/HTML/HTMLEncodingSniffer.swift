/// Decides a document's encoding the way a browser does before parsing: byte order mark first,
/// then an encoding given from outside, then the HTML standard's *prescan* of the first 1,024 bytes
/// for `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`, and
/// UTF-8 when nothing says otherwise.
struct HTMLEncodingSniffer {
    /// The outcome of sniffing.
    struct Result {
        /// The encoding to decode with.
        var encoding: HTMLEncoding
        /// What decided it.
        var source: HTMLEncodingSource
        /// The length of the byte order mark to skip (0, 2 or 3).
        var byteOrderMarkLength: Int
        /// A `<meta>` declaration whose label could not be used: the label and the byte offset of
        /// the `<meta` tag.
        var unsupportedDeclaration: (label: String, offset: Int)?
    }

    /// How many bytes the prescan looks at, as in browsers.
    static let prescanLength = 1_024

    /// Sniffs the encoding of `bytes`.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>, override: HTMLEncoding?) -> Result {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return Result(encoding: .utf8, source: .byteOrderMark, byteOrderMarkLength: 3)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return Result(encoding: .utf16BigEndian, source: .byteOrderMark, byteOrderMarkLength: 2)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return Result(encoding: .utf16LittleEndian, source: .byteOrderMark, byteOrderMarkLength: 2)
        }
        if let override {
            return Result(encoding: override, source: .override, byteOrderMarkLength: 0)
        }
        var prescan = Prescan(bytes: UnsafeBufferPointer(rebasing: bytes.prefix(prescanLength)))
        switch prescan.run() {
        case .found(let encoding):
            return Result(encoding: encoding, source: .metaDeclaration, byteOrderMarkLength: 0)
        case .unsupported(let label, let offset):
            return Result(
                encoding: .utf8, source: .default, byteOrderMarkLength: 0,
                unsupportedDeclaration: (label, offset))
        case .none:
            return Result(encoding: .utf8, source: .default, byteOrderMarkLength: 0)
        }
    }

    /// The HTML standard's "prescan a byte stream to determine its encoding" algorithm.
    private struct Prescan {
        enum Outcome {
            case found(HTMLEncoding)
            case unsupported(label: String, offset: Int)
            case none
        }

        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        private func byte(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
        }

        private static func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }

        private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

        private func matches(_ literal: String, at offset: Int) -> Bool {
            var index = offset
            for expected in literal.utf8 {
                guard let actual = byte(index), Self.lowercased(actual) == expected else { return false }
                index += 1
            }
            return true
        }

        mutating func run() -> Outcome {
            while position < bytes.count {
                if matches("<!--", at: position) {
                    // Skip past the first "-->" that starts after the "<!" (so "<!-->" is a whole comment).
                    var index = position + 4
                    while index < bytes.count, !(bytes[index] == 0x3E && bytes[index - 1] == 0x2D && bytes[index - 2] == 0x2D) {
                        index += 1
                    }
                    position = index + 1
                } else if matches("<meta", at: position), let next = byte(position + 5), Self.isSpace(next) || next == 0x2F {
                    let tagOffset = position
                    position += 6
                    if let outcome = metaOutcome(tagOffset: tagOffset) { return outcome }
                } else if bytes[position] == 0x3C, let next = byte(position + 1),
                    Self.isLetter(next) || (next == 0x2F && byte(position + 2).map(Self.isLetter) == true)
                {
                    position += 1
                    while let current = byte(position), !Self.isSpace(current), current != 0x3E { position += 1 }
                    while getAttribute() != nil {}
                } else if bytes[position] == 0x3C, let next = byte(position + 1), next == 0x21 || next == 0x2F || next == 0x3F {
                    while let current = byte(position), current != 0x3E { position += 1 }
                    position += 1
                } else {
                    position += 1
                }
            }
            return .none
        }

        /// Reads the attributes of a `<meta` tag; returns an outcome when the tag declares an encoding.
        private mutating func metaOutcome(tagOffset: Int) -> Outcome? {
            var seen: Set<[UInt8]> = []
            var gotPragma = false
            var needPragma: Bool?
            var charset: [UInt8]?
            while let (name, value) = getAttribute() {
                guard seen.insert(name).inserted else { continue }
                switch String(decoding: name, as: UTF8.self) {
                case "http-equiv":
                    if String(decoding: value, as: UTF8.self) == "content-type" { gotPragma = true }
                case "content":
                    if charset == nil, let extracted = Self.charsetFromContent(value) {
                        charset = extracted
                        needPragma = true
                    }
                case "charset":
                    charset = value
                    needPragma = false
                default:
                    break
                }
            }
            guard let needPragma, let charset, !(needPragma && !gotPragma) else { return nil }
            let label = String(decoding: charset, as: UTF8.self)
            guard let encoding = HTMLEncoding(label: label) else {
                return .unsupported(label: label, offset: tagOffset)
            }
            switch encoding {
            case .utf16BigEndian, .utf16LittleEndian: return .found(.utf8)
            default: return .found(encoding)
            }
        }

        /// The "get an attribute" algorithm; names and values come back lower-cased, as the
        /// standard specifies for the prescan.
        private mutating func getAttribute() -> (name: [UInt8], value: [UInt8])? {
            while let current = byte(position), Self.isSpace(current) || current == 0x2F { position += 1 }
            guard let first = byte(position), first != 0x3E else { return nil }
            var name: [UInt8] = []
            var value: [UInt8] = []
            // Attribute name.
            while true {
                guard let current = byte(position) else { return (name, value) }
                if current == 0x3D, !name.isEmpty {
                    position += 1
                    return readValue(name: name)
                } else if Self.isSpace(current) {
                    break
                } else if current == 0x2F || current == 0x3E {
                    return (name, value)
                } else {
                    name.append(Self.lowercased(current))
                }
                position += 1
            }
            // Spaces before a possible '='.
            while let current = byte(position), Self.isSpace(current) { position += 1 }
            guard byte(position) == 0x3D else { return (name, value) }
            position += 1
            value = []
            return readValue(name: name)
        }

        private mutating func readValue(name: [UInt8]) -> (name: [UInt8], value: [UInt8]) {
            var value: [UInt8] = []
            while let current = byte(position), Self.isSpace(current) { position += 1 }
            guard let first = byte(position) else { return (name, value) }
            if first == 0x22 || first == 0x27 {
                position += 1
                while let current = byte(position) {
                    position += 1
                    if current == first { return (name, value) }
                    value.append(Self.lowercased(current))
                }
                return (name, value)
            }
            if first == 0x3E { return (name, value) }
            while let current = byte(position), !Self.isSpace(current), current != 0x3E {
                value.append(Self.lowercased(current))
                position += 1
            }
            return (name, value)
        }

        /// The standard's "extracting a character encoding from a meta element" algorithm.
        static func charsetFromContent(_ content: [UInt8]) -> [UInt8]? {
            let charsetWord = Array("charset".utf8)
            var index = 0
            while index + charsetWord.count <= content.count {
                guard content[index..<(index + charsetWord.count)].map(lowercased).elementsEqual(charsetWord) else {
                    index += 1
                    continue
                }
                index += charsetWord.count
                while index < content.count, isSpace(content[index]) { index += 1 }
                guard index < content.count, content[index] == 0x3D else { continue }
                index += 1
                while index < content.count, isSpace(content[index]) { index += 1 }
                guard index < content.count else { return nil }
                let first = content[index]
                if first == 0x22 || first == 0x27 {
                    guard let end = content[(index + 1)...].firstIndex(of: first) else { return nil }
                    return Array(content[(index + 1)..<end])
                }
                let end = content[index...].firstIndex { isSpace($0) || $0 == 0x3B } ?? content.count
                return Array(content[index..<end])
            }
            return nil
        }
    }
}
