import Testing
@testable import MaskRules

/// The pieces the checks stand on: what the tracker sends of attributes, split fields, fix
/// suggestions, probe values and the detector pre-filter.
@Suite struct LintModelTests {
    private func element(_ html: String, _ tag: String) throws -> HTMLElement {
        let document = try HTMLParser().parse(html)
        return try #require(document.allElements.first { $0.localName == tag })
    }

    @Test func attributeTransmissionFollowsTheTracker() throws {
        let submit = try element(#"<input type="submit" value="Pay">"#, "input")
        let text = try element(#"<input value="x" autocomplete="email" onclick="f()">"#, "input")
        let link = try element(#"<a href="mailto:a@b.co" title="t">x</a>"#, "a")
        let image = try element(#"<img src="/a.png" alt="A">"#, "img")
        #expect(RecordedAttributes.transmission(of: "value", on: submit) == .verbatim)
        #expect(RecordedAttributes.transmission(of: "value", on: text) == .notSent)
        #expect(RecordedAttributes.transmission(of: "autocomplete", on: text) == .notSent)
        #expect(RecordedAttributes.transmission(of: "onclick", on: text) == .notSent)
        #expect(RecordedAttributes.transmission(of: "href", on: link) == .notSent)
        #expect(RecordedAttributes.transmission(of: "title", on: link) == .verbatim)
        #expect(RecordedAttributes.transmission(of: "src", on: image) == .whilePlain)
        #expect(RecordedAttributes.transmission(of: "alt", on: image) == .starredInPrivateMode)
        #expect(RecordedAttributes.isIgnoredElement(try element("<script>x</script>", "script")))
        #expect(!RecordedAttributes.isIgnoredElement(try element(#"<link rel="stylesheet" href="a.css">"#, "link")))
        #expect(RecordedAttributes.isIgnoredElement(try element(#"<link rel="icon" href="a.ico">"#, "link")))
    }

    @Test(arguments: [
        ("card_2", "card"), ("card-2", "card"), ("ssn3", "ssn"), ("phone[1]", "phone"), ("cc-number-12", "cc-number"),
    ])
    func numberedStems(_ name: String, _ stem: String) {
        #expect(SplitFieldInference.numberedStem(name) == stem)
    }

    @Test func namesWithoutANumberHaveNoStem() {
        #expect(SplitFieldInference.numberedStem("card") == nil)
        #expect(SplitFieldInference.numberedStem("42") == nil)
        #expect(SplitFieldInference.numberedStem(nil) == nil)
    }

    @Test func splitFieldsTakeTheFirstPartsCategory() throws {
        let html = """
            <label for="c1">Card number</label>
            <input id="c1" name="card_1"> <span>-</span> <input name="card_2"><input name="card_3">
            <input name="other_4">
            """
        let document = try LintTestSupport.linter().document(Array(html.utf8), file: nil)
        let categories = document.fields.map { $0.category?.rawValue ?? "-" }
        #expect(categories == ["payment", "payment", "payment", "-"])
        #expect(document.fields[1].evidence.first?.hasPrefix("continues input#c1[name=card_1] (") == true)
    }

    /// Every suggested attribute is recognised by the rule it names, and masks the field enough.
    @Test func fixSuggestionsHoldForTheBundledRuleSet() throws {
        let linter = try LintTestSupport.linter()
        let labels = [
            ("Email", "email.autocomplete-email"), ("Username", "email.autocomplete-username"), ("Full name", "name.autocomplete-full-name"),
            ("First name", "name.autocomplete-name-parts"), ("Card number", "payment.autocomplete-card-number"),
            ("Security code", "payment.autocomplete-security-code"), ("Expiry date", "payment.autocomplete-expiry"),
            ("Telephone", "phone.type-tel"), ("Password", "password.type-password"),
        ]
        for (label, rule) in labels {
            let document = try linter.document(Array("<label>\(label) <input name=\"f\"></label>".utf8), file: nil)
            let field = try #require(document.fields.first)
            let fix = FieldFixSuggester(model: linter.model).text(for: field, required: field.requiredLevel)
            #expect(fix.hasSuffix("(rule \(rule))"), "\(label): \(fix)")
        }
    }

    @Test func probeValuesBelongToTheirCategory() throws {
        let detectors = try PIIDetectors(ruleSet: LintTestSupport.bundledRuleSet)
        #expect(detectors.scan(CategoryProbeValues.values(for: .email)[0]).first?.category == .email)
        #expect(detectors.scan(CategoryProbeValues.values(for: .payment)[0]).first?.category == .payment)
        #expect(detectors.scan(CategoryProbeValues.values(for: .phone)[0]).first?.category == .phone)
        #expect(detectors.scan(CategoryProbeValues.values(for: .ssn)[0]).first?.category == .ssn)
    }

    /// The scan is skipped for text without a digit, `@`, `=`, `:`, `%` or `&`: every example value
    /// of every detector rule has one.
    @Test func detectorPrefilterAdmitsEveryMatchExample() {
        for rule in LintTestSupport.bundledRuleSet.categories.flatMap(\.detectors) {
            for example in rule.header.examples.match {
                #expect(PIIDetectors.mayHoldValue(example.text), "\(rule.header.id): example \(example.location)")
            }
        }
        #expect(!PIIDetectors.mayHoldValue("Signed in as Alice Example"))
    }

    @Test func textPositionsCountScalarsAndLines() {
        let start = SourceLocation(file: "f", line: 3, column: 10)
        #expect(TextPosition.location(of: 0, in: "abc", start: start) == SourceLocation(file: "f", line: 3, column: 10))
        #expect(TextPosition.location(of: 5, in: "éa\nxy", start: start) == SourceLocation(file: "f", line: 4, column: 2))
    }

    @Test func illustrativeEmailsInPlaceholders() throws {
        let detectors = try PIIDetectors(ruleSet: LintTestSupport.bundledRuleSet)
        let generic = try #require(detectors.scan("you@example.com").first)
        let person = try #require(detectors.scan("alice.smith@example.com").first)
        #expect(IllustrativeValues.isIllustrative(generic))
        #expect(!IllustrativeValues.isIllustrative(person))
    }

    @Test func editDistanceSuggestions() {
        #expect(EditDistance.distance("data-openreplay-hiden", "data-openreplay-hidden", limit: 3) == 1)
        #expect(EditDistance.distance("abc", "xyz123", limit: 2) == nil)
        #expect(EditDistance.nearest(to: "pii-in-txt", in: LintChecks.descriptions.map(\.id), limit: 3) == "pii-in-text")
    }

    @Test func lintIsDeterministicAcrossThreads() async throws {
        let html = try FormFixtures.marked("checkout.html").html
        let linter = try LintTestSupport.linter()
        let expected = try linter.lint(html: html).findings
        try await withThrowingTaskGroup(of: [Finding].self) { group in
            for _ in 0..<8 { group.addTask { try linter.lint(html: html).findings } }
            for try await findings in group { #expect(findings == expected) }
        }
    }
}
