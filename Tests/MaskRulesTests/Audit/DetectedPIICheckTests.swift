import Testing
@testable import MaskRules

/// `pii-in-recording`: detected values in every string a recording carries.
@Suite struct DetectedPIICheckTests {
    @Test func valuesInTextAreReportedWithTheirElementsPath() throws {
        let audit = AuditTestSupport.audit { page in
            let main = page.element("MAIN", in: 0, [("id", "content")])
            page.text("Write to jane.roe@example.com today", in: page.element("P", in: main))
        }
        let finding = try #require(audit.findings.first)
        #expect(finding.checkID == "pii-in-recording" && finding.category == .email && finding.ruleID == "email.value")
        #expect(finding.value?.unredactedValue == "jane.roe@example.com")
        #expect(finding.value?.redacted == "j*******@e******.com")
        #expect(!finding.message.contains("jane"), "messages never carry the value")
        let location = try #require(AuditTestSupport.location(finding))
        #expect(location.channel == "dom-text" && location.messageType == "SetNodeData" && location.nodePath == "main#content > p")
        #expect(location.timestamp == 1_700_000_000_000 && location.file == "dom.mobs" && location.byteOffset != nil)
    }

    /// Strings are scanned in batches, after the messages that carry them; a removal in the same batch
    /// must not take the node path away: what is queued is scanned before the page frees the nodes.
    @Test func valuesKeepTheirPathWhenTheElementIsRemovedInTheSameBatch() throws {
        let audit = AuditTestSupport.audit { page in
            let main = page.element("MAIN", in: 0, [("id", "content")])
            let paragraph = page.element("P", in: main)
            page.text("Write to jane.roe@example.com today", in: paragraph)
            page.append(.removeNode(id: paragraph))
            page.text("Removed", in: page.element("P", in: main))
        }
        let finding = try #require(audit.findings.first)
        #expect(audit.findings.count == 1 && finding.category == .email)
        #expect(AuditTestSupport.location(finding)?.nodePath == "main#content > p")
    }

    @Test func aRepeatedValueIsOneFindingWithItsCount() throws {
        let audit = AuditTestSupport.audit { page in
            for _ in 0..<3 { page.text("Call (415) 555-2671", in: page.element("P", in: 0)) }
        }
        #expect(audit.findings.count == 1)
        #expect(audit.findings[0].evidence.contains("occurs 3 times in the session"))
    }

    @Test func dictionaryStringsAreReportedWhereTheyAreUsed() throws {
        let audit = AuditTestSupport.audit([
            .createDocument, .createElementNode(id: 1, parentID: 0, tag: "DIV"),
            .stringDictGlobal(key: 1, value: "title"), .stringDictGlobal(key: 2, value: "SSN 536-22-1234"),
            .stringDictGlobal(key: 3, value: "mail jane.roe@example.com"),
            .setNodeAttributeDictGlobal(id: 1, name: 1, value: 2),
        ])
        #expect(AuditTestSupport.summaries(audit) == ["pii-in-recording attribute ssn", "pii-in-recording attribute-dictionary email"])
        let used = try #require(audit.findings.first { $0.category == .ssn })
        #expect(AuditTestSupport.location(used)?.nodePath == "html > div")
        let unused = try #require(audit.findings.first { $0.category == .email })
        #expect(AuditTestSupport.location(unused)?.messageType == "StringDictGlobal")
    }

    @Test func clickSelectorsAreUnescapedFirst() throws {
        let audit = AuditTestSupport.audit { page in
            let button = page.element("BUTTON", in: 0)
            page.append(.mouseClick(id: button, label: "Buy", selector: #"[data-user="jane\.roe\@example\.com"]"#))
            page.append(.mouseClick(id: button, label: "Buy", selector: #"[data-mail="bob\2e smith\40 mail\2e example\2e org"]"#))
        }
        #expect(Set(audit.findings.compactMap { $0.value?.unredactedValue }) == ["jane.roe@example.com", "bob.smith@mail.example.org"])
        #expect(audit.findings.allSatisfy { AuditTestSupport.location($0)?.channel == "click-selector" })
        #expect(audit.findings[0].evidence.contains("field MouseClick.Selector (CSS-unescaped)"))
    }

    @Test func encodedValuesAreFound() throws {
        let audit = AuditTestSupport.audit([
            .createDocument,
            .setPageLocation(url: "https://a.example/?u=jane.roe%40example.com", referrer: "", title: "A"),
        ])
        let finding = try #require(audit.findings.first)
        #expect(finding.evidence.contains("decoded from percent"))
        #expect(AuditTestSupport.location(finding)?.channel == "page-url")
    }

    @Test func stringsAfterAPageLimitAreStillScanned() {
        var page = PageBuilder()
        for _ in 0..<5 { page.element("P", in: 0) }
        page.append(.consoleLog(level: "log", value: "SSN 536-22-1234"))
        let audit = AuditTestSupport.audit(page.messages, configuration: AuditTestSupport.makeConfiguration(
            rebuildLimits: RebuildLimits(maximumNodes: 3)))
        #expect(audit.verdict == .unverified)
        #expect(audit.rebuildFault?.reason == .tooManyNodes(limit: 3))
        #expect(AuditTestSupport.summaries(audit) == ["pii-in-recording console ssn"])
    }
}
