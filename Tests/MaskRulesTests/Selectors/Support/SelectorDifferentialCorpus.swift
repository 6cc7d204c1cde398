@testable import MaskRules

/// Selectors and a document for comparing masklint's matching with Chromium's `Element.matches()`.
///
/// The differential test loads `document(quirksMode:)` in headless Chromium and builds the same
/// document with masklint's HTML parser, then, for every selector of `selectors()` and every element,
/// compares `element.matches(selector)` in the browser with `SelectorList.matches(_:)`. It should also
/// check each selector's `cssText`, since that is the text the compiler gives the browser. Run it
/// once in standards mode and once in quirks mode.
///
/// The corpus is deterministic, and every selector in it is valid both for masklint and for Chromium.
/// It covers type selectors in all cases on HTML and SVG elements, IDs and classes in all cases (the
/// quirks-mode rules), every attribute operator with and without the `i` modifier, on attributes HTML
/// lists as case-insensitive and on others, on HTML and SVG elements, with values that differ from the document's only in case,
/// are prefixes, suffixes or infixes of them, are empty or contain whitespace, and with names in
/// other cases, including SVG's `viewBox`. It also covers every combinator, `:is()`, `:where()` and
/// `:not()` with complex arguments, escapes, comments and whitespace.
enum SelectorDifferentialCorpus {
    /// The document's elements, with `id`s that name them.
    static let bodyMarkup = """
        <form id="Login" class="Form login" method="POST">
          <label id="l" for="email" class="LABEL">Email</label>
          <input id="email" type="EMAIL" name="Contact" autocomplete="home email" lang="EN-us" data-x="a b">
          <input id="pw" type="password" name="user[password]" autocomplete="current-password" dir="RTL">
          <input id="blank" type="text" name="" value="Caf&#xE9;" data-y="cafe&#x301;" title="x&#9;y&#10;z">
          <textarea id="notes" name="notes" class="  a&#9;b&#12;c  " readonly></textarea>
          <select id="country" name="Country" multiple><option id="o1" selected value="US">US</option></select>
          <a id="link" href="/x" rel="NoOpener noreferrer" hreflang="en-GB" target="_BLANK">x</a>
        </form>
        <div id="wrap" class="wrap"><p id="p1" class="a:b"></p><p id="p2"></p><span id="s1"></span><p id="p3"></p></div>
        <svg id="svg" viewBox="0 0 10 10" class="Icon"><foreignObject id="fo"><div id="inner" class="in">x</div></foreignObject><rect id="rect" type="FOO" class="R" lang="en"/></svg>
        <div id="123"></div><div id="id with space"></div><div id="uwrap"><u id="u1">u</u><a id="a2" href="#">a</a></div>
        """

    /// The whole document; without a doctype it is in quirks mode.
    static func document(quirksMode: Bool) -> String {
        (quirksMode ? "" : "<!DOCTYPE html>\n") + "<html><head><title>corpus</title></head><body>\n" + bodyMarkup
            + "\n</body></html>\n"
    }

