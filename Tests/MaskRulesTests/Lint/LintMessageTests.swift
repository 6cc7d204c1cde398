import Testing
@testable import MaskRules

/// The exact text of each finding, as people read it: message, fix and evidence.
@Suite struct LintMessageTests {
    private func only(_ html: String, check: String, _ configuration: LintConfiguration = LintConfiguration()) throws -> Finding {
        let findings = try LintTestSupport.lint(html, configuration).filter { $0.checkID == check }
        return try #require(findings.count == 1 ? findings.first : nil, "\(findings.map(\.message))")
    }

    @Test func unmaskedFieldNamesCategoryEvidenceLevelAndFix() throws {
        let finding = try only(#"<label for="who">Full name</label><input id="who" name="f1">"#, check: "unmasked-pii-field")
        #expect(finding.message == "Name field input#who[name=f1] is recorded plain (its value is sent as typed); the rule set requires obscured")
        #expect(finding.evidence.contains(#"label[for] mentions "name" (name.full-name-label)"#))
        #expect(finding.fix == #"add data-openreplay-obscured to the field, or autocomplete="name" (rule name.autocomplete-full-name)"#)
        #expect(finding.category == .name)
        #expect(finding.ruleID == "name.full-name-label")
        #expect(finding.severity == .error)
        #expect(finding.location == .source(SourceLocation(file: "test.html", line: 1, column: 35, byteOffset: 34)))
    }

    @Test func editableRegionMessage() throws {
        let finding = try only(#"<div contenteditable aria-label="Full name"></div>"#, check: "unmasked-pii-field")
        #expect(finding.message == "Name region div is recorded plain (typed text is sent as page text); the rule set requires obscured")
        #expect(finding.fix == "add data-openreplay-obscured to the region")
    }

    @Test func weaklyMaskedMessage() throws {
        let finding = try only(#"<label>Social Security number <input name="f7"></label>"#, check: "weakly-masked-pii-field")
        #expect(finding.message == "SSN field input[name=f7] is only obscured (its length is sent); the rule set requires hidden")
        #expect(finding.fix == "add data-openreplay-hidden to the field")
        #expect(finding.severity == .warning)
    }

    @Test func attributeMessageRedactsTheValue() throws {
        let finding = try only(#"<span title="alice.smith@example.com">Account</span>"#, check: "pii-in-attribute")
        #expect(finding.message == "`title` of span holds an email address, and OpenReplay sends title as written, even on obscured and hidden elements")
        #expect(finding.value?.redacted == "a**********@e******.com")
        #expect(finding.fix == "keep the value out of `title`; data-openreplay-* attributes do not mask attributes")
        #expect(!finding.message.contains("alice"))
    }

    @Test func textMessageExplainsTheEmailOption() throws {
        let finding = try only("<p>Signed in as alice@example.com</p>", check: "pii-in-text")
        #expect(finding.message == "text in p holds an email address that OpenReplay would record as written "
            + "(obscureTextEmails masks only a text node that is nothing but an address with a 2–3 letter top-level domain)")
        #expect(finding.fix == "add data-openreplay-obscured to p or a container, or keep the value out of the page")
        #expect(finding.location == .source(SourceLocation(file: "test.html", line: 1, column: 17)))
    }

    @Test func textLocationPointsAtTheValueOnLaterLines() throws {
        let finding = try only("<p>\n  Call\n  us: +1 415 555 0132</p>", check: "pii-in-text")
        #expect(finding.location == .source(SourceLocation(file: "test.html", line: 3, column: 7)))
    }

    @Test func unknownAttributeSuggestsTheMeantOne() throws {
        let finding = try only("<div data-openreplay-hiden></div>", check: "unknown-openreplay-attribute")
        #expect(finding.message == "data-openreplay-hiden on div is not an attribute OpenReplay reads, so it masks nothing. Did you mean data-openreplay-hidden?")
        #expect(finding.fix == "rename it to data-openreplay-hidden")
    }

    @Test func ineffectiveUnmaskNamesTheBlockingAncestor() throws {
        let finding = try only(
            #"<main id="app"><p data-openreplay-unmask>Status</p></main>"#, check: "ineffective-unmask",
            LintConfiguration(privateMode: true))
        #expect(finding.message == "data-openreplay-unmask on p has no effect: its ancestor main#app lacks data-openreplay-unmask, and the element inherits Obscured from it")
    }

    @Test func invalidSuppressionListsEveryProblem() throws {
        let finding = try only("<!-- masklint-disable-next-line pii-in-txt -->\n<p>x</p>", check: "invalid-suppression")
        #expect(finding.message == "this suppression suppresses nothing: there is no check pii-in-txt (did you mean pii-in-text?); it gives no reason")
    }

    @Test func noMessageCarriesARawValue() throws {
        let html = """
            <title>alice@example.com</title>
            <p>Card 4111 1111 1111 1111 of alice@example.com, SSN 536-22-8734</p>
            <span title="+1 415 555 0132" data-x="bob@example.org"></span>
            <label>Email <input type="email" value="carol@example.net"></label>
            """
        let findings = try LintTestSupport.lint(html)
        #expect(findings.count >= 6)
        for finding in findings {
            let text = ([finding.message, finding.fix ?? ""] + finding.evidence).joined(separator: " ")
            for raw in ["alice", "4111 1111 1111 1111", "536-22-8734", "415 555 0132", "bob@", "carol"] {
                #expect(!text.contains(raw), "\(finding.checkID): \(text)")
            }
        }
    }
}
