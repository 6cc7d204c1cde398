import Testing
@testable import MaskRules

@Suite struct SuppressionTests {
    @Test func parsesIdsAndReason() throws {
        let parsed = try #require(SuppressionComment.parse(" masklint-disable-next-line pii-in-text, pii-in-attribute: demo data "))
        #expect(parsed.ids == ["pii-in-text", "pii-in-attribute"])
        #expect(parsed.reason == "demo data")
        #expect(SuppressionComment.parse(" an ordinary comment ") == nil)
        #expect(SuppressionComment.parse("masklint-disable-next-lineX: y") == nil)
        #expect(SuppressionComment.parse("masklint-disable-next-line")?.ids == [])
    }

    @Test func targetsTheLineAfterTheCommentEnds() {
        let source = Array("<p>\n<!--\n masklint-disable-next-line pii-in-text:\n reason\n-->\n<p>x</p>".utf8)
        let comments = SuppressionComment.scan(source, file: "a.html")
        #expect(comments.count == 1)
        #expect(comments.first?.location == SourceLocation(file: "a.html", line: 2, column: 1, byteOffset: 4))
        #expect(comments.first?.targetLine == 6)
        #expect(comments.first?.isComplete == true)
    }

    @Test func silencesOnlyTheNamedCheckOnTheNextLine() throws {
        let html = """
            <!-- masklint-disable-next-line pii-in-text: the style guide's demo account -->
            <p title="bob@example.org">Signed in as alice@example.com</p>
            <p>Signed in as alice@example.com</p>
            """
        let result = try LintTestSupport.linter().lint(html: html)
        #expect(result.findings.map(\.checkID) == ["pii-in-attribute", "pii-in-text"])
        #expect(result.findings.compactMap { if case .source(let l, _) = $0.location { l.line } else { nil } } == [2, 3])
        #expect(result.suppressedCount == 1)
    }

    @Test func withoutAReasonNothingIsSilenced() throws {
        let html = "<!-- masklint-disable-next-line pii-in-text -->\n<p>Signed in as alice@example.com</p>"
        let ids = try LintTestSupport.lint(html).map(\.checkID)
        #expect(ids == ["invalid-suppression", "pii-in-text"])
    }

    @Test func invalidSuppressionsCannotBeSuppressed() throws {
        let html = """
            <!-- masklint-disable-next-line invalid-suppression: trying -->
            <!-- masklint-disable-next-line nothing-here: typo -->
            <p>x</p>
            """
        #expect(try LintTestSupport.lint(html).map(\.checkID) == ["invalid-suppression"])
    }

    @Test func crlfLinesCountOnce() {
        let source = Array("<p>\r\n<!-- masklint-disable-next-line pii-in-text: r -->\r\n<p>x</p>".utf8)
        #expect(SuppressionComment.scan(source, file: nil).first?.targetLine == 3)
    }
}
