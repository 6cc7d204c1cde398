import Foundation
@testable import MaskRules

/// The comparison of masklint with Chromium over the whole proof corpus: run once, shared by the
/// tests that check its parts.
struct SelectorProof: Sendable {
    /// A document whose trees differ, and how.
    struct TreeDifference: Sendable {
        let document: String
        let lines: [String]
        /// Elements of masklint's tree whose context has no counterpart in Chromium's tree.
        let unpairedElements: Int
    }

    /// One element on which masklint and Chromium answer a selector differently.
    struct Disagreement: Sendable, CustomStringConvertible {
        let document: String
        let scope: String
        let selector: String
        let element: String
        let chromium: Bool
        let masklint: Bool

        var description: String {
            "\(document) [\(scope)] \(selector.debugDescription) on \(element): Chromium \(chromium ? "matches" : "does not match"), "
                + "masklint \(masklint ? "matches" : "does not match")"
        }
    }

    let selectorCount: Int
    let documentCount: Int
    /// Selector × document pairs compared (every selector on every document).
    let pairCount: Int
    /// Selector × element answers compared.
    let elementAnswerCount: Int
    /// Elements compared, over all documents and scopes.
    let comparedElementCount: Int
    /// Elements of masklint's trees left out because their context differs in Chromium's tree.
    let unpairedElementCount: Int
    let closedShadowRoots: Int
    let treeDifferences: [TreeDifference]
    let disagreements: [Disagreement]
    /// Disagreements beyond those kept in `disagreements`.
    let disagreementCount: Int
    /// Selectors Chromium rejected (it must accept every one).
    let selectorsRejectedByChromium: [String]
    /// Answers in template contents of quirks-mode documents where `HTMLElement`'s own quirks flag
    /// (the page's mode) differs from the mode of `template.content` (never quirks).
    let templateContentQuirksAnswers: Int
    let chromiumVersion: String
    let chromiumMilliseconds: Double
    let totalSeconds: Double

    /// Runs Chromium on the corpus and compares.
    static func run() throws -> SelectorProof {
        let started = ContinuousClock.now
        let rules = try ProofCorpus.shippedRules()
        let documents = try ProofCorpus.fixtureDocuments() + ProofCorpus.corpusDocuments()
            + ProofCorpus.ruleExampleDocuments(rules)
        let texts = ProofCorpus.selectors(rules)
        let selectors = try texts.map { try SelectorList(parsing: $0) }
        let output = try ChromiumQueryPage.run(documents: documents.map(\.html), selectors: texts)
        guard output.documents.count == documents.count else {
            throw ChromiumQueryPage.Failure(description: "Chromium returned \(output.documents.count) documents of \(documents.count)")
        }

        let outcomes = DocumentOutcomes(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            outcomes.set(index, Result {
                try compare(documents[index], chromium: output.documents[index], selectors: selectors, texts: texts)
            })
        }
        var comparisons: [DocumentComparison] = []
        for outcome in outcomes.values { comparisons.append(try outcome.get()) }

        let rejected = Set(comparisons.flatMap(\.rejectedSelectors))
        return SelectorProof(
            selectorCount: texts.count, documentCount: documents.count, pairCount: texts.count * documents.count,
            elementAnswerCount: comparisons.map(\.answers).reduce(0, +),
            comparedElementCount: comparisons.map(\.comparedElements).reduce(0, +),
            unpairedElementCount: comparisons.map { $0.treeDifference?.unpairedElements ?? 0 }.reduce(0, +),
            closedShadowRoots: comparisons.map(\.closedShadowRoots).reduce(0, +),
            treeDifferences: comparisons.compactMap(\.treeDifference),
            disagreements: Array(comparisons.flatMap(\.disagreements).prefix(200)),
            disagreementCount: comparisons.map(\.disagreementCount).reduce(0, +),
            selectorsRejectedByChromium: texts.filter { rejected.contains($0) },
            templateContentQuirksAnswers: comparisons.map(\.templateContentQuirksAnswers).reduce(0, +),
            chromiumVersion: output.userAgent, chromiumMilliseconds: output.milliseconds,
            totalSeconds: (ContinuousClock.now - started) / .seconds(1))
    }

    private struct DocumentComparison {
        var treeDifference: TreeDifference?
        var answers = 0
        var comparedElements = 0
        var closedShadowRoots = 0
        var disagreements: [Disagreement] = []
        var disagreementCount = 0
        var rejectedSelectors: [String] = []
        var templateContentQuirksAnswers = 0
    }

