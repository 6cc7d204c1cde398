import Testing
@testable import MaskRules

/// `textContent` concatenates descendant text as the DOM does.
@Suite("HTML text content")
struct HTMLTextContentTests {
    @Test("Descendant text in document order, character references decoded")
    func concatenation() throws {
        let document = try HTMLTestSupport.parse(bytes: "<label id=l>E-mail <b>address</b> &amp; <i>more</i>&lt;x&gt;&nbsp;!</label>")
        let label = try #require(document.element(withID: "l"))
        #expect(label.textContent == "E-mail address & more<x>\u{A0}!")
        #expect(label.childNodes.map(\.kind) == [.text, .element, .text, .element, .text])
        #expect(label.node.textContent == label.textContent)
    }

    @Test("Script and style text are included; comments are not")
    func scriptStyleAndComments() throws {
        let document = try HTMLTestSupport.parse(bytes: "<div id=d>a<!-- hidden -->b<script>if (x < 1) {}</script><style>p{}</style></div>")
        #expect(document.element(withID: "d")?.textContent == "abif (x < 1) {}p{}")
        let script = try #require(HTMLTestSupport.first("script", in: document))
        #expect(script.textContent == "if (x < 1) {}")
        #expect(script.childNodes.map(\.text) == ["if (x < 1) {}"])
    }

    @Test("Template contents and shadow trees are left out of an ancestor's text")
    func scopes() throws {
        let html = "<div id=d>light<template>inert</template><span><template shadowrootmode=open>shadow</template>slotted</span></div>"
        let document = try HTMLTestSupport.parse(bytes: html)
        #expect(document.element(withID: "d")?.textContent == "lightslotted")
        #expect(HTMLTestSupport.first("span", in: document)?.shadowRoot?.textContent == "shadow")
        #expect(HTMLTestSupport.first("template", in: document)?.templateContent?.textContent == "inert")
    }

    @Test("Whitespace is kept where a browser keeps it")
    func whitespace() throws {
        let document = try HTMLTestSupport.parse(bytes: "<html> <head> <title>t</title> </head>\n<body> <p> x </p> </body> </html>")
        #expect(document.body?.textContent == "  x   ")
        #expect(document.head.textContent == " t ")
        #expect(document.documentElement.childNodes.map(\.kind) == [.element, .text, .element])
    }

    @Test("Text nodes are separate around comments and elements")
    func separateTextNodes() throws {
        let document = try HTMLTestSupport.parse(bytes: "<p>one<!-- c -->two<br>three</p>")
        let paragraph = try #require(HTMLTestSupport.first("p", in: document))
        #expect(paragraph.childNodes.compactMap(\.text) == ["one", "two", "three"])
        #expect(paragraph.textContent == "onetwothree")
    }
}
