#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Testing
@testable import MaskRules

/// Markup problems become located diagnostics, never crashes and never output on stderr.
@Suite("HTML parse diagnostics")
struct HTMLParseDiagnosticTests {
    @Test("A stray end tag is reported at its '<'")
    func strayEndTag() throws {
        let document = try HTMLTestSupport.parse(bytes: "<div>\n  <p>text</span>\n</div>")
        let diagnostic = try #require(document.diagnostics.first)
        #expect(document.diagnostics.count == 1)
        #expect(diagnostic.kind == .markup)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "Unexpected end tag : span")
        #expect([diagnostic.line, diagnostic.column] == [2, 10])
        #expect(diagnostic.location.byteOffset == 15)
    }

    @Test("Mismatched tags, a duplicate attribute and a misplaced doctype are each located")
    func severalProblems() throws {
        let html = "<body>\n<form><b>bold</form>\n<input name=a name=b>\n<!DOCTYPE html>\n</body>"
        let document = try HTMLTestSupport.parse(bytes: html)
        let found = document.diagnostics.map { "\($0.line):\($0.column) \($0.message)" }
        #expect(found.contains("2:14 Opening and ending tag mismatch: form and b"))
        #expect(found.contains { $0.hasPrefix("3:") && $0.hasSuffix("Attribute name redefined") })
        #expect(found.contains { $0.hasPrefix("4:") && $0.hasSuffix("Misplaced DOCTYPE declaration") })
        #expect(document.diagnostics.map(\.location) == document.diagnostics.map(\.location).sorted())
        let input = try #require(HTMLTestSupport.first("input", in: document))
        #expect(input.attribute("name") == "a")
    }

    @Test("HTML5 and custom elements unknown to libxml2 2.9 produce no diagnostics")
    func html5TagsAreNotProblems() throws {
        let html = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head>
            <body><header><nav><a href="/?a=1&b=2&copy=3">home</a></nav></header>
            <main><section><article><h1>x</h1><search><form><input name="q"></form></search></article></section>
            <dialog open><p>d</p></dialog><details><summary>s</summary>more</details>
            <template id="row"><tr><td><slot name="x"></slot></td></tr></template>
            <my-widget data-x="1"><x-inner>y</x-inner></my-widget>
            <picture><source srcset="a.webp"><img src="a.png" alt=""></picture>
            <video controls><track kind="captions" src="c.vtt"></video>
            <svg viewBox="0 0 10 10"><path d="M0 0"/><circle r="1"/><linearGradient id="g"/></svg>
            <math><mi>x</mi><mo>=</mo><mn>1</mn></math>
            <figure><figcaption>f</figcaption></figure><output>o</output><meter value="1"></meter>
            </main></body></html>
            """
        let document = try HTMLTestSupport.parse(bytes: html)
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics)")
    }

    @Test("Nothing is written to stderr, even for badly broken input")
    func nothingOnStandardError() throws {
        var pipeEnds: [Int32] = [0, 0]
        try #require(pipe(&pipeEnds) == 0)
        let savedStandardError = dup(2)
        dup2(pipeEnds[1], 2)
        var broken = "<html><body><<<>>></bogus-tag><p <a href=\"x>\n</b></i></table><![CDATA[x]]><!DOCTYPE>"
        broken += "<?php echo 1 ?><select><form><form></select>&#0;&#xD800;&#x110000;&bogus\u{1}\u{0B}"
        broken += String(repeating: "<div>", count: 300) + "</span>\u{FFFE}"
        let document = try HTMLTestSupport.parse(bytes: broken)
        fflush(nil)
        dup2(savedStandardError, 2)
        close(savedStandardError)
        close(pipeEnds[1])
        var captured: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while true {
            let count = read(pipeEnds[0], &buffer, buffer.count)
            if count <= 0 { break }
            captured += buffer[0..<count]
        }
        close(pipeEnds[0])
        let output = String(decoding: captured, as: UTF8.self)
        // Other tests run in parallel and write nothing to stderr either; look for libxml2's voice.
        #expect(!output.contains("parser error"))
        #expect(!output.contains("HTML parser"))
        #expect(!output.contains("bogus"))
        #expect(!document.diagnostics.isEmpty)
    }

    @Test("Diagnostics beyond the limit are counted in one final diagnostic")
    func diagnosticLimit() throws {
        let html = "<body>" + String(repeating: "</span>\n", count: 50)
        let document = try HTMLTestSupport.parse(bytes: html, options: HTMLParseOptions(maxDiagnostics: 10))
        #expect(document.diagnostics.count == 11)
        let last = try #require(document.diagnostics.last)
        #expect(last.kind == .diagnosticLimitReached)
        #expect(last.message == "40 more problems were found but not recorded (limit 10)")
        #expect(last.line == 11)
        #expect(document.diagnostics.dropLast().allSatisfy { $0.message == "Unexpected end tag : span" })
    }

    @Test("A diagnostic prints as file:line:column: severity: message")
    func description() throws {
        let document = try HTMLParser().parse(Array("<p>x</q>".utf8), file: "a.html")
        #expect(document.diagnostics.map(\.description) == ["a.html:1:5: error: Unexpected end tag : q"])
    }
}
