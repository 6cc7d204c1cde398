import Foundation
import Testing
@testable import MaskRules

/// The shared intermediate form: grouping, joining, prefilter, detector options.
@Suite("CompiledMaskingRules")
struct CompiledMaskingRulesTests {
    typealias Selector = MaskingTestRules.Selector
    typealias InputName = MaskingTestRules.InputName

    @Test("selectors are grouped by level, highest first, and joined without repeats")
    func selectorGroups() throws {
        let rules = try MaskingTestRules.compiled(selectors: [
            Selector(id: "email.a", level: .obscured, css: "input[type=email]"),
            Selector(id: "email.b", level: .hidden, css: "input[type=password], [autocomplete~=\"cc-number\" i]"),
            Selector(id: "email.c", level: .obscured, css: "a[href^=\"mailto:\" i], input[type=email]"),
        ])
        #expect(rules.selectorGroups.map(\.level) == [.hidden, .obscured])
        #expect(rules.selectorGroups[1].selector.cssText == "input[type=\"email\"], a[href^=\"mailto:\" i]")
        #expect(rules.selectorGroups[1].ruleIDs == ["email.a", "email.c"])
        #expect(rules.selectorGroups[1].subjectTagNames == ["a", "input"])
        #expect(rules.selectorGroups[0].subjectTagNames == nil)
    }

    @Test("the prefilter unites the subjects' tags and required attributes, and the field scope")
    func prefilter() throws {
        let rules = try MaskingTestRules.compiled(
            selectors: [
                Selector(id: "email.a", level: .obscured, css: "form input[type=email]"),
                Selector(id: "email.b", level: .hidden, css: "[data-stripe=number], #card, .secret, :is(select, [data-x])"),
            ],
            inputNames: [InputName(id: "email.n", level: .obscured, attributes: ["name"], pattern: "mail")])
        let prefilter = try #require(rules.prefilter)
        #expect(prefilter.tagNames == ["input", "select", "textarea"])
        #expect(prefilter.attributeNames == ["class", "contenteditable", "data-stripe", "data-x", "id"])
        let page = try MaskingSnippet("<p id=\"x\">a</p><p class=\"y\">b</p><span data-other=\"1\" id=\"ignored-by-id\">c</span><svg id=\"s\"><g/></svg><b>z</b>")
        #expect(prefilter.admits(try page.element("x")))
        #expect(!prefilter.admits(page.document.allElements.first { $0.localName == "b" }!))
        #expect(prefilter.admits(try page.element("s")))
        let svgChild = page.document.allElements.first { $0.localName == "g" }!
        #expect(prefilter.admits(svgChild), "SVG elements always take the full test")
    }

    @Test("a selector that constrains neither tag nor attribute leaves no prefilter")
    func noPrefilter() throws {
        let rules = try MaskingTestRules.compiled(selectors: [Selector(id: "email.a", level: .obscured, css: "*:not(.public)")])
        #expect(rules.prefilter == nil)
    }

    @Test("input-name patterns are joined by level, flags and attribute list; named groups stay apart")
    func patternGroups() throws {
        let rules = try MaskingTestRules.compiled(inputNames: [
            InputName(id: "email.a", level: .obscured, attributes: ["name", "id"], pattern: "mail"),
            InputName(id: "email.b", level: .obscured, attributes: ["name"], pattern: "^log(?:in)?$|x"),
            InputName(id: "email.c", level: .hidden, attributes: ["name"], pattern: "pass"),
            InputName(id: "email.d", level: .obscured, attributes: ["name"], pattern: "Exact", caseInsensitive: false),
            InputName(id: "email.e", level: .obscured, attributes: ["name"], pattern: "(?<part>user)name"),
            InputName(id: "email.f", level: .obscured, attributes: ["id", "name"], pattern: "courriel"),
        ])
        let summary = rules.inputNameGroups.map {
            "\($0.level.name) \($0.attributes.joined(separator: ",")) \($0.pattern.javaScriptFlags) \($0.pattern.source)"
        }
        #expect(summary == [
            "hidden name isu pass",
            "obscured name su Exact",
            "obscured name,id isu (?:mail)|(?:courriel)",
            "obscured name isu ^log(?:in)?$|x",
            "obscured name isu (?<part>user)name",
        ])
        #expect(rules.fieldAttributes == ["name", "id"])
    }

    @Test("a joined pattern matches exactly the values one of its patterns matches")
    func joinedPatternsAreExact() throws {
        let ruleSet = try RuleSetLoader().load(directory: RepositoryPaths.rules.path)
        let rules = try CompiledMaskingRules(ruleSet)
        var values: [String] = []
        for rule in rules.inputNameRules { values += rule.header.examples.match.map(\.text) + rule.header.examples.noMatch.map(\.text) }
        for group in rules.inputNameGroups {
            let members = rules.inputNameRules.filter { group.ruleIDs.contains($0.header.id) }
            for value in values {
                let joined = try group.pattern.matches(value)
                let separately = try members.contains { try $0.pattern.matches(value) }
                #expect(joined == separately, "\(group.attributes) \(group.level): \(value)")
            }
        }
        #expect(values.count > 300)
    }

    @Test("detector options are resolved with the detectors' defaults")
    func detectorOptions() throws {
        let rules = try CompiledMaskingRules(MaskingTestRules.ruleSet(detectors: [
            (id: "email.ssn", detector: "ssn", options: ["context-distance": .integer(12)]),
            (id: "email.keys", detector: "keyed-value", options: ["keys": .strings(["password"]), "category": .string("email")]),
        ]))
        let ssn = try #require(rules.detectors.first)
        #expect(ssn.integer("context-distance") == 12)
        #expect(ssn.bool("bare-digits-need-context"))
        #expect(ssn.strings("context-words").contains("ssn"))
        #expect(rules.detectors[1].integer("max-length") == 256)
        #expect(throws: TrackerConfigError.unknownDetector(ruleID: "email.x", detectorID: "zip-code")) {
            try CompiledMaskingRules(MaskingTestRules.ruleSet(detectors: [(id: "email.x", detector: "zip-code", options: [:])]))
        }
    }

    @Test("the bundled rule set compiles into the groups the generated module uses")
    func bundledRules() throws {
        let rules = try CompiledBundledRules.get()
        #expect(rules.selectorGroups.map(\.level) == [.hidden, .obscured])
        #expect(rules.prefilter != nil)
        #expect(rules.detectors.map(\.detectorID).sorted() == ["email", "iban", "keyed-value", "keyed-value", "keyed-value", "keyed-value", "keyed-value", "payment-card", "phone", "ssn"])
        #expect(Set(rules.inputNameGroups.flatMap(\.attributes)) == Set(rules.fieldAttributes))
        // Every rule's pattern is in exactly one group per level.
        for rule in rules.inputNameRules {
            #expect(rules.inputNameGroups.filter { $0.ruleIDs.contains(rule.header.id) }.count == 1, "\(rule.header.id)")
        }
    }
}

