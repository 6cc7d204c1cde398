import Testing
@testable import MaskRules

/// The doctype decides quirks mode as in browsers.
@Suite("HTML quirks mode")
struct HTMLQuirksModeTests {
    @Test(
        "Doctypes and the mode they select",
        arguments: [
            ("<p>no doctype", HTMLQuirksMode.quirks),
            ("<!DOCTYPE html><p>", .noQuirks),
            ("<!doctype HTML><p>", .noQuirks),
            ("<!DOCTYPE html SYSTEM \"about:legacy-compat\"><p>", .noQuirks),
            ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">", .noQuirks),
            ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">", .quirks),
            ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\">", .limitedQuirks),
            ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">", .limitedQuirks),
            ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">", .noQuirks),
            ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">", .quirks),
            ("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">", .quirks),
            ("<!DOCTYPE svg><p>", .quirks),
            ("<!DOCTYPE html bogus><p>", .quirks),
            ("<!-- comment first --><!DOCTYPE html><p>", .noQuirks),
            ("<p>late</p><!DOCTYPE html>", .quirks),
        ])
    func modes(html: String, mode: HTMLQuirksMode) throws {
        let document = try HTMLTestSupport.parse(bytes: html)
        #expect(document.quirksMode == mode)
        #expect(HTMLTestSupport.first("p", in: document)?.isInQuirksModeDocument ?? (mode == .quirks) == (mode == .quirks))
    }

    @Test("The doctype's parts are kept")
    func doctypeParts() throws {
        let document = try HTMLTestSupport.parse(
            bytes: "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\"><p>")
        #expect(document.doctype == HTMLDoctype(
            name: "HTML", publicIdentifier: "-//W3C//DTD HTML 4.01//EN",
            systemIdentifier: "http://www.w3.org/TR/html4/strict.dtd"))
        #expect(try HTMLTestSupport.parse(bytes: "<p>").doctype == nil)
    }

    @Test("A <p> is not closed by a <table> in quirks mode, and is in no-quirks mode")
    func tableInParagraph() throws {
        let quirks = try HTMLTestSupport.parse(bytes: "<p>a<table><tr><td>x</td></tr></table>")
        #expect(HTMLTestSupport.first("table", in: quirks)?.parentElement?.localName == "p")
        let standards = try HTMLTestSupport.parse(bytes: "<!DOCTYPE html><p>a<table><tr><td>x</td></tr></table>")
        #expect(HTMLTestSupport.first("table", in: standards)?.parentElement?.localName == "body")
    }
}
