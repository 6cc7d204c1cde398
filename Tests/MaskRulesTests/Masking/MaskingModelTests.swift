import Testing
@testable import MaskRules

/// The tracker's level computation (openreplay.md §1.1, §1.2) as `MaskingModel` states it.
@Suite("MaskingModel levels")
struct MaskingModelLevelTests {
    let model: MaskingModel

    init() throws {
        model = MaskingModel(rules: try MaskingTestRules.sample(), options: .trackerDefaults)
    }

    @Test("the rule set's demand is what domSanitizer returns, and it only raises")
    func sanitizerDemand() throws {
        let page = try MaskingSnippet("""
            <input id="a" type="email"><input id="b" type="password"><input id="c" name="card_number">
            <input id="d" name="coupon"><a id="e" href="MAILTO:x@example.com">x</a><a id="f" href="/mail">y</a>
            <input id="g" name="email" type="password">
            """)
        #expect(model.sanitizerLevel(for: try page.element("a")) == .obscured)
        #expect(model.sanitizerLevel(for: try page.element("b")) == .hidden)
        #expect(model.sanitizerLevel(for: try page.element("c")) == .hidden)
        #expect(model.sanitizerLevel(for: try page.element("d")) == .plain)
        #expect(model.sanitizerLevel(for: try page.element("e")) == .obscured)
        #expect(model.sanitizerLevel(for: try page.element("f")) == .plain)
        let both = try page.element("g")
        #expect(model.sanitizerLevel(for: both) == .hidden)
        let demand = model.demand(for: both)
        #expect(demand.level == .hidden)
        #expect(demand.matches.map(\.ruleID) == ["email.password", "email.name"])
        #expect(demand.matches.last?.evidence == .attribute(name: "name", value: "email"))
    }

    @Test("input-name rules apply to fields and editable regions only")
    func inputNameScope() throws {
        let page = try MaskingSnippet("""
            <div id="email-error">x</div><div id="email" contenteditable>y</div><div id="e-mail" contenteditable="FALSE">z</div>
            <textarea id="email2"></textarea><select id="email3"></select><p id="email4" contenteditable="plaintext-only">w</p>
            <span id="email5" contenteditable="">v</span>
            """)
        #expect(model.sanitizerLevel(for: try page.element("email-error")) == .plain)
        #expect(model.sanitizerLevel(for: try page.element("email")) == .obscured)
        #expect(model.sanitizerLevel(for: try page.element("e-mail")) == .plain)
        #expect(model.sanitizerLevel(for: try page.element("email2")) == .obscured)
        #expect(model.sanitizerLevel(for: try page.element("email3")) == .obscured)
        #expect(model.sanitizerLevel(for: try page.element("email4")) == .obscured)
        #expect(model.sanitizerLevel(for: try page.element("email5")) == .obscured)
    }

    @Test("levels are inherited by the maximum, from attributes and from the sanitizer")
    func inheritance() throws {
        let page = try MaskingSnippet("""
            <div id="o" data-openreplay-obscured><span id="o1">t</span><input id="o2" type="password"></div>
            <div id="h" data-openreplay-hidden><span id="h1">t</span></div>
            <div id="m" data-openreplay-masked><i id="m1"></i></div>
            <div id="hm" data-openreplay-htmlmasked><i id="hm1"></i></div>
            <div id="both" data-openreplay-obscured data-openreplay-hidden><i id="both1"></i></div>
            <form id="f"><input id="f1" type="email"><b id="f2"></b></form>
            <div id="u" data-openreplay-unmask><input id="u1" name="q"></div>
            """)
        let expected: [String: MaskingLevel] = [
            "o": .obscured, "o1": .obscured, "o2": .hidden, "h": .hidden, "h1": .hidden, "m": .obscured, "m1": .obscured,
            "hm": .hidden, "hm1": .hidden, "both": .hidden, "both1": .hidden, "f": .plain, "f1": .obscured, "f2": .plain,
            "u": .plain, "u1": .plain,
        ]
        for (id, level) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(model.level(of: try page.element(id)) == level, "#\(id)")
        }
        let levels = model.levels(in: page.document)
        for (id, level) in expected { #expect(levels[try page.element(id)] == level, "#\(id) in levels(in:)") }
    }

