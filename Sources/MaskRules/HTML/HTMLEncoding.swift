/// A character encoding the HTML reader can decode.
///
/// The names and labels are those of the WHATWG Encoding Standard, which browsers use: in
/// particular `iso-8859-1`, `latin1` and `us-ascii` all mean windows-1252.
public enum HTMLEncoding: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// UTF-8.
    case utf8 = "UTF-8"
    /// UTF-16, little-endian.
    case utf16LittleEndian = "UTF-16LE"
    /// UTF-16, big-endian.
    case utf16BigEndian = "UTF-16BE"
    /// windows-1252, which browsers also use for ISO-8859-1 and US-ASCII.
    case windows1252 = "windows-1252"

    /// The encoding an encoding label names, after trimming ASCII whitespace and ignoring ASCII
    /// case (`"latin1"`, `" UTF8 "`, `"cp1252"`), or `nil` for a label that is unknown or names an
    /// encoding this reader does not support.
    public init?(label: String) {
        let trimmed = label.utf8.drop(while: Self.isASCIIWhitespace).reversed()
            .drop(while: Self.isASCIIWhitespace).reversed()
            .map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        guard let encoding = Self.byLabel[String(decoding: trimmed, as: UTF8.self)] else { return nil }
        self = encoding
    }

    /// The encoding's canonical name.
    public var description: String { rawValue }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// The WHATWG labels of the supported encodings.
    private static let byLabel: [String: HTMLEncoding] = {
        var table: [String: HTMLEncoding] = [:]
        for label in [
            "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8",
        ] { table[label] = .utf8 }
        for label in [
            "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
            "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
            "us-ascii", "windows-1252", "x-cp1252",
        ] { table[label] = .windows1252 }
        for label in ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"] {
            table[label] = .utf16LittleEndian
        }
        for label in ["unicodefffe", "utf-16be"] { table[label] = .utf16BigEndian }
        return table
    }()
}

/// Where the encoding of a document came from.
public enum HTMLEncodingSource: String, Hashable, Sendable {
    /// A byte order mark at the start of the input.
    case byteOrderMark = "byte order mark"
    /// ``HTMLParseOptions/encodingOverride``.
    case override
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1,024 bytes.
    case metaDeclaration = "meta declaration"
    /// Nothing declared an encoding, so UTF-8 was assumed.
    case `default`
}
