import Testing
@testable import MaskRules

/// Specificity as Selectors Level 4 defines it.
@Suite struct SpecificityTests {
    static let cases: [(String, Specificity)] = [
        ("*", Specificity()),
        ("input", Specificity(types: 1)),
        ("#a", Specificity(ids: 1)),
        (".a", Specificity(classes: 1)),
        ("[a]", Specificity(classes: 1)),
        ("*.a", Specificity(classes: 1)),
        ("input[type=email]", Specificity(classes: 1, types: 1)),
        (".a[b=c]#d", Specificity(ids: 1, classes: 2)),
        ("a b > c + d ~ e", Specificity(types: 5)),
        ("form#f > input.x", Specificity(ids: 1, classes: 1, types: 2)),
        (":is(#a, .b) c", Specificity(ids: 1, types: 1)),
        (":is(.b, a b c)", Specificity(classes: 1)),
        (":is(a b c, .b)", Specificity(classes: 1)),
        (":is(a b, a)", Specificity(types: 2)),
        (":not(.a, #b)", Specificity(ids: 1)),
        (":not(a)", Specificity(types: 1)),
        (":where(#a) c", Specificity(types: 1)),
        (":where(#a, .b, c)", Specificity()),
        (":not(:where(#a))", Specificity()),
        (":is(:not(#a), .b):where(.c)", Specificity(ids: 1)),
    ]

    @Test(arguments: cases)
    func specificity(text: String, expected: Specificity) throws {
        let list = try SelectorList(parsing: text)
        #expect(list.selectors[0].specificity == expected)
    }

    @Test func listTakesTheHighest() throws {
        let list = try SelectorList(parsing: "a, #b, .c")
        #expect(list.selectors.map(\.specificity) == [Specificity(types: 1), Specificity(ids: 1), Specificity(classes: 1)])
        #expect(list.maximumSpecificity == Specificity(ids: 1))
    }

    @Test func ordersComponentByComponent() {
        #expect(Specificity(classes: 1) < Specificity(ids: 1))
        #expect(Specificity(classes: 1, types: 5) < Specificity(classes: 2))
        #expect(Specificity(types: 1) < Specificity(types: 2))
        #expect(!(Specificity(types: 2) < Specificity(types: 2)))
        #expect(Specificity(ids: 1, classes: 2, types: 3).description == "(1,2,3)")
        #expect(Specificity(ids: 1) + Specificity(classes: 2, types: 3) == Specificity(ids: 1, classes: 2, types: 3))
    }
}
