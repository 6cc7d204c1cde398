import Testing
@testable import MaskRules

/// Matching each feature of the subset against a small document.
@Suite struct SelectorMatcherTests {
    static let document = TestElementTree(
        """
        <!DOCTYPE html>
        <html id=html><body id=body>
        <form id=f class="login  main">
          <label id=l1 for=email>Email</label>
          <input id=email type=email name=contact>
          <input id=pw type=password name="user[password]" autocomplete="current-password">
          <div id=d><span id=s1></span><span id=s2 class=x></span><p id=p1></p><span id=s3></span></div>
          <textarea id=t name=notes></textarea>
        </form>
        <section id=sec><input id=other type=text data-x="a b"></section>
        </body></html>
        """)

    static let cases: [(String, [String])] = [
        // Type and universal selectors.
        ("input", ["email", "pw", "other"]),
        ("textarea", ["t"]),
        ("video", []),
        ("*", ["html", "body", "f", "l1", "email", "pw", "d", "s1", "s2", "p1", "s3", "t", "sec", "other"]),
        // ID and class.
        ("#email", ["email"]),
        ("input#email", ["email"]),
        ("textarea#email", []),
        ("#Email", []),
        (".login", ["f"]),
        (".main", ["f"]),
        (".login.main", ["f"]),
        ("form.login", ["f"]),
        (".log", []),
        (".x", ["s2"]),
        ("#f.login#f", ["f"]),
        // Attribute presence and operators.
        ("[for]", ["l1"]),
        ("[type=email]", ["email"]),
        ("[type='email']", ["email"]),
        ("[name=\"user[password]\"]", ["pw"]),
        ("[name=user\\[password\\]]", ["pw"]),
        ("[autocomplete~=current-password]", ["pw"]),
        ("[data-x~=a]", ["other"]),
        ("[data-x~=b]", ["other"]),
        ("[data-x~=\"a b\"]", []),
        ("[data-x=\"a b\"]", ["other"]),
        ("[autocomplete|=current]", ["pw"]),
        ("[autocomplete|=curr]", []),
        ("[autocomplete^=current]", ["pw"]),
        ("[autocomplete$=password]", ["pw"]),
        ("[autocomplete*=nt-pa]", ["pw"]),
        ("[name*=pass]", ["pw"]),
        ("[name^=user]", ["pw"]),
        ("[name$=\"]\"]", ["pw"]),
        ("[name]", ["email", "pw", "t"]),
        ("input[name]", ["email", "pw"]),
        ("[name][type=email]", ["email"]),
        // Combinators.
        ("form input", ["email", "pw"]),
        ("body input", ["email", "pw", "other"]),
        ("html input", ["email", "pw", "other"]),
        ("form > input", ["email", "pw"]),
        ("body > input", []),
        ("div > span", ["s1", "s2", "s3"]),
        ("form span", ["s1", "s2", "s3"]),
        ("form > span", []),
        ("span + span", ["s2"]),
        ("span + p", ["p1"]),
        ("p + span", ["s3"]),
        ("span ~ span", ["s2", "s3"]),
        ("span ~ p", ["p1"]),
        ("p ~ span", ["s3"]),
        ("label + input", ["email"]),
        ("label ~ input", ["email", "pw"]),
        ("label ~ *", ["email", "pw", "d", "t"]),
        ("label + input + input", ["pw"]),
        ("form > label ~ div > span.x + p", ["p1"]),
        ("#f #d > #s2 ~ #s3", ["s3"]),
        ("form + section input", ["other"]),
        ("form ~ section > input", ["other"]),
        ("section ~ form input", []),
        ("html > body > form > div > span", ["s1", "s2", "s3"]),
        ("html > form", []),
        // Selector lists.
        ("input, textarea", ["email", "pw", "t", "other"]),
        ("textarea, input", ["email", "pw", "t", "other"]),
        ("#s3, #s1", ["s1", "s3"]),
        // :is(), :where(), :not().
        (":is(input, textarea)[name]", ["email", "pw", "t"]),
        (":where(input, textarea)[name]", ["email", "pw", "t"]),
        (":where(#d) > span", ["s1", "s2", "s3"]),
        (":is(#d, #sec) > *", ["s1", "s2", "p1", "s3", "other"]),
        (":not(input)", ["html", "body", "f", "l1", "d", "s1", "s2", "p1", "s3", "t", "sec"]),
        ("input:not([type=email], [type=password])", ["other"]),
        ("input:not([type=email]):not([type=password])", ["other"]),
        ("input:not(form input)", ["other"]),
        ("input:not(form > *)", ["other"]),
        ("input:is(section > *)", ["other"]),
        ("span:is(p + span)", ["s3"]),
        ("span:is(p ~ *)", ["s3"]),
        ("span:not(span + span)", ["s1", "s3"]),
        (":is(form, section) :is(input)", ["email", "pw", "other"]),
        (":is(form :is(div span))", ["s1", "s2", "s3"]),
        ("span:not(:not(.x))", ["s2"]),
        (":not(:is(*))", []),
        ("#d :where(span:not(.x))", ["s1", "s3"]),
        (":is(label + input) ~ *", ["pw", "d", "t"]),
        (":is(span, p):is(p)", ["p1"]),
    ]

