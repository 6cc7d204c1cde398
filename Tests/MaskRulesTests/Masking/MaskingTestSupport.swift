import Testing
@testable import MaskRules

/// Small rule sets and parsed snippets for the masking and compiler tests.
enum MaskingTestRules {
    /// A selector rule for the test rule set.
    struct Selector {
        let id: String
        let level: MaskingLevel
        let css: String
    }

    /// An input-name rule for the test rule set.
    struct InputName {
        let id: String
        let level: MaskingLevel
        let attributes: [String]
        let pattern: String
        var caseInsensitive = true
    }

    /// A rule set of one category (`email`) holding exactly these rules.
    static func ruleSet(
        selectors: [Selector] = [], inputNames: [InputName] = [], detectors: [(id: String, detector: String, options: DetectorOptions)] = []
    ) throws -> RuleSet {
        let location = SourceLocation(file: "test.yaml", line: 1)
        let examples = RuleExamples(match: [], noMatch: [])
        func header(_ id: String, _ level: MaskingLevel) -> RuleHeader {
            RuleHeader(id: id, description: id, category: .email, level: level, examples: examples, location: location)
        }
        let category = CategoryRules(
            category: .email, description: "test", level: .obscured,
            selectors: try selectors.map { SelectorRule(header: header($0.id, $0.level), source: $0.css, selector: try SelectorList(parsing: $0.css)) },
            inputNames: try inputNames.map {
                InputNameRule(header: header($0.id, $0.level), attributes: $0.attributes,
                              pattern: try RulePattern($0.pattern, caseInsensitive: $0.caseInsensitive))
            },
            labels: [],
            detectors: detectors.map { DetectorRule(header: header($0.id, .obscured), detectorID: $0.detector, options: $0.options) },
            location: location)
        let manifest = RuleSetManifest(
            name: "test-rules", version: try #require(SemanticVersion("1.2.3")), description: "test", files: ["test.yaml"], location: location)
        return RuleSet(manifest: manifest, categories: [category], contentHash: String(repeating: "0", count: 64))
    }

    /// The compiled form of `ruleSet(...)`.
    static func compiled(selectors: [Selector] = [], inputNames: [InputName] = []) throws -> CompiledMaskingRules {
        try CompiledMaskingRules(ruleSet(selectors: selectors, inputNames: inputNames))
    }

    /// A small rule set in the bundled set's spirit: hidden passwords and card numbers, obscured emails.
    static func sample() throws -> CompiledMaskingRules {
        try compiled(
            selectors: [
                Selector(id: "email.type", level: .obscured, css: "input[type=email]"),
                Selector(id: "email.autocomplete", level: .obscured, css: "[autocomplete~=\"email\" i]"),
                Selector(id: "email.mailto", level: .obscured, css: "a[href^=\"mailto:\" i]"),
                Selector(id: "email.password", level: .hidden, css: "input[type=password]"),
            ],
            inputNames: [
                InputName(id: "email.name", level: .obscured, attributes: ["name", "id"], pattern: "e-?mail"),
                InputName(id: "email.card", level: .hidden, attributes: ["name"], pattern: "card[_-]?num"),
            ])
    }
}

/// Parses an HTML snippet and finds its elements by `id`.
struct MaskingSnippet {
    let document: HTMLDocument

    init(_ html: String) throws {
        document = try HTMLParser().parse(html)
    }

    /// The element with this `id`, in the document or in a shadow tree.
    func element(_ id: String) throws -> HTMLElement {
        try #require(document.allElements.first { $0.attribute("id") == id }, "no element #\(id)")
    }
}
