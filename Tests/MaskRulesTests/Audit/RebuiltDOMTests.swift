import Testing
@testable import MaskRules

/// The page a recording's DOM messages rebuild, as OpenReplay's player rebuilds it.
@Suite struct RebuiltDOMTests {
    /// The messages decoded from `encoded`, written as indexed records after the v1 header (the
    /// current schema).
    static func decoded(_ encoded: [EncodedMessage]) -> [RecordedMessage] {
        let bytes = RecordingEncoder.records(encoded, indexed: true, header: true)
        let (messages, report) = RecordingSession(name: "s", inputs: [.bytes(name: "dom.mobs", bytes)]).readAll()
        precondition(report.isComplete, "fixture messages must decode")
        return messages
    }

    /// A page rebuilt from `encoded`.
    static func rebuilt(_ encoded: [EncodedMessage], limits: RebuildLimits = .standard) throws(RebuildFault) -> RebuiltDOM {
        let dom = RebuiltDOM(limits: limits)
        for message in decoded(encoded) { try dom.apply(message) }
        return dom
    }

    static func page(_ build: (inout PageBuilder) -> Void) throws(RebuildFault) -> RebuiltDOM {
        var page = PageBuilder()
        build(&page)
        return try rebuilt(page.messages)
    }

    @Test func createDocumentMakesNodeZeroTheTopLevelHTMLElement() throws {
        let dom = try Self.page { page in
            let body = page.element("BODY", in: 0)
            page.element("DIV", in: body, [("ID", "main")])
        }
        let html = try #require(dom.element(withID: 0))
        #expect(html.localName == "html" && html.isTopLevelDocumentElement && html.parentElement == nil)
        let div = try #require(dom.element(withID: 2))
        #expect(div.localName == "div")
        #expect(div.attributeValue("id") == "main", "attribute names are lower-cased")
        #expect(div.parentElement?.localName == "body")
        #expect(div.parentElement?.parentElement == html)
        #expect(!div.isTopLevelDocumentElement)
        #expect(dom.pageCount == 1 && dom.liveNodeCount == 4)
    }

    @Test func childrenAreInsertedAtTheirIndex() throws {
        let dom = try Self.rebuilt([
            .createDocument,
            .createElementNode(id: 1, parentID: 0, index: 0, tag: "UL"),
            .createElementNode(id: 2, parentID: 1, index: 0, tag: "LI"),
            .createElementNode(id: 3, parentID: 1, index: 1, tag: "LI"),
            .createElementNode(id: 4, parentID: 1, index: 1, tag: "P"),
            .createTextNode(id: 5, parentID: 2, index: 0), .setNodeData(id: 5, data: "a"),
            .createTextNode(id: 6, parentID: 4, index: 0), .setNodeData(id: 6, data: "b"),
            .createTextNode(id: 7, parentID: 3, index: 0), .setNodeData(id: 7, data: "c"),
            .createTextNode(id: 8, parentID: 1, index: 3), .setNodeData(id: 8, data: "!"),
        ])
        let list = try #require(dom.element(withID: 1))
        #expect(list.textContent == "abc!")
        #expect(dom.element(withID: 3)?.previousElementSibling?.localName == "p")
        #expect(dom.element(withID: 4)?.previousElementSibling?.nodeID == 2)
        #expect(dom.element(withID: 2)?.previousElementSibling == nil)
    }

    @Test func precedingSiblingTextStopsAtTheLastElement() throws {
        let dom = try Self.page { page in
            let form = page.element("FORM", in: 0)
            page.text("ignored", in: form)
            page.element("BR", in: form)
            page.text("Phone ", in: form)
            page.text("number", in: form)
            page.element("INPUT", in: form)
        }
        #expect(dom.element(withID: 6)?.precedingSiblingText == "Phone number")
    }

