import Testing
@testable import MaskRules

@Suite struct TextScannerTests {
    let scanner = TextScanner.builtIn()

    @Test func locatesEachValueWithRuleLineColumnAndEnd() throws {
        let text = "ok\nsigned in as alice@example.com, call (415) 555-2671\n"
        let findings = scanner.findings(in: text, file: "app.log")
        #expect(findings.map(\.finding.checkID) == ["email", "phone"])
        let email = try #require(findings.first)
        #expect(email.finding.ruleID == "email.value")
        #expect(email.finding.category == .email)
        #expect(email.finding.severity == .error)
        #expect(email.finding.message == "Email address")
        #expect(email.finding.location == .source(SourceLocation(file: "app.log", line: 2, column: 14, byteOffset: 16), jsonPointer: nil))
        #expect(email.end == SourceLocation(file: "app.log", line: 2, column: 31, byteOffset: 33))
        #expect(email.finding.value?.redacted == "a****@e******.com")
        #expect(findings[1].finding.value?.unredactedValue == "+14155552671")
    }

    @Test func aDecodedValueSpansItsEscapesAndSaysHowItWasWritten() throws {
        let text = "GET /signup?email=alice%40example.com&step=2"
        let finding = try #require(scanner.findings(in: text, file: nil).first)
        #expect(finding.finding.message == "Email address in percent-encoded text")
        #expect(finding.finding.value?.unredactedValue == "alice@example.com")
        guard case .source(let start, _) = finding.finding.location else { Issue.record("not a source location"); return }
        #expect(start.file == nil)
        #expect(start.byteOffset == 18)
        #expect(finding.end?.byteOffset == 37)
    }

    @Test func jsonInputGetsPointersAndMemberNamesAreMarked() {
        let text = #"{"customer": {"email": "bob@example.org", "ssn": "536-22-8734"}, "bob.smith@example.com": 1}"#
        let findings = scanner.findings(in: text, file: "body.json")
        let pointers = findings.map { finding -> String? in
            if case .source(_, let pointer) = finding.finding.location { return pointer }
            return nil
        }
        #expect(pointers == ["/customer/email", "/customer/ssn", "/b********@e******.com"])
        #expect(findings.last?.finding.evidence == ["in a member name"])
    }

    @Test func oneValueFoundByTwoRulesOfItsCategoryIsOneFinding() {
        let findings = scanner.findings(in: #"{"iban": "DE89 3704 0044 0532 0130 00"}"#, file: nil)
        #expect(findings.map(\.finding.checkID) == ["iban"])
        #expect(findings.map(\.finding.ruleID) == ["payment.iban-value"])
    }

    @Test func keyedValuesAreFoundByTheirKeys() {
        let findings = scanner.findings(in: "POST /login user=bob&password=hunter2&first_name=Alice", file: nil)
        #expect(findings.map(\.finding.checkID) == ["keyed-value", "keyed-value"])
        #expect(findings.map(\.finding.category) == [.password, .name])
        #expect(findings.first?.finding.message == "Password or secret found by its key")
        #expect(findings.first?.finding.value?.redacted == "********")
    }

    @Test(arguments: [
        "request 550e8400-e29b-41d4-a716-446655440000 took 12 ms at 2024-05-17T10:22:31Z",
        "order 1234567812345678 total $1,299.00 version 1.2.3 zip 94105-1234",
        "ISBN 978-3-16-148410-0 at 37.7749,-122.4194 from 192.168.100.200 color #1a2b3c",
    ])
    func hardNegativesGiveNothing(text: String) {
        #expect(scanner.findings(in: text, file: nil).isEmpty)
    }

    @Test func theRuleSetDecidesWhatIsFound() throws {
        let builtIn = BundledDetectorRules.rules
        let withoutEmail = builtIn.filter { $0.detectorID != "email" }
        let memberCode = DetectorRule(
            header: RuleHeader(
                id: "password.member-code", description: "Member codes.", category: .password, level: .hidden,
                examples: RuleExamples(match: [], noMatch: []), location: SourceLocation(file: "custom/password.yaml", line: 3, column: 5)),
            detectorID: "keyed-value", options: ["keys": .strings(["member code"]), "category": .string("password")])
        let custom = try TextScanner(rules: withoutEmail + [memberCode],
                                     ruleSet: RuleSetReference(name: "custom", version: "1.0.0", contentHash: "0"))
        let text = "alice@example.com member_code=X7Q2"
        #expect(scanner.findings(in: text, file: nil).map(\.finding.ruleID) == ["email.value"])
        #expect(custom.findings(in: text, file: nil).map(\.finding.ruleID) == ["password.member-code"])
        #expect(custom.reportRules.last?.id == "password.member-code")
    }

    @Test func theBuiltInScannerHasTheBundledRuleSetsDetectorRules() throws {
        let loaded = try RuleSetLoader().load(BundledRuleSet.source)
        #expect(BundledDetectorRulesGenerator.swiftSource(ruleSet: scanner.ruleSet, rules: scanner.rules)
                == BundledDetectorRulesGenerator.swiftSource(for: loaded),
                "BundledDetectorRules is stale; run `make generate`")
        #expect(scanner.ruleSet == RuleSetReference(loaded))
    }

