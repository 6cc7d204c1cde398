import Testing
@testable import MaskRules

/// Element and text locations are exact: line, column (in Unicode scalars) and input byte offset
/// of the `<` of each start tag, whatever libxml2's own line numbers say.
@Suite("HTML source positions")
struct HTMLSourcePositionTests {
    @Test("A start tag spanning lines is located at its '<', not where it ends")
    func multiLineStartTag() throws {
        let document = try HTMLTestSupport.parse(bytes: "<body>\n<p>intro</p>\n  <input\n    type=\"email\"\n    name=\"email\">\n</body>")
        let input = try #require(HTMLTestSupport.first("input", in: document))
        #expect(HTMLTestSupport.position(input) == [3, 3])
        #expect(input.sourceLocation?.byteOffset == 22)
        #expect(HTMLTestSupport.position(HTMLTestSupport.first("p", in: document)) == [2, 1])
    }

    @Test("An attribute value spanning lines does not move the element or the next one")
    func attributeSpanningLines() throws {
        let html = "<div title=\"first line\nsecond line\nthird\" id=a></div><span id=b>x</span>\n<em>y</em>"
        let document = try HTMLTestSupport.parse(bytes: html)
        #expect(HTMLTestSupport.position(HTMLTestSupport.first("div", in: document)) == [1, 1])
        #expect(HTMLTestSupport.position(HTMLTestSupport.first("span", in: document)) == [3, 19])
        #expect(HTMLTestSupport.position(HTMLTestSupport.first("em", in: document)) == [4, 1])
        #expect(HTMLTestSupport.first("div", in: document)?.attribute("title") == "first line\nsecond line\nthird")
    }

    @Test("CRLF and lone CR end lines once each, and are normalised to LF in text and attributes")
    func carriageReturns() throws {
        let html = "<!DOCTYPE html>\r\n<html>\r\n<body>\r\n<p title=\"a\r\nb\">one\r\ntwo\rthree</p>\r<input name=q>"
        let document = try HTMLTestSupport.parse(bytes: html)
        let paragraph = try #require(HTMLTestSupport.first("p", in: document))
        #expect(HTMLTestSupport.position(paragraph) == [4, 1])
        #expect(paragraph.sourceLocation?.byteOffset == 33)
        #expect(HTMLTestSupport.position(HTMLTestSupport.first("input", in: document)) == [8, 1])
        #expect(paragraph.attribute("title") == "a\nb")
        #expect(paragraph.textContent == "one\ntwo\nthree")
    }

    @Test("A tab counts as one column")
    func tabs() throws {
        let document = try HTMLTestSupport.parse(bytes: "<body>\n\t\t<label>\tName <input name=n></label>")
        #expect(HTMLTestSupport.position(HTMLTestSupport.first("label", in: document)) == [2, 3])
        #expect(HTMLTestSupport.position(HTMLTestSupport.first("input", in: document)) == [2, 16])
    }

    @Test("Columns count Unicode scalars; byte offsets count UTF-8 bytes")
    func nonASCIIBeforeTheTag() throws {
        // "é" is 2 bytes, "€" 3 and "😀" 4, each one column.
        let document = try HTMLTestSupport.parse(bytes: "<p>é€😀<input name=x>\n😀<b>y</b></p>")
        let input = try #require(HTMLTestSupport.first("input", in: document))
        #expect(HTMLTestSupport.position(input) == [1, 7])
        #expect(input.sourceLocation?.byteOffset == 12)
        let bold = try #require(HTMLTestSupport.first("b", in: document))
        #expect(HTMLTestSupport.position(bold) == [2, 2])
        #expect(bold.sourceLocation?.byteOffset == 31)
    }

    @Test("A UTF-8 byte order mark counts in byte offsets but not in columns")
    func byteOrderMark() throws {
        let document = try HTMLParser().parse([0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8))
        let paragraph = try #require(HTMLTestSupport.first("p", in: document))
        #expect(HTMLTestSupport.position(paragraph) == [1, 1])
        #expect(paragraph.sourceLocation?.byteOffset == 3)
    }

    @Test("Elements the parser implies have no location; text runs start where their text does")
    func impliedElementsAndText() throws {
        let document = try HTMLTestSupport.parse(bytes: "<title>T</title>\n<p>Hello <b>bold</b> world</p>")
        #expect(document.documentElement.sourceLocation == nil)
        #expect(document.documentElement.isImplied)
        #expect(document.head.isImplied)
        #expect(document.body?.sourceLocation == nil)
        let paragraph = try #require(HTMLTestSupport.first("p", in: document))
        let texts = paragraph.childNodes.filter { $0.kind == .text }
        #expect(texts.map(\.text) == ["Hello ", " world"])
        #expect(texts.map { $0.sourceLocation.map { [$0.line!, $0.column!] } } == [[2, 4], [2, 21]])
    }

    @Test("Locations carry the file name given to the parser")
    func fileName() throws {
        let document = try HTMLParser().parse(Array("<form></form>".utf8), file: "pages/signup.html")
        let form = try #require(HTMLTestSupport.first("form", in: document))
        #expect(form.sourceLocation?.description == "pages/signup.html:1:1")
    }

    @Test("Lines past libxml2's 65,535 limit are exact (a 70,000-line document)")
    func seventyThousandLines() throws {
        var html = "<!DOCTYPE html>\n<html><body>\n"
        for line in 3...70_001 {
            html += line.isMultiple(of: 1_000) ? "<p id=\"p\(line)\">line \(line)</p>\n" : "text line \(line)\n"
        }
        html += "    <input name=\"deep\" type=\"email\">\n"  // line 70,002, column 5
        html += "  <\nselect name=\"notATag\">"  // "<" before a newline is text, not a tag
        html += "<textarea\nname=\"t\"></textarea>\n</body></html>\n"  // line 70,004, column 23
        let document = try HTMLTestSupport.parse(bytes: html)
        let input = try #require(HTMLTestSupport.element("name", "deep", in: document))
        #expect(HTMLTestSupport.position(input) == [70_002, 5])
        #expect(input.sourceLocation?.byteOffset == html.utf8.count - "<input name=\"deep\" type=\"email\">\n  <\nselect name=\"notATag\"><textarea\nname=\"t\"></textarea>\n</body></html>\n".utf8.count)
        let textarea = try #require(HTMLTestSupport.first("textarea", in: document))
        #expect(HTMLTestSupport.position(textarea) == [70_004, 23])
        #expect(HTMLTestSupport.first("select", in: document) == nil)
        let paragraph = try #require(document.element(withID: "p66000"))
        #expect(HTMLTestSupport.position(paragraph) == [66_000, 1])
        #expect(document.allElements.filter { $0.localName == "p" }.count == 70)
    }
}