    @Test("the top document's <html> gets no level, even when it carries data-openreplay-hidden")
    func topDocumentElement() throws {
        let page = try MaskingSnippet("<html id=\"root\" data-openreplay-hidden><body id=\"b\"><p id=\"p\">x</p></body></html>")
        let root = try page.element("root")
        #expect(root.isTopLevelDocumentElement)
        #expect(model.level(of: root) == .plain)
        #expect(model.level(of: try page.element("p")) == .plain)
        #expect(!(try page.element("b")).isTopLevelDocumentElement)
    }

    @Test("shadow trees start again at Plain")
    func shadowRoots() throws {
        let page = try MaskingSnippet("""
            <div id="host" data-openreplay-hidden><template shadowrootmode="open"><input id="inner" name="q"><input id="mail" type="email"></template></div>
            """)
        #expect(model.level(of: try page.element("host")) == .hidden)
        #expect(model.level(of: try page.element("inner")) == .plain)
        #expect(model.level(of: try page.element("mail")) == .obscured)
        #expect(!(try page.element("inner")).isTopLevelDocumentElement)
    }

    @Test("privateMode obscures every element without data-openreplay-unmask and skips hidden and the sanitizer")
    func privateMode() throws {
        var options = TrackerPrivacyOptions.trackerDefaults
        options.privateMode = true
        let privateModel = MaskingModel(rules: try MaskingTestRules.sample(), options: options)
        let page = try MaskingSnippet("""
            <div id="h" data-openreplay-hidden><input id="pw" type="password"></div>
            <div id="u" data-openreplay-unmask><span id="u1" data-openreplay-unmask>x</span><input id="u2" type="password" data-openreplay-unmask></div>
            <p id="p">text</p>
            """)
        #expect(privateModel.level(of: try page.element("h")) == .obscured)
        #expect(privateModel.level(of: try page.element("pw")) == .obscured)
        #expect(privateModel.level(of: try page.element("p")) == .obscured)
        // `unmask` only helps when every ancestor below <html> has it too: <body> is obscured here.
        #expect(privateModel.level(of: try page.element("u")) == .obscured)
        #expect(privateModel.level(of: try page.element("u1"), parentLevel: .plain) == .plain)
        #expect(privateModel.level(of: try page.element("u2"), parentLevel: .plain) == .hidden)
        #expect(privateModel.textLevel(parent: try page.element("p"), parentLevel: .plain) == .obscured)
        #expect(privateModel.textLevel(parent: try page.element("u1"), parentLevel: .plain) == .plain)
    }

    @Test("a text node takes its parent's level outside privateMode")
    func textLevels() throws {
        let page = try MaskingSnippet("<p id=\"p\">x</p>")
        for level in MaskingLevel.allCases {
            #expect(model.textLevel(parent: try page.element("p"), parentLevel: level) == level)
        }
    }

    @Test("demand(for:) and sanitizerLevel(for:) agree on every element of every fixture page")
    func demandMatchesSanitizerOnFixtures() throws {
        let bundled = MaskingModel(rules: try CompiledBundledRules.get(), profile: .precise)
        var count = 0
        for page in CompileFixtures.forms + [CompileFixtures.benchmarkPage] {
            let document = try HTMLParser().parse(try String(contentsOf: page, encoding: .utf8))
            for element in document.allElements {
                #expect(bundled.demand(for: element).level == bundled.sanitizerLevel(for: element),
                        "\(page.lastPathComponent): \(element)")
                count += 1
            }
        }
        #expect(count > 10_000)
    }
}

