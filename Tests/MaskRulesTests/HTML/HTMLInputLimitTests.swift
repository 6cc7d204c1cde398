import Testing
@testable import MaskRules

/// Inputs past the configured limits fail with typed, located errors instead of crashing.
@Suite("HTML input limits")
struct HTMLInputLimitTests {
    @Test("Input larger than maxInputBytes")
    func inputTooLarge() {
        let parser = HTMLParser(options: HTMLParseOptions(maxInputBytes: 100))
        #expect(throws: HTMLInputError.inputTooLarge(
            byteCount: 101, limit: 100, location: SourceLocation(file: "big.html", byteOffset: 100)))
        {
            try parser.parse([UInt8](repeating: 0x61, count: 101), file: "big.html")
        }
        #expect(throws: Never.self) { try parser.parse([UInt8](repeating: 0x61, count: 100)) }
    }

    @Test("Nesting deeper than maxNestingDepth is reported at the start tag that goes too deep")
    func nestingTooDeep() throws {
        let html = "<body>\n" + String(repeating: "<div>", count: 40) + "\n<span>x</span>"
        let parser = HTMLParser(options: HTMLParseOptions(maxNestingDepth: 20))
        let error = try #require(throws: HTMLInputError.self) { try parser.parse(Array(html.utf8), file: "deep.html") }
        // <html> is depth 1 and <body> 2, so the 19th <div> (column 91) is depth 21.
        #expect(error == .nestingTooDeep(
            limit: 20, location: SourceLocation(file: "deep.html", line: 2, column: 91, byteOffset: 97)))
        #expect(error.description == "deep.html:2:91: elements are nested more than 20 levels deep")
        let shallow = HTMLParser(options: HTMLParseOptions(maxNestingDepth: 50))
        #expect(throws: Never.self) { try shallow.parse(Array(html.utf8)) }
    }

    @Test("Very deep nesting within the default limit parses without recursion problems")
    func deepButAllowed() throws {
        let html = String(repeating: "<div>", count: 1_000) + "deep" + String(repeating: "</div>", count: 1_000)
        let document = try HTMLTestSupport.parse(bytes: html)
        let deepest = try #require(document.allElements.reversed().first { $0.localName == "div" })
        #expect(deepest.textContent == "deep")
        #expect(Array(deepest.ancestors).count == 1_001)
        #expect(document.body?.textContent == "deep")
    }

    @Test("More nodes than maxNodeCount")
    func tooManyNodes() throws {
        let html = String(repeating: "<i>x</i>", count: 100)
        let parser = HTMLParser(options: HTMLParseOptions(maxNodeCount: 50))
        let error = try #require(throws: HTMLInputError.self) { try parser.parse(Array(html.utf8)) }
        guard case .tooManyNodes(let limit, let location) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(limit == 50)
        #expect(location.line == 1)
        #expect(location.column.map { $0 > 1 } == true)
    }

    @Test("Empty and whitespace-only input give the document a browser would build")
    func emptyInput() throws {
        for input in ["", "  \n ", "<!-- only a comment -->"] {
            let document = try HTMLTestSupport.parse(bytes: input)
            #expect(document.documentElement.localName == "html")
            #expect(document.head.localName == "head")
            #expect(document.body?.localName == "body")
            #expect(document.documentElement.children.map(\.localName) == ["head", "body"])
            #expect(document.diagnostics.isEmpty)
            #expect(document.quirksMode == .quirks)
        }
    }
}
