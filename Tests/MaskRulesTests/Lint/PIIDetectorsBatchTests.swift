import Foundation
import Testing
@testable import MaskRules

/// The linter scans a page's attribute values and texts together first (`PIIDetectors.cleanTexts`),
/// and answers the texts found clean without scanning them again: that must never hide a value.
@Suite struct PIIDetectorsBatchTests {
    static let detectors = Result { try PIIDetectors(ruleSet: LintTestSupport.bundledRuleSet) }

    /// Every detector example, both halves of the auditor's adjacent pairs, the rules' own examples,
    /// and the attribute values and texts of every fixture page.
    static func texts() throws -> [String] {
        var texts = StringScanningTests.samples
        for category in LintTestSupport.bundledRuleSet.categories {
            for rule in category.detectors { texts += (rule.header.examples.match + rule.header.examples.noMatch).map(\.text) }
        }
        let fixtures = RepositoryPaths.fixtures.appendingPathComponent("forms")
        for file in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() where file.hasSuffix(".html") {
            let document = try HTMLParser().parse(try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8))
            for index in 1..<document.nodeCount {
                guard let node = document.node(at: index) else { continue }
                if let element = node.element { texts += element.attributes.map(\.value) } else if let text = node.text { texts.append(text) }
            }
        }
        return texts
    }

    @Test func noTextWithAValueIsCalledClean() throws {
        let detectors = try Self.detectors.get()
        let texts = try Self.texts()
        let clean = detectors.cleanTexts(among: texts)
        var withValues = 0
        for text in texts where !detectors.scan(text).isEmpty {
            withValues += 1
            #expect(!clean.contains(text), "a text with a value was found clean in the batch")
        }
        #expect(withValues > 100)
        #expect(clean.count > 100, "the batch finds most texts clean")
    }

    /// The same texts in many orders, so that each sits next to many others.
    @Test func noOrderHidesAValue() throws {
        let detectors = try Self.detectors.get()
        var generator = SeededGenerator(state: 0xBA7C4)
        let texts = try Self.texts()
        let withValues = Set(texts.filter { !detectors.scan($0).isEmpty })
        for _ in 0..<20 {
            let clean = detectors.cleanTexts(among: texts.shuffled(using: &generator))
            #expect(clean.isDisjoint(with: withValues))
        }
    }

    /// On every fixture page and a page of values beside context words, the document answers each
    /// attribute value and text as a scan of it alone does.
    @Test func theDocumentAnswersAsAScanAlone() throws {
        let linter = try LintTestSupport.linter()
        let detectors = try Self.detectors.get()
        var pages = [Array("""
            <form><label>SSN</label><input name="q" value="536-22-1234" title="Your SSN">
            <p data-x="ssn">536221234</p><p>Call 415 555 2671</p><a href="mailto:jane.roe@example.com">write</a>
            <img alt="order 4111 1111 1111 1111" src="x.png"><span title="password=">hunter2!</span></form>
            """.utf8)]
        let fixtures = RepositoryPaths.fixtures.appendingPathComponent("forms")
        for file in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() where file.hasSuffix(".html") {
            pages.append(Array(try Data(contentsOf: fixtures.appendingPathComponent(file))))
        }
        var compared = 0, withValues = 0
        for page in pages {
            let document = try linter.document(page, file: nil)
            for index in 1..<document.document.nodeCount {
                guard let node = document.document.node(at: index) else { continue }
                let texts = node.element.map { $0.attributes.map(\.value) } ?? node.text.map { [$0] } ?? []
                for text in texts {
                    let alone = detectors.scan(text)
                    #expect(document.detectPII(in: text) == alone)
                    compared += 1
                    if !alone.isEmpty { withValues += 1 }
                }
            }
        }
        #expect(compared > 1_000)
        #expect(withValues > 20)
    }
}