/// The generated code tests ASCII field names lower-cased against case-sensitive patterns; this is
/// the same as the case-insensitive test, in PCRE2 (the model's engine) and in JavaScript.
@Suite("Lower-cased ASCII pattern tests")
struct LowercasedPatternTests {
    @Test("which patterns qualify")
    func qualification() {
        #expect(InputNamePatternGroup.hasNoUppercaseLiteral(#"(?<!voic)e[_-]?mail\b\W\D(?<Name>x)"#))
        #expect(!InputNamePatternGroup.hasNoUppercaseLiteral("E-mail"))
        #expect(!InputNamePatternGroup.hasNoUppercaseLiteral("[A-Z]x"))
        #expect(!InputNamePatternGroup.hasNoUppercaseLiteral(#"\x41"#))
    }

    /// ASCII attribute values from the rules' examples and the fixture forms, in three casings.
    static func values() throws -> [String] {
        let rules = try CompiledBundledRules.get()
        var values: Set<String> = []
        for rule in rules.inputNameRules {
            for example in rule.header.examples.match + rule.header.examples.noMatch { values.insert(example.text) }
        }
        for page in CompileFixtures.forms {
            let document = try HTMLParser().parse(try String(contentsOf: page, encoding: .utf8))
            for element in document.allElements {
                for attribute in element.attributes where rules.fieldAttributes.contains(attribute.name) { values.insert(attribute.value) }
            }
        }
        let ascii = values.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        return ascii.flatMap { [$0, $0.uppercased(), $0.prefix(1).uppercased() + $0.dropFirst()] }.sorted()
    }

    @Test("PCRE2: a case-insensitive match equals a case-sensitive match on the lower-cased ASCII value")
    func pcre2() throws {
        let values = try Self.values()
        let rules = try CompiledBundledRules.get()
        var compared = 0
        for group in rules.inputNameGroups where group.admitsLowercasedASCII {
            let sensitive = try RulePattern(group.pattern.source, caseInsensitive: false)
            for value in values {
                #expect(try group.pattern.matches(value) == sensitive.matches(value.lowercased()), "\(group.ruleIDs.first ?? ""): \(value)")
                compared += 1
            }
        }
        #expect(compared > 1000)
    }

    @Test("JavaScript: the same equality with the flags the module uses", .enabled(if: CompileExternalTools.node != nil, "node is not installed"))
    func javaScript() throws {
        let node = try #require(CompileExternalTools.node)
        let rules = try CompiledBundledRules.get()
        let sources = rules.inputNameGroups.filter(\.admitsLowercasedASCII).map(\.pattern.source)
        struct Input: Encodable { let sources: [String]; let values: [String] }
        let script = #"""
            const { sources, values } = JSON.parse(require("fs").readFileSync(0, "utf8"));
            const differences = [];
            for (const source of sources) {
              const unicode = new RegExp(source, "isu"), ascii = new RegExp(source, "su");
              for (const value of values) if (unicode.test(value) !== ascii.test(value.toLowerCase())) differences.push(value);
            }
            process.stdout.write(JSON.stringify(differences));
            """#
        let output = try CompileToolRunner.run(node, ["-e", script], input: try JSONEncoder().encode(Input(sources: sources, values: try Self.values())))
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "[]")
        #expect(!sources.isEmpty)
    }
}
