import Testing
@testable import MaskRules

/// Attribute lookups match names ASCII case-insensitively on every element, whichever path they take.
@Suite struct HTMLAttributeLookupTests {
    static let document = try! HTMLParser().parse(
        #"<div id=d Data-OpenReplay-Hidden title=t><svg id=s viewBox="0 0 1 1" DATA-X=y></svg></div>"#)

    @Test func htmlElementsMatchAnyCase() throws {
        let div = try #require(Self.document.element(withID: "d"))
        #expect(div.attribute("data-openreplay-hidden") == "")
        #expect(div.attribute("DATA-OPENREPLAY-HIDDEN") == "")
        #expect(div.attribute("Title") == "t")
        #expect(div.attribute("tit") == nil)
        #expect(div.attributeValue("title") == "t")
        #expect(div.attributeValue("data-openreplay-obscured") == nil)
        #expect(div.mayHaveOpenReplayAttributes)
    }

    @Test func foreignElementsMatchAnyCase() throws {
        let svg = try #require(Self.document.element(withID: "s"))
        #expect(svg.attribute("viewBox") == "0 0 1 1")
        #expect(svg.attribute("viewbox") == "0 0 1 1")
        #expect(svg.attribute("VIEWBOX") == "0 0 1 1")
        #expect(svg.attributeValue("viewbox") == "0 0 1 1")
        #expect(svg.attribute("data-x") == "y")
        #expect(svg.attributeValue("data-x") == "y")
        #expect(svg.attribute("view") == nil)
        #expect(!svg.mayHaveOpenReplayAttributes)
    }
}