    /// The selectors, in a fixed order, without duplicates.
    static func selectors() -> [String] {
        var corpus: [String] = []
        var seen: Set<[UInt8]> = []
        func add(_ selector: String) {
            if seen.insert(Array(selector.utf8)).inserted { corpus.append(selector) }
        }

        // Type selectors on HTML and SVG elements, in every case.
        for name in [
            "input", "INPUT", "Input", "textarea", "select", "option", "form", "label", "a", "A", "p", "div",
            "span", "svg", "SVG", "rect", "RECT", "Rect", "foreignObject", "foreignobject", "FOREIGNOBJECT",
            "html", "body", "video", "*",
        ] {
            add(name)
        }

        // IDs and classes: exact, other cases (quirks mode folds them), escapes.
        for id in ["email", "Email", "EMAIL", "Login", "login", "LOGIN", "rect", "RECT", "fo", "FO", "inner", "nope"] {
            add("#" + id)
        }
        for id in ["#\\31 23", "#\\000031 23", "#id\\ with\\ space", "#ID\\ WITH\\ SPACE"] { add(id) }
        for className in [
            "login", "Login", "LOGIN", "Form", "form", "LABEL", "label", "a", "b", "c", "A", "wrap", "in", "IN",
            "Icon", "icon", "R", "r", "a\\:b", "A\\:B", "x",
        ] {
            add("." + className)
        }
        add(".login.Form")
        add(".LOGIN.FORM")
        add("form.login#Login")
        add("FORM.LOGIN#LOGIN")

        // Attribute presence, with names in other cases.
        for name in [
            "name", "NAME", "Name", "type", "TYPE", "viewBox", "viewbox", "VIEWBOX", "data-x", "DATA-X",
            "readonly", "READONLY", "multiple", "selected", "for", "href", "hreflang", "title", "value", "missing",
        ] {
            add("[\(name)]")
        }

        // Attribute values: every operator and modifier on attributes HTML lists as case-insensitive
        // (type, lang, dir, rel, hreflang, target, method, multiple, selected) and on others.
        let attributes: [(name: String, value: String)] = [
            ("type", "EMAIL"), ("type", "password"), ("type", "FOO"), ("lang", "EN-us"), ("lang", "en"),
            ("dir", "RTL"), ("rel", "NoOpener noreferrer"), ("hreflang", "en-GB"), ("target", "_BLANK"),
            ("method", "POST"), ("multiple", ""), ("selected", ""),
            ("name", "Contact"), ("name", "user[password]"), ("autocomplete", "home email"),
            ("autocomplete", "current-password"), ("class", "Form login"), ("id", "Login"), ("data-x", "a b"),
            ("value", "Caf\u{E9}"), ("data-y", "cafe\u{301}"), ("title", "x\ty\nz"), ("for", "email"),
            ("viewBox", "0 0 10 10"),
        ]
        let operators = ["=", "~=", "|=", "^=", "$=", "*="]
        let modifiers = ["", " i"]
        for attribute in attributes {
            for value in candidateValues(for: attribute.value) {
                var quoted = ""
                SelectorSerializer.writeString(value, to: &quoted)
                for op in operators {
                    for modifier in modifiers {
                        add("[\(attribute.name)\(op)\(quoted)\(modifier)]")
                    }
                }
            }
        }
        // Attribute names in other cases with a value test, SVG's viewBox included.
        for selector in [
            "[TYPE=email]", "[Type=\"EMAIL\" i]", "[NAME=Contact]", "[VIEWBOX=\"0 0 10 10\"]",
            "[viewbox^=\"0 \"]", "[ViewBox$=\"10\" i]", "[LANG|=en]", "[DATA-X~=b]",
        ] {
            add(selector)
        }
        // Values written as identifiers and with escapes; modifiers in upper case.
        for selector in [
            "[type=email]", "[type=EMAIL]", "[type=email I]", "[name=Contact]",
            "[name=contact]", "[name=user\\[password\\]]", "[name=\"user\\5b password\\5d\"]",
            "[value=\"Caf\\E9\"]", "[value=\"Cafe\\301\"]", "[data-y=\"cafe\\301\"]", "[data-y=\"caf\\E9\"]",
            "[title~=y]", "[title~=\"x\\9y\"]", "[title*=\"\\9\"]", "[title*=\"\\a\"]", "[name=\"\"]",
            "[name='']", "[name=--]", "[hreflang|=EN]", "[hreflang|=en-]", "[lang|=\"\"]",
        ] {
            add(selector)
        }

        // Combinators.
        for selector in [
            "form input", "form > input", "body > input", "label + input", "label ~ input", "label ~ *",
            "input + input", "input ~ select", "form textarea ~ a", "div > p", "p + p", "p ~ p", "span + p",
            "p + span", "p ~ span ~ p", "div p + span", "div > p:not(.a\\:b) ~ p", "svg > foreignObject > div",
            "svg div", "svg > div", "foreignObject + rect", "svg rect", "html > body > form > input",
            "form + div", "form ~ div", "form ~ svg rect", "body > *", "* > p", "* + *", "form>input",
            "form/**/>/**/input", "label\n+\tinput", "form /* comment */ input", "u+a", "U+A", "u+ a", "u ~ a",
        ] {
            add(selector)
        }

        // :is(), :where(), :not(), with simple and complex arguments.
        for selector in [
            ":is(input, textarea)", ":is(input, textarea)[name]", ":where(input, select)[name]",
            ":not(input)", "input:not([type=email])", "input:not([type=EMAIL i])", "input:not(form > *)",
            ":not(form input)", "p:not(p + p)", "p:is(span + p)", "p:is(div > p, span ~ p)",
            ":is(form, svg) :is(input, rect)", ":where(#wrap) > p", ":is(#Login, #wrap) > *",
            "*:not(:is(input, p, div))", ":not(:not(input))", ":is(:where(:not(input)))", ":is(input):is(textarea)",
            ":IS(input)", ":Not(input)", ":WHERE(input)", ":n\\ot(input)", ":is( input , textarea )",
            ":is(label + input) ~ *", ":is(svg *) + rect", ":not(svg *)", ":is(.login, .LOGIN)",
            ":not([lang|=en])", "[lang]:not([lang|=en i])",
        ] {
            add(selector)
        }

        // Selector lists.
        for selector in [
            "input, textarea", "textarea,input", "#email, #pw, #nope", "rect, foreignObject, INPUT",
            "[type=email], [name=Contact i]", ".a, .b, .c",
        ] {
            add(selector)
        }

        // Escapes in names, comments and whitespace.
        for selector in [
            "\\69nput", "inp\\75 t", "\\49NPUT", "[\\6e ame]", "#\\65mail", ".\\4c ABEL", "/**/input/**/",
            "  input  ", "input\n", "\tinput[ name ]", "[ type = \"email\" i ]",
        ] {
            add(selector)
        }

        // The canonical serialization of everything above: the text the compiler emits.
        for selector in corpus {
            if let list = try? SelectorList(parsing: selector) { add(list.cssText) }
        }
        return corpus
    }

    /// Values to test an attribute whose value in the document is `value`: the value itself, in other
    /// cases, its first and last characters and its middle, its first whitespace-separated token, that
    /// token followed by `-`, an empty value and a value with a space.
    private static func candidateValues(for value: String) -> [String] {
        let scalars = Array(value.unicodeScalars)
        func text(_ slice: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: slice)
            return String(view)
        }
        var candidates = [
            value, CSSCharacters.asciiLowercased(value), asciiUppercased(value), "", "x y",
        ]
        if scalars.count >= 2 {
            candidates += [text(scalars.prefix(2)), text(scalars.suffix(2)), asciiUppercased(text(scalars.prefix(2)))]
        }
        if scalars.count >= 3 {
            candidates.append(text(scalars[1..<(scalars.count - 1)]))
        }
        if let token = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first {
            candidates += [String(token), String(token) + "-", asciiUppercased(String(token))]
        }
        if let hyphen = value.firstIndex(of: "-") {
            candidates.append(String(value[..<hyphen]))
        }
        var unique: [String] = []
        for candidate in candidates where !unique.contains(where: { ASCIIBytes.identical($0, candidate) }) {
            unique.append(candidate)
        }
        return unique
    }

    private static func asciiUppercased(_ string: String) -> String {
        String(decoding: string.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
    }
}