    @Test func reportRulesDescribeEachDetectorRuleWithHelp() throws {
        let rules = scanner.reportRules
        #expect(rules.map(\.id) == scanner.rules.map(\.header.id))
        let card = try #require(rules.first { $0.id == "payment.card-number-value" })
        #expect(card.name == "Payment Card Number Value")
        #expect(card.category == .payment)
        #expect(card.defaultSeverity == .error)
        #expect(card.help.contains("Detector `payment-card` (Payment Card Number):"))
        #expect(card.help.contains("masklint-default@"))
        #expect(card.definition?.file == "<built-in>/rules/payment.yaml")
    }
}

@Suite struct TextScannerPieceTests {
    /// A text well over one piece, with values at every distance from the piece edges, lines long and
    /// short, context words on the line before, and a 20 KB line that has to be cut.
    static let text: String = {
        let lines = [
            "user alice.smith@example.com signed in",
            "SSN:",
            "536221234 on file",
            #"{"payment":{"card":"4111 1111 1111 1111","iban":"DE89 3704 0044 0532 0130 00"},"note":"call +44 20 7946 0958"}"#,
            "GET /signup?email=bob%40example.org&first_name=Alice+Marie&password=s3cr%21t HTTP/1.1",
            #"{"body":"{\"phone\":\"(415) 555-2671\",\"ssn\":\"536-22-8734\"}"}"#,
            "<td>Name:</td><td>Carol Jones</td> order 1700000000000 v1.2.3",
        ]
        var text = ""
        var index = 0
        while text.utf8.count < 300_000 {
            text += lines[index % lines.count] + (index % 5 == 0 ? "" : String(repeating: " x", count: index % 37)) + "\n"
            index += 1
            if index == 900 {
                text += String(repeating: "word ", count: 4000) + "dora@example.net " + String(repeating: "word ", count: 4000) + "\n"
            }
        }
        return text
    }()

    @Test func piecesFindWhatOneCallOverTheWholeTextFinds() throws {
        let scanner = TextScanner.builtIn()
        let detectors = try BundledDetectorRules.rules.map { try BuiltInDetectors.make(id: $0.detectorID, options: $0.options) }
        let whole = ValueScanner(detectors: detectors).scan(Self.text)
        var copy = Self.text
        let pieces = copy.withUTF8 { scanner.detectedValues(in: $0) }
        #expect(Self.text.utf8.count > 4 * TextScanner.pieceSize)
        #expect(pieces.count == whole.count)
        #expect(pieces.map(\.byteRange) == whole.map(\.byteRange))
        #expect(pieces.map(\.detectorID) == whole.map(\.detectorID))
        #expect(pieces.map(\.value) == whole.map(\.value))
        #expect(whole.contains { $0.value == "dora@example.net" })
    }
}
