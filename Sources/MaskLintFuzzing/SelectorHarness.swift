import MaskRules

/// The selector target. An input is selector text (bytes that are not UTF-8 become U+FFFD).
///
/// Properties, for a list that parses: its canonical text (`cssText`) parses back to an equal list
/// whose canonical text is the same; the two match the same elements of a document of HTML, SVG and
/// MathML elements in standards and quirks mode; every element it matches has a tag name in
/// `subjectTagNames` when that is a set. For text that does not parse: the error's line and column
/// are positive.
enum SelectorHarness {
    /// Documents with forms, tables, templates, shadow roots, SVG and MathML, in both modes.
    static let documents: [HTMLDocument] = {
        let body = """
            <form id="f" class="checkout main" lang="en-GB"><label for="e">Email</label>
            <input type="email" id="e" name="customer_email" autocomplete="section-a billing email">
            <input type="hidden" name="csrf" value="x"><textarea name="Note" data-private></textarea>
            <select name="country"><option value="de" selected>DE</option></select>
            <fieldset><legend>Card</legend><input name="cc-number" inputmode="numeric" class="Card card-field">
            <input type="password" id="pw" aria-label="Password"></fieldset></form>
            <table><tr><td headers="h1">Name</td><td><input name="first_name"></td></tr></table>
            <div id="host"><template shadowrootmode="open"><p class="inner">Shadow <b>text</b></p></template></div>
            <template><input name="ssn"></template><a href="mailto:a@example.com">mail</a>
            <svg viewBox="0 0 1 1"><foreignObject><div class="x">in svg</div></foreignObject><circle r="1"/></svg>
            <math><mi>x</mi><annotation-xml encoding="text/html"><span>m</span></annotation-xml></math>
            <ul><li>one</li><li class="a b">two</li><li id="Third">three</li></ul><p dir="rtl" title="">p</p>
            """
        return ["<!DOCTYPE html>" + body, body].map { try! HTMLParser().parse($0, file: nil) }
    }()

    static let elements: [HTMLElement] = documents.flatMap { Array($0.allElements) }

    static func check(_ input: [UInt8]) -> String? {
        let text = String(decoding: input, as: UTF8.self)
        let list: SelectorList
        do {
            list = try SelectorList(parsing: text)
        } catch {
            if error.line < 1 || error.column < 1 { return "the error \(error) is at line \(error.line), column \(error.column)" }
            _ = error.message
            return nil
        }
        let canonical = list.cssText
        let reparsed: SelectorList
        do {
            reparsed = try SelectorList(parsing: canonical)
        } catch {
            return "the canonical text \(String(reflecting: canonical)) of \(String(reflecting: text)) does not parse: \(error)"
        }
        guard reparsed == list else {
            return "the canonical text \(String(reflecting: canonical)) of \(String(reflecting: text)) parses to another selector"
        }
        guard reparsed.cssText == canonical else {
            return "the canonical text \(String(reflecting: canonical)) of \(String(reflecting: text)) is not canonical: it becomes \(String(reflecting: reparsed.cssText))"
        }
        let tagNames = list.subjectTagNames
        for selector in list.selectors { _ = selector.specificity }
        for element in elements {
            let matches = list.matches(element)
            guard matches == reparsed.matches(element) else {
                return "\(String(reflecting: text)) and its canonical text \(String(reflecting: canonical)) disagree on \(element)"
            }
            if matches, let tagNames, !tagNames.contains(asciiLowercased(element.localName)) {
                return "\(String(reflecting: text)) matches \(element), whose name is not in its subjectTagNames \(tagNames.sorted())"
            }
        }
        return nil
    }

    private static func asciiLowercased(_ name: String) -> String {
        String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
