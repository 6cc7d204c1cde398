import Testing
@testable import MaskRules

/// `obscured-text-not-masked`: text below an element the tracker must obscure or hide.
@Suite struct ObscuredTextCheckTests {
    static func text(_ data: String, container: [(String, String)] = [("data-openreplay-obscured", "")], tag: String = "SPAN",
                     configuration: AuditConfiguration = AuditTestSupport.configuration) -> SessionAudit {
        AuditTestSupport.audit(page: { page in
            let box = page.element("DIV", in: 0, container)
            page.text(data, in: page.element(tag, in: box))
        }, configuration: configuration)
    }

    @Test(arguments: ["*****", "**** ****\n\t**", "\u{2588}\u{2588}\u{2588} \u{2588}\u{2588}", "*\u{00A0}*\u{3000}*", "   "])
    func theTrackersMaskedFormsPass(_ data: String) {
        #expect(Self.text(data).findings.isEmpty)
    }

    @Test(arguments: ["Jane Roe", "****, ****", "00000", "*** x"])
    func anythingElseIsALeak(_ data: String) throws {
        let audit = Self.text(data)
        let finding = try #require(audit.findings.first)
        #expect(finding.checkID == "obscured-text-not-masked" && finding.severity == .error)
        #expect(AuditTestSupport.location(finding)?.nodePath == "html > div > span")
        #expect(finding.message.contains("obscured"))
    }

    @Test func hiddenContainersMustSendNoText() throws {
        let audit = Self.text("Jane Roe", container: [("data-openreplay-hidden", "")])
        #expect(audit.findings.first?.message.contains("hidden") == true)
    }

    @Test func styleTextAndPlainTextAreNotChecked() {
        #expect(Self.text(".a { color: red }", tag: "STYLE").findings.isEmpty, "the tracker never masks CSS")
        #expect(Self.text("Hello there", container: []).findings.isEmpty)
    }

    @Test func privateModeObscuresAllText() {
        let configuration = AuditTestSupport.makeConfiguration(options: TrackerPrivacyOptions(privateMode: true))
        #expect(!Self.text("Hello there", container: [], configuration: configuration).findings.isEmpty)
        #expect(Self.text("Hello there", container: [("data-openreplay-unmask", "")], tag: "P",
                          configuration: configuration).findings.count == 1,
                "unmask on the container does not reach the paragraph's text")
    }

    @Test func shadowTreesStartAgainAtPlain() {
        let audit = AuditTestSupport.audit { page in
            let host = page.element("DIV", in: 0, [("data-openreplay-obscured", "")])
            let shadow = page.root(on: host)
            page.text("Visible by design", in: page.element("P", in: shadow))
        }
        #expect(audit.findings.isEmpty)
    }

    @Test func anObscuredFrameMustNotBeCaptured() {
        let audit = AuditTestSupport.audit { page in
            let frame = page.element("IFRAME", in: 0, [("data-openreplay-obscured", "")])
            let document = page.root(on: frame)
            page.text("Balance 12", in: page.element("BODY", in: page.element("HTML", in: document)))
            let captured = page.element("IFRAME", in: 0, [("data-openreplay-obscured", ""), ("data-openreplay-capture", "")])
            let second = page.root(on: captured)
            page.text("Balance 13", in: page.element("BODY", in: page.element("HTML", in: second)))
        }
        #expect(AuditTestSupport.summaries(audit) == ["obscured-text-not-masked dom-text -"])
    }
}