/// What is sent for form fields (openreplay.md §1.4).
@Suite("MaskingModel input modes")
struct MaskingModelInputModeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let type: String
        let value: String
        let level: MaskingLevel
        let defaultMode: InputMaskingMode
        let expected: InputMaskingMode
        var testDescription: String { "type=\(type) value=\(value) level=\(level) default=\(defaultMode) → \(expected)" }
    }

    static let cases: [Case] = [
        Case(type: "password", value: "", level: .plain, defaultMode: .plain, expected: .hidden),
        Case(type: "text", value: "x", level: .hidden, defaultMode: .plain, expected: .hidden),
        Case(type: "text", value: "x", level: .obscured, defaultMode: .plain, expected: .obscured),
        Case(type: "text", value: "hello", level: .plain, defaultMode: .plain, expected: .plain),
        Case(type: "text", value: "a@b", level: .plain, defaultMode: .plain, expected: .obscured),
        Case(type: "email", value: "", level: .plain, defaultMode: .plain, expected: .obscured),
        Case(type: "text", value: "12 34", level: .plain, defaultMode: .plain, expected: .plain),
        Case(type: "text", value: "card 4111", level: .plain, defaultMode: .plain, expected: .obscured),
        Case(type: "date", value: "2024-05-17", level: .plain, defaultMode: .plain, expected: .plain),
        Case(type: "text", value: "2024-05-17", level: .plain, defaultMode: .plain, expected: .obscured),
        Case(type: "text", value: "١٢٣٤", level: .plain, defaultMode: .plain, expected: .plain),
        Case(type: "text", value: "hello", level: .plain, defaultMode: .obscured, expected: .obscured),
        Case(type: "text", value: "hello", level: .plain, defaultMode: .hidden, expected: .hidden),
        Case(type: "select-one", value: "US", level: .plain, defaultMode: .obscured, expected: .obscured),
    ]

    @Test(arguments: cases)
    func inputMode(_ testCase: Case) throws {
        var options = TrackerPrivacyOptions.trackerDefaults
        options.defaultInputMode = testCase.defaultMode
        let model = MaskingModel(rules: try MaskingTestRules.sample(), options: options)
        #expect(model.inputMode(type: testCase.type, value: testCase.value, level: testCase.level) == testCase.expected)
    }

    @Test("the date heuristic obscures date fields only when on")
    func dates() throws {
        var options = TrackerPrivacyOptions(defaultInputMode: .plain)
        #expect(!options.plainModeHeuristicsObscure(type: "date", value: "2024-05-17"))
        options.obscureInputDates = true
        #expect(options.plainModeHeuristicsObscure(type: "date", value: ""))
        options.obscureInputEmails = false
        options.obscureInputNumbers = false
        #expect(!options.plainModeHeuristicsObscure(type: "email", value: "a@b.c 1234"))
    }

    @Test("what the tracker sends a value for, and the DOM type it reads")
    func tracking() throws {
        let page = try MaskingSnippet("""
            <input id="a"><input id="b" type="EMAIL"><input id="c" type="datetime"><input id="d" type="url"><input id="e" type="checkbox">
            <textarea id="f"></textarea><select id="g"></select><select id="h" multiple></select><div id="i" contenteditable></div>
            <input id="j" type="hidden">
            """)
        let expected: [String: (FieldValueTracking?, String?)] = [
            "a": (.textField, "text"), "b": (.textField, "email"), "c": (.textField, "text"), "d": (nil, "url"),
            "e": (.checked, "checkbox"), "f": (.textField, "textarea"), "g": (.select, "select-one"), "h": (.select, "select-multiple"),
            "i": (nil, nil), "j": (nil, "hidden"),
        ]
        let model = MaskingModel(rules: try MaskingTestRules.sample(), profile: .precise)
        for (id, (tracking, type)) in expected.sorted(by: { $0.key < $1.key }) {
            let element = try page.element(id)
            #expect(FieldValueTracking.tracking(of: element) == tracking, "#\(id)")
            #expect(FieldValueTracking.domType(of: element) == type, "#\(id)")
        }
        #expect(model.inputMode(for: try page.element("e"), value: "on", level: .obscured) == nil)
        #expect(model.minimumInputMode(for: try page.element("b"), level: .plain) == .obscured)
        #expect(model.minimumInputMode(for: try page.element("a"), level: .plain) == .plain)
        #expect(model.inputMode(for: try page.element("a"), value: "4111 1111", level: .plain) == .obscured)
    }
}

/// What the two profiles set (docs/openreplay-config.md).
@Suite("Masking profiles")
struct MaskingProfileTests {
    @Test func strictObscuresEveryInput() {
        let options = MaskingProfile.strict.trackerOptions
        #expect(options.defaultInputMode == .obscured)
        #expect(!options.privateMode)
        #expect(options.obscureTextNumbers)
        #expect(!MaskingProfile.strict.capturesNetworkPayloads)
    }

    @Test func preciseLetsTheRuleSetDecide() {
        let options = MaskingProfile.precise.trackerOptions
        #expect(options.defaultInputMode == .plain)
        #expect(options.obscureInputEmails && options.obscureInputNumbers)
        #expect(!options.obscureInputDates && !options.obscureTextNumbers && !options.privateMode)
        #expect(MaskingProfile.precise.capturesNetworkPayloads)
    }
}
