import Testing
@testable import MaskRules

/// SVG and MathML elements are foreign (not HTML), with the SVG names' case restored.
@Suite("HTML foreign content")
struct HTMLForeignContentTests {
    @Test("SVG elements get their mixed-case names and the SVG namespace")
    func svgNames() throws {
        let html = """
            <svg viewBox="0 0 10 10" preserveAspectRatio="none"><defs><linearGradient id=g gradientUnits="x"/>
            <clipPath id=c><path d=M0/></clipPath><radialGradient/><feGaussianBlur stdDeviation="2"/>
            <textPath/><animateTransform/></defs><foreignObject><div id=inside>x</div></foreignObject></svg>
            """
        let document = try HTMLTestSupport.parse(bytes: html)
        let svg = try #require(HTMLTestSupport.first("svg", in: document))
        #expect(!svg.isHTMLElement)
        #expect(svg.namespace == .svg)
        #expect(svg.attributes.map(\.name) == ["viewBox", "preserveAspectRatio"])
        #expect(svg.attribute("viewBox") == "0 0 10 10")
        // Chromium matches [viewbox] against viewBox in HTML documents; so does attributeValue.
        #expect(svg.attributeValue("viewbox") == "0 0 10 10")
        let names = svg.descendants.map(\.localName)
        #expect(names == [
            "defs", "linearGradient", "clipPath", "path", "radialGradient", "feGaussianBlur", "textPath",
            "animateTransform", "foreignObject", "div",
        ])
        #expect(HTMLTestSupport.first("linearGradient", in: document)?.attributes.first?.name == "id")
        #expect(HTMLTestSupport.first("linearGradient", in: document)?.attribute("gradientUnits") == "x")
        #expect(HTMLTestSupport.first("feGaussianBlur", in: document)?.attribute("stdDeviation") == "2")
        let inside = try #require(document.element(withID: "inside"))
        #expect(inside.isHTMLElement)
        #expect(inside.parentElement?.localName == "foreignObject")
        #expect(inside.parentElement?.isHTMLElement == false)
    }

    @Test("MathML elements are foreign; text integration points hold HTML")
    func mathML() throws {
        let document = try HTMLTestSupport.parse(
            bytes: "<math definitionURL=u><mi>x<b>bold</b></mi><mglyph/><annotation-xml encoding=text/html><div>d</div></annotation-xml></math>")
        let math = try #require(HTMLTestSupport.first("math", in: document))
        #expect(math.namespace == .mathML)
        #expect(math.attributes.first?.name == "definitionURL")
        #expect(HTMLTestSupport.first("mi", in: document)?.namespace == .mathML)
        #expect(HTMLTestSupport.first("b", in: document)?.namespace == .html)
        #expect(HTMLTestSupport.first("mglyph", in: document)?.namespace == .mathML)
        #expect(HTMLTestSupport.first("div", in: document)?.namespace == .html)
    }

    @Test("An HTML start tag such as <div> ends SVG content")
    func breakout() throws {
        let document = try HTMLTestSupport.parse(bytes: "<div id=a><svg><circle/><p>para</p></svg></div>")
        let paragraph = try #require(HTMLTestSupport.first("p", in: document))
        #expect(paragraph.isHTMLElement)
        #expect(paragraph.parentElement?.id == "a")
        #expect(HTMLTestSupport.first("circle", in: document)?.parentElement?.localName == "svg")
    }

    @Test("An unquoted value takes a following '/', as in browsers")
    func unquotedValueBeforeSlash() throws {
        let document = try HTMLTestSupport.parse(bytes: "<svg><rect width=2/><circle/></svg>")
        #expect(HTMLTestSupport.first("rect", in: document)?.attribute("width") == "2/")
        #expect(HTMLTestSupport.first("circle", in: document)?.parentElement?.localName == "rect")
    }

    @Test("Self-closing tags close SVG elements but not HTML ones")
    func selfClosing() throws {
        let document = try HTMLTestSupport.parse(bytes: "<svg><rect/><g>x</g></svg><div/>inside<span>too</span>")
        #expect(HTMLTestSupport.first("rect", in: document)?.children.map(\.localName) == [])
        #expect(HTMLTestSupport.first("g", in: document)?.parentElement?.localName == "svg")
        let div = try #require(HTMLTestSupport.first("div", in: document))
        #expect(div.textContent == "insidetoo")
    }

    @Test("Selectors see foreign elements through SelectorMatchable")
    func selectorView() throws {
        let document = try HTMLTestSupport.parse(bytes: "<svg><foreignObject><input name=q></foreignObject></svg>")
        let input = try #require(HTMLTestSupport.first("input", in: document))
        let matchable: any SelectorMatchable = input
        #expect(matchable.isHTMLElement)
        let parent = try #require(input.parentElement)
        #expect(parent.localName == "foreignObject")
        #expect(!parent.isHTMLElement)
        #expect(parent.attributeValue("x") == nil)
    }
}