    @Test(arguments: cases)
    func matches(selector: String, expected: [String]) throws {
        #expect(try Self.document.select(selector) == expected)
    }

    @Test func complexSelectorAndListAgree() throws {
        let list = try SelectorList(parsing: "form > input, section input")
        for element in Self.document.elements {
            #expect(list.matches(element) == list.selectors.contains { $0.matches(element) })
        }
    }

    /// The first candidate for a combinator is not always the right one: matching must backtrack.
    static let backtrackingDocument = TestElementTree(
        """
        <div class=a id=o1><div class=b id=o2><div class=x id=o3><div class=b id=o4>
          <div class=c id=target></div>
        </div></div></div></div>
        <div class=a id=q1></div><div class=b id=q2></div><div class=a id=q3><span class=c id=q4></span></div>
        <div class=b id=q5><span class=c id=q6></span></div>
        """)

    static let backtrackingCases: [(String, [String])] = [
        (".a > .b .c", ["target"]),
        (".a > .b > .c", []),
        (".b > .c", ["target", "q6"]),
        (".a .b .c", ["target"]),
        (".x .b > .c", ["target"]),
        (".a + .b ~ .b .c", ["q6"]),
        (".a ~ .b .c", ["q6"]),
        (".a + .b + .a .c", ["q4"]),
        (".a ~ .a > .c", ["q4"]),
        (".b ~ .a > .c", ["q4"]),
        (".b + .a > .c", ["q4"]),
        (".a + .a > .c", []),
        (":not(.a > .b) > .c", ["target", "q4", "q6"]),
        (":is(.a .x) > .b > .c", ["target"]),
    ]

    @Test(arguments: backtrackingCases)
    func backtracks(selector: String, expected: [String]) throws {
        #expect(try Self.backtrackingDocument.select(selector) == expected)
    }
}

/// Matching agrees with a naive matcher (every combinator tries every candidate, no pruning) on random
/// trees and random selectors: the pruning never changes an answer.
@Suite struct SelectorMatcherPruningTests {
    typealias Generator = SeededGenerator

    static func randomMarkup(_ generator: inout Generator, depth: Int = 0) -> String {
        var markup = ""
        for _ in 0..<Int.random(in: 1...(depth == 0 ? 3 : 4), using: &generator) {
            let tag = ["a", "b", "c"].randomElement(using: &generator)!
            let className = ["x", "y", "x y"].randomElement(using: &generator)!
            markup += "<\(tag) class=\"\(className)\">"
            if depth < 5 && Int.random(in: 0..<3, using: &generator) > 0 {
                markup += randomMarkup(&generator, depth: depth + 1)
            }
            markup += "</\(tag)>"
        }
        return markup
    }

    static func randomSelector(_ generator: inout Generator) -> String {
        let compounds = ["a", "b", "c", ".x", ".y", "*", "a.x", "b.y", ":not(.x)", ":is(a, .y)"]
        let combinators = [" ", " > ", " + ", " ~ "]
        var selector = compounds.randomElement(using: &generator)!
        for _ in 0..<Int.random(in: 0...4, using: &generator) {
            selector += combinators.randomElement(using: &generator)! + compounds.randomElement(using: &generator)!
        }
        return selector
    }

    /// Right-to-left matching that tries every candidate element for every combinator.
    static func naiveMatches(_ selector: ComplexSelector, _ index: Int, _ element: TestElement) -> Bool {
        guard SelectorList([ComplexSelector(selector.compound(at: index))]).matches(element) else { return false }
        guard index > 0 else { return true }
        switch selector.steps[index - 1].combinator {
        case .child:
            return element.parentElement.map { naiveMatches(selector, index - 1, $0) } ?? false
        case .nextSibling:
            return element.previousElementSibling.map { naiveMatches(selector, index - 1, $0) } ?? false
        case .descendant:
            var candidate = element.parentElement
            while let current = candidate {
                if naiveMatches(selector, index - 1, current) { return true }
                candidate = current.parentElement
            }
            return false
        case .subsequentSibling:
            var candidate = element.previousElementSibling
            while let current = candidate {
                if naiveMatches(selector, index - 1, current) { return true }
                candidate = current.previousElementSibling
            }
            return false
        }
    }

    @Test(arguments: 0..<40)
    func agreesWithNaiveMatching(seed: Int) throws {
        var generator = Generator(state: UInt64(seed))
        let tree = TestElementTree("<root>" + Self.randomMarkup(&generator) + "</root>")
        for _ in 0..<25 {
            let text = Self.randomSelector(&generator)
            let selector = try #require(SelectorList(parsing: text).selectors.first)
            for element in tree.elements {
                let expected = Self.naiveMatches(selector, selector.compoundCount - 1, element)
                #expect(selector.matches(element) == expected, "\(text) on element \(element.index)")
            }
        }
    }
}
