import Testing
@testable import MaskRules

/// Which tag names a selector's subject can have.
@Suite struct SelectorAnalysisTests {
    static let cases: [(String, Set<String>?)] = [
        ("input[type=email]", ["input"]),
        (":is(input, textarea)[name]", ["input", "textarea"]),
        ("[name=x]", nil),
        (":not(input)", nil),
        ("input:not(textarea)", ["input"]),
        ("*", nil),
        ("*.a", nil),
        ("INPUT", ["input"]),
        ("foreignObject", ["foreignobject"]),
        ("input, textarea", ["input", "textarea"]),
        ("input, [name]", nil),
        ("form input", ["input"]),
        ("input + label", ["label"]),
        ("input ~ *", nil),
        ("input:is(textarea)", []),
        (":is(input, textarea):where(textarea, select)", ["textarea"]),
        (":is(input, [name])", nil),
        (":is(input, [name]):is(textarea)", ["textarea"]),
        (":is(:is(a, b), c)", ["a", "b", "c"]),
        (":where(a b, c > d)", ["b", "d"]),
        (":is(a b, c > *)", nil),
        ("#x:is(input)", ["input"]),
    ]

    @Test(arguments: cases)
    func subjectTagNames(text: String, expected: Set<String>?) throws {
        #expect(try SelectorList(parsing: text).subjectTagNames == expected)
    }

    /// The set never leaves out an element the selector matches.
    @Test(arguments: SelectorMatcherTests.cases.map(\.0) + SelectorMatcherTests.backtrackingCases.map(\.0))
    func neverExcludesAMatch(text: String) throws {
        let list = try SelectorList(parsing: text)
        guard let names = list.subjectTagNames else { return }
        for tree in [SelectorMatcherTests.document, SelectorMatcherTests.backtrackingDocument] {
            for element in tree.elements where list.matches(element) {
                #expect(names.contains(CSSCharacters.asciiLowercased(element.localName)))
            }
        }
    }
}
