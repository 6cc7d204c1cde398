import Testing
@testable import MaskRules

/// The element API that the linter and the field classifier use.
@Suite("HTML element API")
struct HTMLElementTests {
    static let form = """
        <!DOCTYPE html><html><head><title>Sign up</title></head><body>
        <FORM ID="signup" Class=" wide  dark " action="/join">
          <label for="email">E-mail</label>
          <INPUT Type="EMAIL" name="email" id="email" required data-OpenReplay-Obscured>
          <select name="country"><option value="de">Germany</option></select>
          <button type=submit>Join</button>
        </FORM>
        <input name="outside" form="signup">
        <input name="nowhere">
        </body></html>
        """

    @Test("Names are lower case; attributes keep source order and match case-insensitively")
    func namesAndAttributes() throws {
        let document = try HTMLTestSupport.parse(bytes: Self.form)
        let input = try #require(document.element(withID: "email"))
        #expect(input.localName == "input")
        #expect(input.isHTMLElement)
        #expect(input.attributes.map(\.name) == ["type", "name", "id", "required", "data-openreplay-obscured"])
        #expect(input.attribute("TYPE") == "EMAIL")
        #expect(input.attribute("required") == "")
        #expect(input.hasAttribute("data-openreplay-obscured"))
        #expect(!input.hasAttribute("placeholder"))
        #expect(input.attributeValue("type") == "EMAIL")
        #expect(input.id == "email")
        let form = try #require(document.element(withID: "signup"))
        #expect(form.classNames == ["wide", "dark"])
        #expect(form.description == "form#signup.wide.dark")
        #expect(input.description == "input#email[name=email]")
    }

    @Test("Children, siblings, ancestors and descendants")
    func navigation() throws {
        let document = try HTMLTestSupport.parse(bytes: Self.form)
        let form = try #require(document.element(withID: "signup"))
        #expect(form.children.map(\.localName) == ["label", "input", "select", "button"])
        #expect(form.firstElementChild?.localName == "label")
        #expect(form.descendants.map(\.localName) == ["label", "input", "select", "option", "button"])
        let select = try #require(HTMLTestSupport.first("select", in: document))
        #expect(select.previousElementSibling?.id == "email")
        #expect(select.nextElementSibling?.localName == "button")
        #expect(select.ancestors.map(\.localName) == ["form", "body", "html"])
        #expect(document.documentElement.parentElement == nil)
        #expect(document.documentElement.parentNode?.kind == .document)
        #expect(document.head.children.map(\.localName) == ["title"])
        #expect(document.body?.children.map(\.localName) == ["form", "input", "input"])
        #expect(document.root.children.map(\.localName) == ["html"])
    }

    @Test("Element nodes and elements compare by identity and work as dictionary keys")
    func identity() throws {
        let document = try HTMLTestSupport.parse(bytes: Self.form)
        let again = try HTMLTestSupport.parse(bytes: Self.form)
        let input = try #require(document.element(withID: "email"))
        #expect(input == document.element(withID: "email"))
        #expect(input != again.element(withID: "email"))
        #expect(input.node.element == input)
        #expect(document.node(at: input.index) == input.node)
        #expect(document.node(at: document.nodeCount) == nil)
        let counts = Dictionary(grouping: document.allElements, by: \.localName).mapValues(\.count)
        #expect(counts["input"] == 3)
        #expect(Set(document.allElements).count == Array(document.allElements).count)
    }

    @Test("Form owners: ancestor, form attribute, and the open form when the parser inserted the field")
    func formOwners() throws {
        let document = try HTMLTestSupport.parse(bytes: Self.form)
        #expect(document.element(withID: "email")?.form?.id == "signup")
        #expect(HTMLTestSupport.element("name", "country", in: document)?.form?.id == "signup")
        #expect(HTMLTestSupport.first("button", in: document)?.form?.id == "signup")
        #expect(HTMLTestSupport.element("name", "outside", in: document)?.form?.id == "signup")
        #expect(HTMLTestSupport.element("name", "nowhere", in: document)?.form == nil)
        #expect(HTMLTestSupport.first("label", in: document)?.form == nil)

        let table = try HTMLTestSupport.parse(bytes: "<table><form id=f><tr><td><input name=a></td></tr></form></table>")
        let field = try #require(HTMLTestSupport.first("input", in: table))
        #expect(field.form?.id == "f")
        #expect(!field.ancestors.contains { $0.localName == "form" })

        let unclosed = try HTMLTestSupport.parse(bytes: "<div><form id=f></div><input name=after></form><input name=later>")
        #expect(HTMLTestSupport.element("name", "after", in: unclosed)?.form?.id == "f")
        #expect(HTMLTestSupport.element("name", "later", in: unclosed)?.form == nil)
        let missing = try HTMLTestSupport.parse(bytes: "<form id=f><input form=nope name=x></form>")
        #expect(HTMLTestSupport.first("input", in: missing)?.form == nil)
    }

    @Test("Nested forms: the inner <form> start tag is ignored, as in browsers")
    func nestedForms() throws {
        let document = try HTMLTestSupport.parse(
            bytes: "<form id=outer><input name=a><form id=inner><input name=b></form><input name=c></form>")
        #expect(document.element(withID: "inner") == nil)
        let outer = try #require(document.element(withID: "outer"))
        #expect(outer.children.map { $0.attribute("name") ?? "" } == ["a", "b"])
        #expect(HTMLTestSupport.element("name", "c", in: document)?.parentElement?.localName == "body")
        #expect(HTMLTestSupport.element("name", "b", in: document)?.form == outer)
        #expect(HTMLTestSupport.element("name", "c", in: document)?.form == nil)
    }

    @Test("<html>, <head> and <body> always exist, and document-level queries find them")
    func documentElements() throws {
        let document = try HTMLTestSupport.parse(bytes: "<input name=q>")
        #expect(document.documentElement.children.map(\.localName) == ["head", "body"])
        #expect(document.body?.children.map(\.localName) == ["input"])
        #expect(document.documentTreeElements.map(\.localName) == ["html", "head", "body", "input"])
        #expect(document.allElements.map(\.localName) == ["html", "head", "body", "input"])
    }
}
