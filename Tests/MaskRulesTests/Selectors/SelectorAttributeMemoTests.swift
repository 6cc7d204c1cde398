import Foundation
import Testing
@testable import MaskRules

/// Matching with a `SelectorAttributeMemo` shared by the lists tested on one element (as the masking
/// model's level groups and the classifier's selector rules are) gives the answers of matching each
/// list on its own.
@Suite struct SelectorAttributeMemoTests {
    /// Every selector of the differential corpus, in order and shuffled, on every element of the
    /// corpus document, in standards and quirks mode.
    @Test func corpusSelectorsMatchAsWithoutAMemo() throws {
        let lists = try SelectorDifferentialCorpus.selectors().map { try SelectorList(parsing: $0) }
        var generator = SeededGenerator(state: 7)
        let shuffled = lists.shuffled(using: &generator)
        for quirksMode in [false, true] {
            let tree = TestElementTree(SelectorDifferentialCorpus.document(quirksMode: quirksMode), quirksMode: quirksMode)
            for element in tree.elements {
                for order in [lists, shuffled] {
                    var memo = SelectorAttributeMemo()
                    for list in order {
                        #expect(list.matches(element, memo: &memo) == list.matches(element), "\(list) quirks mode: \(quirksMode)")
                    }
                }
            }
        }
    }

    /// The bundled rule set's selector rules and level groups on every element of every form fixture.
    @Test func ruleSelectorsMatchAsWithoutAMemoOnTheFixtures() throws {
        let ruleSet = LintTestSupport.bundledRuleSet
        let compiled = try CompiledMaskingRules(ruleSet)
        let lists = ruleSet.categories.flatMap(\.selectors).map(\.selector) + compiled.selectorGroups.map(\.selector)
        let fixtures = RepositoryPaths.fixtures.appendingPathComponent("forms")
        var matched = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() where file.hasSuffix(".html") {
            let document = try HTMLParser().parse(try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8))
            for element in document.allElements {
                var memo = SelectorAttributeMemo()
                for list in lists {
                    let expected = list.matches(element)
                    if expected { matched += 1 }
                    #expect(list.matches(element, memo: &memo) == expected, "\(list) on \(element) in \(file)")
                }
            }
        }
        #expect(matched > 50)
    }
}