    @Test func moveAndRemoveChangeTheTree() throws {
        var page = PageBuilder()
        let first = page.element("DIV", in: 0)
        let second = page.element("DIV", in: 0)
        let label = page.element("LABEL", in: first, [("for", "x")])
        page.text("Email", in: label)
        page.append(.moveNode(id: label, parentID: second, index: 0))
        let dom = try Self.rebuilt(page.messages)
        #expect(dom.element(withID: label)?.parentElement?.nodeID == second)
        #expect(dom.element(withID: first)?.textContent == "")
        #expect(dom.labelElements.map(\.nodeID) == [label])
        let removed = try Self.rebuilt(page.messages + [.removeNode(id: second), .setNodeAttribute(id: label, name: "class", value: "x")])
        #expect(removed.element(withID: label) == nil && removed.element(withID: second) == nil)
        #expect(removed.labelElements.isEmpty)
        #expect(removed.unresolvedReferences == 1, "the attribute names a removed node")
        #expect(removed.liveNodeCount == 3)
    }

    @Test func aNodeCannotBeMovedIntoItself() throws {
        var page = PageBuilder()
        let outer = page.element("DIV", in: 0)
        let inner = page.element("DIV", in: outer)
        page.append(.moveNode(id: outer, parentID: inner, index: 0))
        let dom = try Self.rebuilt(page.messages)
        #expect(dom.element(withID: outer)?.parentElement?.nodeID == 0)
        #expect(dom.unresolvedReferences == 1)
    }

    @Test func attributesInEveryForm() throws {
        var page = PageBuilder()
        let field = page.element("INPUT", in: 0, [("type", "text"), ("TYPE", "email")])
        page.append(.setNodeAttributeURLBased(id: field, name: "style", value: "width: 3px", baseURL: "https://a.example/"))
        page.append(.stringDictGlobal(key: 7, value: "autocomplete"))
        page.append(.stringDictGlobal(key: 8, value: "cc-number"))
        page.append(.setNodeAttributeDictGlobal(id: field, name: 7, value: 8))
        page.append(.stringDict(key: "n1", value: "name"))
        page.append(.stringDict(key: "v1", value: "card"))
        page.append(.setNodeAttributeDict(id: field, name: "n1", value: "v1"))
        page.append(.setNodeAttributeDictGlobal(id: field, name: 7, value: 99))
        page.append(.removeNodeAttribute(id: field, name: "Style"))
        let dom = try Self.rebuilt(page.messages)
        let element = try #require(dom.element(withID: field))
        #expect(element.attributeValue("type") == "email")
        #expect(element.attributeValue("autocomplete") == "cc-number")
        #expect(element.attributeValue("name") == "card")
        #expect(element.attributeValue("style") == nil)
        #expect(dom.unresolvedAttributes == 1)
        let legacy = try Self.rebuilt([
            .createDocument, .createElementNode(id: 1, parentID: 0, tag: "INPUT"),
            .stringDictDeprecated(key: 1, value: "name"), .stringDictDeprecated(key: 2, value: "email"),
            .setNodeAttributeDictDeprecated(id: 1, nameKey: 1, valueKey: 2),
        ])
        #expect(legacy.element(withID: 1)?.attributeValue("name") == "email")
    }

    @Test func shadowRootsAndFrameDocumentsAreTreeScopes() throws {
        var page = PageBuilder()
        let body = page.element("BODY", in: 0)
        let host = page.element("DIV", in: body, [("id", "host")])
        let shadow = page.root(on: host)
        let inner = page.element("INPUT", in: shadow, [("id", "host")])
        let frame = page.element("IFRAME", in: body)
        let document = page.root(on: frame)
        let frameHTML = page.element("HTML", in: document)
        let frameField = page.element("INPUT", in: frameHTML)
        let dom = try Self.rebuilt(page.messages)
        let shadowField = try #require(dom.element(withID: inner))
        #expect(shadowField.parentElement == nil, "the top of a shadow tree has no parent element")
        #expect(shadowField.treeScopeKey != dom.element(withID: host)!.treeScopeKey)
        #expect(shadowField.elementInTreeScope(withID: "host") == shadowField)
        #expect(dom.element(withID: body)?.elementInTreeScope(withID: "host")?.nodeID == host)
        #expect(shadowField.cssPath == "div#host >>> input#host")
        let frameElement = try #require(dom.element(withID: frameField))
        #expect(frameElement.parentElement?.localName == "html")
        #expect(!frameElement.parentElement!.isTopLevelDocumentElement, "an iframe's <html> gets a level")
        #expect(frameElement.cssPath == "html > body > iframe >>> html > input")
        let removed = try Self.rebuilt(page.messages + [.removeNode(id: host)])
        #expect(removed.element(withID: inner) == nil, "a shadow tree goes with its host")
    }