    /// Compares one document: its trees, then every selector on every element that pairs up.
    private static func compare(
        _ document: ProofDocument, chromium: ChromiumQueryPage.DocumentOutput, selectors: [SelectorList], texts: [String]
    ) throws -> DocumentComparison {
        let parsed = try HTMLParser().parse(Array(document.html.utf8))
        let masklint = MasklintProofTree(parsed)
        let chromiumTree = chromium.tree
        var comparison = DocumentComparison()
        comparison.closedShadowRoots = masklint.closedShadowRoots

        // Scopes pair by kind and ordinal; elements pair by context (see ElementContexts).
        var contexts = ElementContexts()
        var unpaired = 0
        var scopePairs: [(masklint: Int, chromium: Int, pairs: [(Int, Int)], name: String)] = []
        var ordinals: [ProofScopeKind: Int] = [:]
        var chromiumScopes: [ProofScopeKind: [Int]] = [:]
        for (index, scope) in chromiumTree.scopes.enumerated() { chromiumScopes[scope.kind, default: []].append(index) }
        for (index, scope) in masklint.tree.scopes.enumerated() {
            let ordinal = ordinals[scope.kind, default: 0]
            ordinals[scope.kind] = ordinal + 1
            guard let partner = chromiumScopes[scope.kind]?.dropFirst(ordinal).first else {
                unpaired += scope.elements.count
                continue
            }
            let ours = contexts.contexts(of: scope, ordinal: ordinal)
            let theirs = contexts.contexts(of: chromiumTree.scopes[partner], ordinal: ordinal)
            let pairs = ElementContexts.pairs(ours, theirs)
            unpaired += scope.elements.count - pairs.count
            scopePairs.append((index, partner, pairs, "\(scope.kind.rawValue) \(ordinal)"))
        }
        if let lines = TreeShapeDifference.describe(masklint: masklint.tree, chromium: chromiumTree) {
            comparison.treeDifference = TreeDifference(document: document.name, lines: lines, unpairedElements: unpaired)
        }
        // #id and .class depend on the document's mode; with different modes nothing is comparable.
        guard masklint.tree.isQuirksMode == chromiumTree.isQuirksMode else { return comparison }

        for (ourScope, theirScope, pairs, scopeName) in scopePairs {
            let elements = masklint.elements[ourScope]
            let results = chromium.scopes[theirScope].results
            let isTemplateContent = masklint.tree.scopes[ourScope].kind == .templateContent
            comparison.comparedElements += pairs.count
            for (selectorIndex, selector) in selectors.enumerated() {
                guard let matched = results[selectorIndex] else {
                    comparison.rejectedSelectors.append(texts[selectorIndex])
                    continue
                }
                let chromiumMatches = Set(matched)
                for (ours, theirs) in pairs {
                    let element = elements[ours]
                    let masklintMatches: Bool
                    if isTemplateContent {
                        masklintMatches = selector.matches(TemplateContentElement(element: element))
                        if masklint.tree.isQuirksMode, selector.matches(element) != masklintMatches {
                            comparison.templateContentQuirksAnswers += 1
                        }
                    } else {
                        masklintMatches = selector.matches(element)
                    }
                    comparison.answers += 1
                    let chromiumAnswer = chromiumMatches.contains(theirs)
                    guard masklintMatches != chromiumAnswer else { continue }
                    comparison.disagreementCount += 1
                    if comparison.disagreements.count < 50 {
                        comparison.disagreements.append(
                            Disagreement(
                                document: document.name, scope: scopeName, selector: texts[selectorIndex],
                                element: "element \(ours) " + masklint.tree.scopes[ourScope].elements[ours].startTag,
                                chromium: chromiumAnswer, masklint: masklintMatches))
                    }
                }
            }
        }
        return comparison
    }

    /// Results of documents compared concurrently.
    private final class DocumentOutcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Result<DocumentComparison, any Error>?]

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ outcome: Result<DocumentComparison, any Error>) {
            lock.lock()
            defer { lock.unlock() }
            storage[index] = outcome
        }

        var values: [Result<DocumentComparison, any Error>] {
            lock.lock()
            defer { lock.unlock() }
            return storage.map { $0 ?? .failure(ChromiumQueryPage.Failure(description: "not compared")) }
        }
    }
}
