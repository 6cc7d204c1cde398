import Testing
@testable import MaskRules

/// Encodings are decided as in browsers, and invalid bytes become located U+FFFD diagnostics.
@Suite("HTML input encodings")
struct HTMLEncodingTests {
    private static func utf16(_ text: String, bigEndian: Bool, byteOrderMark: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = byteOrderMark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test("No declaration means UTF-8")
    func defaultEncoding() throws {
        let document = try HTMLParser().parse(Array("<p>Grüße</p>".utf8))
        #expect(document.encoding == .utf8)
        #expect(document.encodingSource == .default)
        #expect(HTMLTestSupport.first("p", in: document)?.textContent == "Grüße")
        #expect(document.diagnostics.isEmpty)
    }

    @Test("UTF-8 byte order mark")
    func utf8ByteOrderMark() throws {
        let document = try HTMLParser().parse([0xEF, 0xBB, 0xBF] + Array("<meta charset=latin1><p>é</p>".utf8))
        #expect(document.encoding == .utf8)
        #expect(document.encodingSource == .byteOrderMark)
        #expect(HTMLTestSupport.first("p", in: document)?.textContent == "é")
    }

    @Test("UTF-16 byte order marks, both byte orders, with exact positions", arguments: [false, true])
    func utf16ByteOrderMarks(bigEndian: Bool) throws {
        let document = try HTMLParser().parse(Self.utf16("<body>\n<p>€😀<input name=x></p>", bigEndian: bigEndian))
        #expect(document.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
        #expect(document.encodingSource == .byteOrderMark)
        #expect(HTMLTestSupport.first("p", in: document)?.textContent == "€😀")
        let input = try #require(HTMLTestSupport.first("input", in: document))
        #expect(HTMLTestSupport.position(input) == [2, 6])
        // BOM 2, "<body>\n<p>" 10 units, "€" 1 unit, "😀" 2 units.
        #expect(input.sourceLocation?.byteOffset == 2 + 2 * 13)
    }

    @Test(
        "<meta charset> naming Latin-1 decodes as windows-1252",
        arguments: ["<meta charset=\"iso-8859-1\">", "<meta charset=latin1>", "<META CHARSET='Windows-1252'>",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"])
    func metaLatin1(declaration: String) throws {
        // 0xE9 is "é" and 0x80 is "€" in windows-1252.
        let bytes = Array("<!DOCTYPE html><head>\(declaration)</head><body><p>caf".utf8) + [0xE9, 0x20, 0x80]
            + Array("</p><input name=\"after\"></body>".utf8)
        let document = try HTMLParser().parse(bytes)
        #expect(document.encoding == .windows1252)
        #expect(document.encodingSource == .metaDeclaration)
        #expect(HTMLTestSupport.first("p", in: document)?.textContent == "café €")
        #expect(document.diagnostics.isEmpty)
        let input = try #require(HTMLTestSupport.first("input", in: document))
        let inputOffset = bytes.count - "<input name=\"after\"></body>".utf8.count
        #expect(input.sourceLocation?.byteOffset == inputOffset)
        #expect(input.sourceLocation?.column == inputOffset + 1)
    }

    @Test("A content attribute without http-equiv is not a declaration")
    func contentWithoutPragma() throws {
        let bytes = Array("<meta content=\"text/html; charset=iso-8859-1\"><p>".utf8) + [0xC3, 0xA9]
        let document = try HTMLParser().parse(bytes)
        #expect(document.encoding == .utf8)
        #expect(HTMLTestSupport.first("p", in: document)?.textContent == "é")
    }

    @Test("A declaration inside a comment or after the first 1,024 bytes does not count")
    func prescanLimits() throws {
        let commented = try HTMLParser().parse(Array("<!-- <meta charset=latin1> --><p>é".utf8))
        #expect(commented.encoding == .utf8)
        let late = try HTMLParser().parse(Array((String(repeating: " ", count: 1_024) + "<meta charset=latin1><p>é").utf8))
        #expect(late.encoding == .utf8)
        #expect(HTMLTestSupport.first("p", in: late)?.textContent == "é")
    }

    @Test("An override wins over <meta> but not over a byte order mark")
    func override() throws {
        let options = HTMLParseOptions(encodingOverride: .windows1252)
        let document = try HTMLParser(options: options).parse(Array("<meta charset=utf-8><p>".utf8) + [0xE9])
        #expect(document.encoding == .windows1252)
        #expect(document.encodingSource == .override)
        #expect(HTMLTestSupport.first("p", in: document)?.textContent == "é")
        let withMark = try HTMLParser(options: options).parse([0xEF, 0xBB, 0xBF, 0x3C, 0x70, 0x3E, 0xC3, 0xA9])
        #expect(withMark.encoding == .utf8)
        #expect(HTMLTestSupport.first("p", in: withMark)?.textContent == "é")
    }

    @Test("A string input is taken as already decoded")
    func stringInput() throws {
        let document = try HTMLParser().parse("<meta charset=latin1><p>é</p>")
        #expect(document.encoding == .utf8)
        #expect(HTMLTestSupport.first("p", in: document)?.textContent == "é")
    }

    @Test("Invalid UTF-8 becomes U+FFFD with a located warning, and parsing goes on")
    func invalidUTF8() throws {
        // Line 2: "<p>a", then 0xC3 0x28 (bad continuation), then 0xFF, then "b<input name=q>".
        let bytes = Array("<body>\n<p>a".utf8) + [0xC3, 0x28, 0xFF] + Array("b<input name=q></p>\n<i>é</i>".utf8)
        let document = try HTMLParser().parse(bytes)
        #expect(HTMLTestSupport.first("p", in: document)?.textContent == "a\u{FFFD}(\u{FFFD}b")
        let problems = document.diagnostics.map { "\($0.line):\($0.column) \($0.severity) \($0.message)" }
        #expect(problems == [
            "2:5 warning invalid UTF-8 byte sequence 0xC3 replaced with U+FFFD",
            "2:7 warning invalid UTF-8 byte sequence 0xFF replaced with U+FFFD",
        ])
        #expect(document.diagnostics.map(\.kind) == [.invalidByteSequence, .invalidByteSequence])
        #expect(document.diagnostics.map(\.location.byteOffset) == [11, 13])
        // Offsets after the repairs still point into the original bytes.
        let input = try #require(HTMLTestSupport.first("input", in: document))
        #expect(HTMLTestSupport.position(input) == [2, 9])
        #expect(input.sourceLocation?.byteOffset == 15)
        #expect(HTMLTestSupport.first("i", in: document)?.textContent == "é")
    }

    @Test("Overlong encodings, surrogates and truncated sequences are each one U+FFFD per maximal subpart")
    func utf8MaximalSubparts() throws {
        // C0 80: two invalid bytes; ED A0 80: a surrogate, three; F0 9F 98: truncated before "x".
        let bytes = Array("<p>".utf8) + [0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF0, 0x9F, 0x98] + Array("x</p>".utf8)
        let document = try HTMLParser().parse(bytes)
        #expect(HTMLTestSupport.first("p", in: document)?.textContent == String(repeating: "\u{FFFD}", count: 6) + "x")
        #expect(document.diagnostics.count == 6)
    }

    @Test("NUL characters become U+FFFD instead of ending the document")
    func nulCharacters() throws {
        let document = try HTMLParser().parse(Array("<p>a".utf8) + [0] + Array("b</p><input name=after>".utf8))
        #expect(HTMLTestSupport.first("p", in: document)?.textContent == "a\u{FFFD}b")
        #expect(HTMLTestSupport.first("input", in: document) != nil)
        #expect(document.diagnostics.map(\.kind) == [.nullCharacter])
        #expect(HTMLTestSupport.first("input", in: document)?.sourceLocation?.byteOffset == 10)
    }

    @Test("An unsupported <meta charset> is reported and UTF-8 is used")
    func unsupportedEncoding() throws {
        let document = try HTMLParser().parse(Array("<html><meta charset=\"shift_jis\"><p>x".utf8))
        #expect(document.encoding == .utf8)
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.kind == .unsupportedEncoding)
        #expect(diagnostic.message == "unsupported encoding \"shift_jis\" in <meta>; decoded as UTF-8")
        #expect([diagnostic.line, diagnostic.column] == [1, 7])
    }

    @Test("Encoding labels follow the WHATWG Encoding Standard")
    func labels() {
        #expect(HTMLEncoding(label: " UTF8 ") == .utf8)
        #expect(HTMLEncoding(label: "US-ASCII") == .windows1252)
        #expect(HTMLEncoding(label: "iso_8859-1:1987") == .windows1252)
        #expect(HTMLEncoding(label: "utf-16") == .utf16LittleEndian)
        #expect(HTMLEncoding(label: "koi8-r") == nil)
    }
}