    @Test func newPagesEmptyTheTree() throws {
        var page = PageBuilder([.setPageLocation(url: "https://a.example/", referrer: "", navigationStart: 100, title: "A")])
        page.element("DIV", in: 0)
        let spa = try Self.rebuilt(page.messages + [.setPageLocation(url: "https://a.example/b", referrer: "", navigationStart: 0, title: "B")])
        #expect(spa.element(withID: 1) != nil, "a single-page-app navigation keeps the page")
        let full = try Self.rebuilt(page.messages + [.setPageLocation(url: "https://a.example/c", referrer: "", navigationStart: 900, title: "C")])
        #expect(full.element(withID: 1) == nil && full.element(withID: 0) == nil)
        let again = try Self.rebuilt(page.messages + [.createDocument])
        #expect(again.element(withID: 1) == nil && again.element(withID: 0) != nil && again.pageCount == 2)
    }

    @Test func aNewPageNumberEmptiesTheTree() throws {
        var first = PageBuilder([])
        first.element("DIV", in: 0)
        let batches = RecordingEncoder.batch(pageNo: 0, timestamp: 1, location: "https://a.example/", messages: first.messages)
            + RecordingEncoder.batch(pageNo: 1, timestamp: 2, location: "https://a.example/", messages: [.timestamp(2)])
        let (messages, _) = RecordingSession(name: "s", inputs: [.bytes(name: "b", batches)]).readAll()
        let dom = RebuiltDOM()
        for message in messages { try dom.apply(message) }
        #expect(dom.liveNodeCount == 0)
    }

    @Test func limitsAreFaults() throws {
        var wide = PageBuilder()
        for _ in 0..<10 { wide.element("P", in: 0) }
        #expect(throws: RebuildFault.self) { try Self.rebuilt(wide.messages, limits: RebuildLimits(maximumNodes: 6)) }
        var deep = PageBuilder()
        var parent: UInt64 = 0
        for _ in 0..<10 { parent = deep.element("DIV", in: parent) }
        do {
            _ = try Self.rebuilt(deep.messages, limits: RebuildLimits(maximumDepth: 5))
            Issue.record("a page deeper than the limit was rebuilt")
        } catch {
            #expect(error.reason == .tooDeep(limit: 5))
            #expect(error.messageIndex > 0)
        }
    }

    @Test func cssPathsShowPlainIDsOnly() throws {
        var page = PageBuilder()
        let body = page.element("BODY", in: 0)
        let form = page.element("FORM", in: body, [("id", "checkout")])
        page.element("FIELDSET", in: form)
        let second = page.element("FIELDSET", in: form, [("id", "user-12345")])
        let field = page.element("INPUT", in: second, [("id", "jane@example.com")])
        let dom = try Self.rebuilt(page.messages)
        #expect(dom.element(withID: field)?.cssPath == "form#checkout > fieldset:nth-of-type(2) > input")
        #expect(dom.element(withID: body)?.cssPath == "html > body")
    }

    @Test func selectorsClassifierAndMaskingModelApply() throws {
        var page = PageBuilder()
        let body = page.element("BODY", in: 0)
        let form = page.element("FORM", in: body)
        let label = page.element("LABEL", in: form, [("for", "tel")])
        page.text("Mobile phone", in: label)
        let phone = page.element("INPUT", in: form, [("id", "tel")])
        let hidden = page.element("DIV", in: body, [("data-openreplay-hidden", "")])
        let inside = page.element("SPAN", in: hidden)
        let host = page.element("DIV", in: hidden)
        let shadow = page.root(on: host)
        let shadowText = page.element("P", in: shadow)
        let dom = try Self.rebuilt(page.messages)
        let field = try #require(dom.element(withID: phone))
        #expect(try SelectorList(parsing: "form > input#tel").matches(field))
        #expect(try !SelectorList(parsing: "body > input").matches(field))
        let classifier = FieldClassifier(ruleSet: AuditTestSupport.ruleSet)
        let result = classifier.classify(field, labels: FieldClassifier.LabelIndex(dom.labelElements))
        #expect(result?.classification.category == .phone)
        let model = AuditTestSupport.configuration.maskingModel
        #expect(model.level(of: dom.element(withID: inside)!) == .hidden)
        #expect(model.level(of: dom.element(withID: shadowText)!) == .plain, "shadow trees start again at Plain")
    }

