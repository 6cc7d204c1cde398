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
        #expect(div.openReplayAttributes == OpenReplayAttributes(.hidden))
        #expect(div.openReplayAttributes == OpenReplayAttributes(lookingUpEachOn: div))
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
        #expect(svg.openReplayAttributes.isEmpty)
    }

    /// The one-pass set of `data-openreplay-*` attributes is what looking each up finds, on HTML and
    /// foreign elements, whatever the case of the names.
    @Test func openReplayAttributesAreThoseLookedUp() throws {
        let document = try HTMLParser().parse("""
            <div data-openreplay-obscured DATA-OPENREPLAY-MASKED data-openreplay-unmask data-openreplay-label=x></div>
            <p data-openreplay-capture data-openreplay-ignore data-openreplay-htmlmasked data-openreplay-hidden></p>
            <span data-openreplay data-openreplay- data-openreplay-hiddenx data-openreplay-hidde x-data-openreplay-hidden></span>
            <svg Data-OpenReplay-Hidden data-openreplay-UNMASK><g data-openreplay-obscured></g><text data-other=1></text></svg>
            <math data-openreplay-masked></math>
            """)
        var seen: OpenReplayAttributes = []
        for element in document.allElements {
            #expect(element.openReplayAttributes == OpenReplayAttributes(lookingUpEachOn: element), "\(element.localName)")
            seen.formUnion(element.openReplayAttributes)
        }
        #expect(seen == OpenReplayAttributes(rawValue: 0xFF))
        let span = try #require(document.allElements.first { $0.localName == "span" })
        #expect(span.openReplayAttributes.isEmpty)
        for attribute in OpenReplayAttribute.allCases {
            #expect(OpenReplayAttributes(attribute).contains(attribute))
            #expect(OpenReplayAttribute(attributeName: attribute.rawValue.uppercased(), caseInsensitive: true) == attribute)
            #expect(OpenReplayAttribute(attributeName: attribute.rawValue.uppercased(), caseInsensitive: false) == nil)
        }
    }
}
