import Foundation
@testable import MaskRules

/// One HTML document of the browser proof.
struct ProofDocument: Sendable {
    /// A stable name: the fixture path under `fixtures/html/`, `corpus/standards`, or
    /// `rule/<rule id>/match/<n>`.
    let name: String
    /// The document as UTF-8 text; both sides parse exactly this.
    let html: String
}

/// The documents and selectors that masklint and Chromium are compared on.
///
/// Documents: every fixture under `fixtures/html/` (realistic forms and the markup where libxml2
/// and browsers build different trees), the selector corpus's own document in standards and
/// quirks mode, and every HTML example of the shipped selector rules. Selectors: the generated
/// corpus (``SelectorDifferentialCorpus``) plus every shipped rule selector, as written and in its
/// canonical form.
enum ProofCorpus {
    /// `fixtures/html/`.
    static var fixtureDirectory: URL { RepositoryPaths.fixtures.appendingPathComponent("html") }

    /// The fixture documents, by path relative to `fixtures/html/`, sorted.
    static func fixtureDocuments() throws -> [ProofDocument] {
        let root = fixtureDirectory.standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var documents: [ProofDocument] = []
        for case let url as URL in walker where url.pathExtension == "html" {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            let data = try Data(contentsOf: url)
            documents.append(ProofDocument(name: relative, html: String(decoding: data, as: UTF8.self)))
        }
        return documents.sorted { $0.name < $1.name }
    }

    /// The selector corpus's document in standards mode and in quirks mode.
    static func corpusDocuments() -> [ProofDocument] {
        [
            ProofDocument(name: "corpus/standards", html: SelectorDifferentialCorpus.document(quirksMode: false)),
            ProofDocument(name: "corpus/quirks", html: SelectorDifferentialCorpus.document(quirksMode: true)),
        ]
    }

    /// Every `match` and `no-match` example of the shipped selector rules, each a document.
    static func ruleExampleDocuments(_ rules: RuleSet) -> [ProofDocument] {
        rules.categories.flatMap(\.selectors).flatMap { rule in
            rule.header.examples.match.enumerated().map {
                ProofDocument(name: "rule/\(rule.header.id)/match/\($0.offset + 1)", html: $0.element.text)
            }
                + rule.header.examples.noMatch.enumerated().map {
                    ProofDocument(name: "rule/\(rule.header.id)/no-match/\($0.offset + 1)", html: $0.element.text)
                }
        }
    }

    /// The shipped rule set (`rules/`).
    static func shippedRules() throws -> RuleSet {
        try RuleSetLoader().load(directory: RepositoryPaths.rules.path)
    }

    /// The selectors: the generated corpus, then each shipped rule selector as written and in its
    /// canonical form, without duplicates.
    static func selectors(_ rules: RuleSet) -> [String] {
        var selectors: [String] = []
        var seen: Set<[UInt8]> = []
        let ruleSelectors = rules.categories.flatMap(\.selectors).flatMap { [$0.source, $0.selector.cssText] }
        for text in SelectorDifferentialCorpus.selectors() + ruleSelectors where seen.insert(Array(text.utf8)).inserted {
            selectors.append(text)
        }
        return selectors
    }
}