    /// The watched-name set answers exactly as a `Set` would, for the names it holds and for names that
    /// share their length and first and last letters with them.
    @Test func theNameSetIsExact() {
        let names: Set<String> = ["autocomplete", "data-openreplay-obscured", "type", "href", "i", ""]
        let set = NameSet(names)
        let others = ["class", "style", "id", "autocompletE", "auto-complete", "data-openreplay-obscurod", "tape", "hraf",
                      "j", "ii", "div", "data-openreplay-hidden", "x"]
        for name in names { #expect(set.contains(name), "\(name)") }
        for name in others { #expect(!set.contains(name), "\(name)") }
        #expect(!NameSet([]).contains("class"))
    }

    @Test("Names lower-cased from a recording's bytes equal the string lower-casing, invalid UTF-8 included")
    func namesLowercasedFromBytes() {
        var generator = SeededGenerator(state: 0x7A65)
        let alphabet: [UInt8] = Array("aZ-_:Ä".utf8) + [0x80, 0xC3, 0xFF, 0x41, 0x5A, 0x5B, 0x40, 0x60, 0x7B]
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...20, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let made = bytes.withUnsafeBytes { RebuiltTree.asciiLowercasedText($0) }
            #expect(made == RebuiltTree.asciiLowercased(String(decoding: bytes, as: UTF8.self)), "\(bytes)")
        }
    }

    /// The interned name of any recorded bytes is the name made from them alone: lower-cased, and
    /// watched exactly when the lower-cased name is in the watched set; through hash collisions,
    /// names too long to keep, and the table starting over.
    @Test
    func internedNamesAreTheNamesMadeAlone() {
        var generator = SeededGenerator(state: 0x1A7E)
        let alphabet: [UInt8] = Array("aZ-_:Ä".utf8) + [0x80, 0xC3, 0xFF, 0x41, 0x5A]
        let watchedNames: Set<String> = ["autocomplete", "data-a", "a", "z-", ""]
        let watched = NameSet(watchedNames)
        for (watchEverything, size) in [(false, 2048), (true, 2048), (false, 4), (true, 16)] {
            var interner = NameInterner(watched: watchEverything ? nil : watched, maximumEntries: size)
            var seen: [[UInt8]] = Array(watchedNames.map { Array($0.uppercased().utf8) })
            for round in 0..<6000 {
                let bytes: [UInt8]
                if round % 3 == 0, let earlier = seen.randomElement(using: &generator) {
                    bytes = earlier
                } else if round % 3 == 1, let earlier = seen.randomElement(using: &generator), !earlier.isEmpty {
                    // A prefix or an extension of a name seen: the same bytes up to a length.
                    bytes = round % 2 == 0 ? Array(earlier.dropLast()) : earlier + [alphabet.randomElement(using: &generator)!]
                } else if round % 97 == 0 {
                    bytes = [UInt8](repeating: 0x41, count: NameInterner.maximumNameLength + round % 3)
                } else {
                    bytes = (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
                }
                seen.append(bytes)
                let name = bytes.withUnsafeBytes { interner.name($0) }
                let lowered = bytes.withUnsafeBytes { RebuiltTree.asciiLowercasedText($0) }
                #expect(name.lowered == lowered, "\(bytes), table of \(size)")
                #expect(name.isWatched == (watchEverything || watchedNames.contains(lowered)), "\(bytes), table of \(size)")
            }
        }
    }
}
