import Testing
@testable import MaskRules

/// `<template>` contents are inert fragments and `<template shadowrootmode>` becomes a shadow root
/// of its parent, as in browsers (libxml2 2.9 parses both as ordinary children).
@Suite("HTML templates and declarative shadow roots")
struct HTMLTemplateAndShadowRootTests {
    @Test("Template contents are not children, are marked inert and have no parent element")
    func templateContents() throws {
        let html = "<div id=outer><template id=row><div class=cell><input name=email></div>text</template><p>after</p></div>"
        let document = try HTMLTestSupport.parse(bytes: html)
        let template = try #require(document.element(withID: "row"))
        #expect(Array(template.children).isEmpty)
        #expect(Array(template.childNodes).isEmpty)
        #expect(template.textContent == "")
        let content = try #require(template.templateContent)
        #expect(content.kind == .templateContent)
        #expect(content.host == template)
        #expect(content.parentNode == nil)
        #expect(content.children.map(\.localName) == ["div"])
        #expect(content.textContent == "text")

        let input = try #require(HTMLTestSupport.element("name", "email", in: document))
        #expect(input.isInTemplateContent)
        #expect(!input.isInShadowTree)
        #expect(input.parentElement?.localName == "div")
        #expect(input.parentElement?.parentElement == nil)
        #expect(input.treeScopeRoot == content)
        #expect(input.ancestors.map(\.localName) == ["div"])
        #expect(input.form == nil)

        let outer = try #require(document.element(withID: "outer"))
        #expect(outer.children.map(\.localName) == ["template", "p"])
        #expect(outer.descendants.map(\.localName) == ["template", "p"])
        #expect(outer.textContent == "after")
        #expect(!HTMLTestSupport.first("p", in: document)!.isInTemplateContent)
        #expect(HTMLTestSupport.first("p", in: document)?.previousElementSibling == template)
    }

    @Test("getElementById stays in its tree scope")
    func idLookupByScope() throws {
        let html = "<div id=a>light</div><template><span id=a>inert</span><b id=b></b></template>"
        let document = try HTMLTestSupport.parse(bytes: html)
        #expect(document.element(withID: "a")?.localName == "div")
        #expect(document.element(withID: "b") == nil)
        let content = try #require(HTMLTestSupport.first("template", in: document)?.templateContent)
        #expect(content.element(withID: "a")?.localName == "span")
        #expect(content.element(withID: "b")?.localName == "b")
    }

    @Test("A declarative shadow root belongs to its host; the template element disappears")
    func declarativeShadowRoot() throws {
        let html = """
            <div id=host><template shadowrootmode="open" shadowrootdelegatesfocus>
            <label>Card <input name=card></label><slot></slot></template><span id=light>light</span></div>
            """
        let document = try HTMLTestSupport.parse(bytes: html)
        let host = try #require(document.element(withID: "host"))
        #expect(host.children.map(\.localName) == ["span"])
        #expect(host.textContent == "light")
        #expect(HTMLTestSupport.first("template", in: document) == nil)
        let root = try #require(host.shadowRoot)
        #expect(root.kind == .shadowRoot)
        #expect(root.shadowRootMode == .open)
        #expect(root.delegatesFocus)
        #expect(root.host == host)
        #expect(root.sourceLocation.map { [$0.line!, $0.column!] } == [1, 14])
        #expect(root.children.map(\.localName) == ["label", "slot"])

        let input = try #require(HTMLTestSupport.element("name", "card", in: document))
        #expect(input.isInShadowTree)
        #expect(!input.isInTemplateContent)
        #expect(input.shadowHost == host)
        #expect(input.parentElement?.localName == "label")
        #expect(input.parentElement?.parentElement == nil)
        #expect(!document.documentTreeElements.contains(input))
        #expect(document.allElements.contains(input))
        let light = try #require(document.element(withID: "light"))
        #expect(light.previousElementSibling == nil)
        #expect(light.shadowHost == nil)
    }

    @Test("Closed shadow roots on custom elements")
    func closedShadowRoot() throws {
        let document = try HTMLTestSupport.parse(bytes: "<my-field><template shadowrootmode=CLOSED><input name=x></template></my-field>")
        let host = try #require(HTMLTestSupport.first("my-field", in: document))
        #expect(host.shadowRoot?.shadowRootMode == .closed)
        #expect(HTMLTestSupport.first("input", in: document)?.shadowHost == host)
    }

    @Test(
        "A template stays a template when it cannot become a shadow root",
        arguments: [
            "<form><template shadowrootmode=open><input></template></form>",  // <form> cannot host
            "<div><template shadowrootmode=bogus><input></template></div>",  // invalid mode
            "<div><template shadowrootmode=open></template><template shadowrootmode=open><input></template></div>",
        ])
    func notAShadowRoot(html: String) throws {
        let document = try HTMLTestSupport.parse(bytes: html)
        let input = try #require(HTMLTestSupport.first("input", in: document))
        #expect(input.isInTemplateContent)
        #expect(!input.isInShadowTree)
        #expect(input.shadowHost == nil)
    }

    @Test("Shadow roots and templates nest")
    func nesting() throws {
        let html = "<div id=h1><template shadowrootmode=open><span id=h2><template shadowrootmode=open><template><b>deep</b></template></template></span></template></div>"
        let document = try HTMLTestSupport.parse(bytes: html)
        let bold = try #require(HTMLTestSupport.first("b", in: document))
        #expect(bold.isInTemplateContent)
        #expect(bold.isInShadowTree)
        #expect(bold.shadowHost?.id == "h2")
        #expect(HTMLTestSupport.first("span", in: document)?.shadowHost?.id == "h1")
    }

    @Test("Forms inside templates do not swallow the page's forms")
    func formsInTemplates() throws {
        let html = "<form id=page><template><form id=inner><input name=t></form></template><input name=p></form>"
        let document = try HTMLTestSupport.parse(bytes: html)
        #expect(HTMLTestSupport.element("name", "p", in: document)?.form?.id == "page")
        #expect(HTMLTestSupport.element("name", "t", in: document)?.form?.id == "inner")
        #expect(HTMLTestSupport.element("id", "inner", in: document)?.isInTemplateContent == true)
    }
}
