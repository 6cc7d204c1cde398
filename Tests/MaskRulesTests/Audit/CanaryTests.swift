import Testing
@testable import MaskRules

/// Canary files, the canary matcher, and `canary-value`.
@Suite struct CanaryTests {
    static let set: CanarySet = {
        do {
            return try CanarySet(parsing: "# test canaries\n\nQuentin Canarybird\n  q.canarybird@example.net  \n628-555-0172\nQuentin Canarybird\n")
        } catch {
            fatalError("\(error)")
        }
    }()

    static func hits(_ text: String) -> [(canary: Int, form: String, text: String)] {
        let matcher = CanaryMatcher(set)
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            matcher.hits(in: buffer).map { ($0.canary, $0.form.rawValue, String(decoding: bytes[$0.range], as: UTF8.self)) }
        }
    }

    @Test func theFileSkipsCommentsBlanksAndRepeats() {
        #expect(Self.set.canaries.map(\.value.unredactedValue) == ["Quentin Canarybird", "q.canarybird@example.net", "628-555-0172"])
        #expect(Self.set.canaries.map(\.line) == [3, 4, 5])
    }

    @Test func shortCanariesAreRefused() {
        #expect(throws: CanaryFileError.self) { try CanarySet(parsing: "ok\n", file: "c.txt") }
        do {
            _ = try CanarySet(parsing: "abcd\nxy\n", file: "c.txt")
        } catch {
            #expect(error.location == SourceLocation(file: "c.txt", line: 2))
            #expect(!error.description.contains("xy"), "the error does not repeat the value")
        }
    }

    @Test func categoriesComeFromTheDetectors() {
        let categorized = Self.set.categorized(by: AuditTestSupport.configuration.scanner)
        #expect(categorized.canaries.map(\.value.category) == [nil, .email, .phone])
    }

    @Test(arguments: [
        ("Hi Quentin Canarybird!", "exact", "Quentin Canarybird"),
        ("HI QUENTIN CANARYBIRD", "case-folded", "QUENTIN CANARYBIRD"),
        ("name=Quentin+Canarybird&x=1", "form-encoded", "Quentin+Canarybird"),
        ("n=Quentin%20Canarybird", "percent-escaped", "Quentin%20Canarybird"),
        (#"{"m":"q.canarybird\u0040example.net"}"#, "json-escaped", #"q.canarybird\u0040example.net"#),
        ("q.canarybird&#64;example.net", "html-entity", "q.canarybird&#64;example.net"),
        ("cb: 6285550172.", "digits-only", "6285550172"),
        ("+1 (628) 555 0172", "digits-only", "628) 555 0172"),
        ("UXVlbnRpbiBDYW5hcnliaXJk", "base64", "UXVlbnRpbiBDYW5hcnliaXJk"),
    ])
    func everyFormIsFound(_ text: String, _ form: String, _ found: String) {
        let hits = Self.hits(text)
        #expect(hits.count == 1)
        #expect(hits.first?.form == form)
        #expect(hits.first?.text == found)
    }

    @Test func nearMissesAreNotCanaries() {
        #expect(Self.hits("Quentin Canary bird, 628-555-017, q.canarybird@example.com").isEmpty)
    }

    @Test func theCheckReportsEachChannelOnce() throws {
        let audit = AuditTestSupport.audit { page in
            page.text("quentin canarybird", in: page.element("P", in: 0))
            page.text("Quentin Canarybird", in: page.element("P", in: 0))
            page.append(.consoleLog(level: "log", value: "Quentin Canarybird"))
        }
        #expect(AuditTestSupport.summaries(audit) == ["canary-value console -", "canary-value dom-text -"])
        let finding = try #require(audit.findings.first)
        #expect(finding.evidence.contains("canary from line 2 of the canary file"))
        #expect(finding.evidence.contains("found case-folded"))
        #expect(finding.evidence.contains("occurs 2 times in the session"))
    }
}
