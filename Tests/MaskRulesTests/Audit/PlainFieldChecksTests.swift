import Testing
@testable import MaskRules

/// `plain-pii-field` and `plain-input-value`: values recorded without a mask, judged by the field.
@Suite struct PlainFieldChecksTests {
    static func plainValue(field attributes: [(String, String)], label: String? = nil, value: String = "Alice Smith",
                           mask: Int64 = 0, container: [(String, String)] = []) -> SessionAudit {
        AuditTestSupport.audit { page in
            let body = page.element("BODY", in: 0)
            let box = page.element("DIV", in: body, container)
            if let label {
                let element = page.element("LABEL", in: box, [("for", "f")])
                page.text(label, in: element)
            }
            let field = page.element("INPUT", in: box, [("id", "f")] + attributes)
            page.append(.setInputValue(id: field, value: value, mask: mask))
        }
    }

    @Test func aFieldLabelledWithPIIIsALeak() throws {
        let audit = Self.plainValue(field: [("name", "x1")], label: "Mobile phone", value: "415")
        let finding = try #require(audit.findings.first)
        #expect(audit.findings.count == 1)
        #expect(finding.checkID == "plain-pii-field" && finding.severity == .error && finding.category == .phone)
        #expect(finding.evidence.contains { $0.contains("label[for] mentions") })
        let location = try #require(AuditTestSupport.location(finding))
        #expect(location.channel == "input-value" && location.messageType == "SetInputValue")
        #expect(location.nodePath == "input#f")
        #expect(audit.verdict == .leaks)
    }

    @Test func aFieldTheTrackerMustObscureIsALeakWithoutACategory() throws {
        let audit = Self.plainValue(field: [("name", "nickname")], container: [("data-openreplay-obscured", "")])
        let finding = try #require(audit.findings.first)
        #expect(finding.checkID == "plain-pii-field" && finding.category == nil)
        #expect(finding.evidence.contains("masking level obscured under the rule set and tracker options"))
    }

    @Test func maskedValuesAreNotFindings() {
        #expect(Self.plainValue(field: [("type", "email")], value: "", mask: 19).findings.isEmpty)
        #expect(Self.plainValue(field: [("type", "password")], value: "", mask: -1).findings.isEmpty)
        #expect(Self.plainValue(field: [("type", "email")], value: "", mask: 0).findings.isEmpty, "an empty value")
    }

    @Test func keystrokesMakeOneFindingWithTheLongestValue() throws {
        let audit = AuditTestSupport.audit { page in
            let field = page.element("INPUT", in: 0, [("autocomplete", "email")])
            for value in ["a", "al", "alice@mail.example", "alice@mail"] { page.append(.setInputValue(id: field, value: value, mask: 0)) }
        }
        let finding = try #require(audit.findings.first { $0.checkID == "plain-pii-field" })
        #expect(finding.value?.unredactedValue == "alice@mail.example")
        #expect(finding.evidence.contains("occurs 4 times in the session"))
    }

    @Test func inputChangeNotMarkedMaskedIsChecked() throws {
        let audit = AuditTestSupport.audit { page in
            let field = page.element("INPUT", in: 0, [("autocomplete", "cc-number")])
            page.append(.inputChange(id: field, value: "4242", valueMasked: false, label: "#card"))
            page.append(.inputChange(id: field, value: "", valueMasked: true, label: "#card"))
        }
        #expect(AuditTestSupport.summaries(audit) == ["plain-pii-field input-value payment"])
    }

    @Test func otherFieldsAreNotes() throws {
        let audit = Self.plainValue(field: [("type", "search"), ("name", "q")], value: "running shoes")
        let finding = try #require(audit.findings.first)
        #expect(finding.checkID == "plain-input-value" && finding.severity == .note)
        #expect(audit.verdict == .clean, "a note does not make a session leak")
    }

    @Test func aValueForANodeThePageDoesNotHaveIsANote() {
        let audit = AuditTestSupport.audit([.createDocument, .setInputValue(id: 41, value: "hello", mask: 0)])
        #expect(AuditTestSupport.summaries(audit) == ["plain-input-value input-value -"])
        #expect(AuditTestSupport.location(audit.findings[0])?.nodePath == nil)
    }
}
