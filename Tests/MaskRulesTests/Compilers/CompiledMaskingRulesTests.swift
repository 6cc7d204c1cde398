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

    @Test("per attribute, the input-name rules that read it, highest level first, in rule set order within a level")
    func fieldNameTests() throws {
        let rules = try MaskingTestRules.compiled(inputNames: [
            InputName(id: "email.a", level: .obscured, attributes: ["name", "id"], pattern: "mail"),
            InputName(id: "email.b", level: .obscured, attributes: ["name"], pattern: "^log(?:in)?$|x"),
            InputName(id: "email.c", level: .hidden, attributes: ["name"], pattern: "pass"),
            InputName(id: "email.d", level: .obscured, attributes: ["name"], pattern: "Exact", caseInsensitive: false),
            InputName(id: "email.e", level: .obscured, attributes: ["name"], pattern: "(?<part>user)name"),
            InputName(id: "email.f", level: .hidden, attributes: ["id", "name"], pattern: "courriel"),
        ])
        let summary = rules.fieldNameTests.map { test in
            test.attribute + ": " + test.ruleIndices.map { rules.inputNameRules[$0].header.id }.joined(separator: " ")
        }
        #expect(summary == [
            "name: email.c email.f email.a email.b email.d email.e",
            "id: email.f email.a",
        ])
        #expect(rules.fieldAttributes == ["name", "id"])
        #expect(rules.inputNameRules.map { $0.pattern.requiredLiterals?.strings ?? [] } == [
            ["mail"], ["log", "x"], ["pass"], ["Exact"], ["username"], ["courriel"],
        ])
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
        #expect(rules.fieldNameTests.map(\.attribute) == rules.fieldAttributes)
        // Every rule is tested on each of its attributes, once.
        for (index, rule) in rules.inputNameRules.enumerated() {
            let attributes = rules.fieldNameTests.filter { $0.ruleIndices.contains(index) }.map(\.attribute)
            #expect(attributes.sorted() == rule.attributes.sorted(), "\(rule.header.id)")
        }
        // Nearly every shipped pattern has required literals: names that contain none skip it.
        #expect(rules.inputNameRules.filter { $0.pattern.requiredLiterals == nil }.isEmpty)
    }
}

/// The generated code tests ASCII field names lower-cased against case-sensitive patterns; this is
/// the same as the case-insensitive test, in PCRE2 (the model's engine) and in JavaScript.
@Suite("Lower-cased ASCII pattern tests")
struct LowercasedPatternTests {
    @Test("which patterns qualify")
    func qualification() {
        #expect(RulePattern.hasNoUppercaseLiteral(#"(?<!voic)e[_-]?mail\b\W\D(?<Name>x)"#))
        #expect(!RulePattern.hasNoUppercaseLiteral("E-mail"))
        #expect(!RulePattern.hasNoUppercaseLiteral("[A-Z]x"))
        #expect(!RulePattern.hasNoUppercaseLiteral(#"\x41"#))
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
        for rule in rules.inputNameRules where rule.pattern.admitsLowercasedASCII {
            let sensitive = try RulePattern(rule.pattern.source, caseInsensitive: false)
            for value in values {
                #expect(try rule.pattern.compiled.matches(value) == sensitive.compiled.matches(value.lowercased()), "\(rule.header.id): \(value)")
                compared += 1
            }
        }
        #expect(compared > 1000)
    }

    @Test("JavaScript: the same equality with the flags the module uses", .enabled(if: CompileExternalTools.node != nil, "node is not installed"))
    func javaScript() throws {
        let node = try #require(CompileExternalTools.node)
        let rules = try CompiledBundledRules.get()
        let sources = rules.inputNameRules.map(\.pattern).filter(\.admitsLowercasedASCII).map(\.source)
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

    @Test("JavaScript: no value that contains none of a rule's literals matches it", .enabled(if: CompileExternalTools.node != nil, "node is not installed"))
    func javaScriptLiterals() throws {
        let node = try #require(CompileExternalTools.node)
        let rules = try CompiledBundledRules.get()
        struct Rule: Encodable { let source: String; let flags: String; let literals: [String]; let lowerCase: Bool }
        struct Input: Encodable { let rules: [Rule]; let values: [String] }
        let tested = rules.inputNameRules.compactMap { rule in
            rule.pattern.requiredLiterals.map {
                Rule(source: rule.pattern.source, flags: rule.pattern.javaScriptFlags, literals: $0.strings, lowerCase: rule.pattern.caseInsensitive)
            }
        }
        let script = #"""
            const { rules, values } = JSON.parse(require("fs").readFileSync(0, "utf8"));
            const wrong = [];
            let matched = 0;
            for (const rule of rules) {
              const regexp = new RegExp(rule.source, rule.flags);
              for (const value of values) {
                if (!regexp.test(value)) continue;
                matched++;
                const subject = rule.lowerCase ? value.toLowerCase() : value;
                if (!rule.literals.some((literal) => subject.includes(literal))) wrong.push(rule.source + " " + value);
              }
            }
            process.stdout.write(JSON.stringify({ wrong, matched }));
            """#
        let output = try CompileToolRunner.run(node, ["-e", script], input: try JSONEncoder().encode(Input(rules: tested, values: try Self.values())))
        #expect(output.status == 0, "\(output.stderr)")
        struct Result: Decodable { let wrong: [String]; let matched: Int }
        let result = try JSONDecoder().decode(Result.self, from: Data(output.stdout.utf8))
        #expect(result.wrong.isEmpty)
        #expect(result.matched > 500)
    }

    @Test("PCRE2: the required literals change no answer of the model's patterns")
    func requiredLiteralsChangeNoAnswer() throws {
        let rules = try CompiledBundledRules.get()
        var ruledOut = 0
        for rule in rules.inputNameRules {
            for value in try Self.values() {
                let answer = try rule.pattern.compiled.matches(value)
                #expect(try rule.pattern.matches(value) == answer, "\(rule.header.id): \(value)")
                if rule.pattern.requiredLiterals?.admits(value) == false { ruledOut += 1 }
            }
        }
        #expect(ruledOut > 10_000)
    }
}
