import Testing
@testable import MaskRules

@Suite struct JSONPointerLocatorTests {
    /// The pointers of the spans that start at each occurrence of the `needles`.
    private func pointers(_ json: String, _ needles: [String], category: PIICategory = .email) -> [String]? {
        var copy = json
        let spans = needles.map { needle -> JSONPointerLocator.Span in
            let range = json.range(of: needle)!
            let lower = json.utf8.distance(from: json.utf8.startIndex, to: range.lowerBound)
            return JSONPointerLocator.Span(range: lower..<(lower + needle.utf8.count), category: category)
        }
        return copy.withUTF8 { JSONPointerLocator.locations(of: spans, in: $0) }?.map {
            $0.pointer + ($0.isMemberName ? " (name)" : "")
        }
    }

    @Test func pointsAtStringsNumbersAndArrayElements() {
        let json = #"{"user": {"email": "a@example.com", "pin": 1234}, "items": [{"n": "x"}, {"n": "b@example.com"}], "ok": true}"#
        #expect(pointers(json, ["a@example.com", "1234", "b@example.com"]) == ["/user/email", "/user/pin", "/items/1/n"])
    }

    @Test func escapesTildeAndSlashAndDecodesEscapes() {
        let json = #"{"a/b": {"c~d": {"\u00e9": "v@example.com"}}}"#
        #expect(pointers(json, ["v@example.com"]) == ["/a~1b/c~0d/é"])
    }

    @Test func aMemberNameIsMarkedAndRedactedWhenItHoldsTheValue() {
        let json = #"{"people": {"alice@example.com": {"role": "admin"}}}"#
        #expect(pointers(json, ["alice@example.com"]) == ["/people/a****@e******.com (name)"])
    }

    @Test func aValueUnderANameThatHoldsAnotherFindingDoesNotRevealTheName() {
        let json = #"{"alice@example.com": {"phone": "+14155552671"}}"#
        let result = pointers(json, ["alice@example.com", "+14155552671"])
        #expect(result == ["/a****@e******.com (name)", "/a****@e******.com/phone"])
    }

    @Test func jsonLinesGivePointersRelativeToEachDocument() {
        let json = "{\"a\": \"x@example.com\"}\n{\"b\": [\"y@example.com\"]}\n"
        #expect(pointers(json, ["x@example.com", "y@example.com"]) == ["/a", "/b/0"])
    }

    @Test func aSpanBetweenTokensGetsTheContainer() {
        let json = #"{"o": {"a": 1,   "b": 2}}"#
        #expect(pointers(json, ["   "]) == ["/o"])
    }

    @Test(arguments: [
        "user alice@example.com logged in",
        #"{"a": "alice@example.com"} trailing text"#,
        #"{"a": "alice@example.com",}"#,
        #"{"a": "alice@example.com""#,
        #"["alice@example.com" 1]"#,
        #"{"a": 01, "b": "alice@example.com"}"#,
        #"{"a": tru, "b": "alice@example.com"}"#,
    ])
    func textThatIsNotJSONHasNoPointers(text: String) {
        #expect(pointers(text, ["alice@example.com"]) == nil)
    }

    @Test func looksLikeJSONSkipsWhitespaceAndAByteOrderMark() {
        for text in ["\u{FEFF}  {\"a\":1}", "\n[1]"] {
            var copy = text
            #expect(copy.withUTF8 { JSONPointerLocator.looksLikeJSON($0) })
        }
        var plain = "a {\"b\":1}"
        #expect(!plain.withUTF8 { JSONPointerLocator.looksLikeJSON($0) })
    }

    @Test func deepNestingNeedsNoRecursion() {
        let depth = 100_000
        let json = String(repeating: "[", count: depth) + "\"z@example.com\"" + String(repeating: "]", count: depth)
        let result = pointers(json, ["z@example.com"])
        #expect(result?.first?.hasPrefix("/0/0/0") == true)
        #expect(result?.first?.count == depth * 2)
    }
}
