import Testing
@testable import MaskRules

@Suite struct FieldClassifierTests {
    static let classifier = FieldClassifier(ruleSet: try! RuleSetLoader().load(directory: RepositoryPaths.rules.path))

    /// Classifies the element with id `target` in `html`.
    func classify(_ html: String, target: String = "f") throws -> FieldClassification? {
        let document = try HTMLParser().parse(html)
        let element = try #require(document.element(withID: target))
        let index = FieldClassifier.LabelIndex(document.allElements)
        return Self.classifier.classify(element, labels: index)?.classification
    }

    @Test(arguments: [
        (#"<input id=f type=email>"#, PIICategory.email, FieldEvidence.Strength.selector),
        (#"<input id=f autocomplete="shipping cc-number">"#, .payment, .selector),
        (#"<input id=f name="billing_email_2">"#, .email, .inputName),
        (#"<label for=f>Social Security Number</label><input id=f name="field_7">"#, .ssn, .label),
        (#"<label>Kartennummer <input id=f name=x></label>"#, .payment, .label),
        (#"<span id=l>Téléphone</span><input id=f aria-labelledby=l>"#, .phone, .label),
        (#"<table><tr><td>Card number</td><td><input id=f name=n1></td></tr></table>"#, .payment, .label),
        (#"<div contenteditable id=f aria-label="Your email address"></div>"#, .email, .label),
        (#"<input id=f type=password>"#, .password, .selector),
    ] as [(String, PIICategory, FieldEvidence.Strength)])
    func findsTheCategory(html: String, category: PIICategory, strength: FieldEvidence.Strength) throws {
        let classification = try #require(try classify(html))
        #expect(classification.category == category, "\(classification.evidence)")
        #expect(classification.evidence.first?.strength == strength)
        #expect(classification.requiredLevel >= .obscured)
    }

    @Test(arguments: [
        #"<input id=f name=coupon placeholder="Coupon code">"#,
        #"<input id=f type=number name=quantity aria-label="Quantity">"#,
        #"<input id=f type=search name=q placeholder="Search products">"#,
        #"<label for=f>Gift card number</label><input id=f name=gc>"#,
    ])
    func leavesNonPIIFieldsAlone(html: String) throws {
        let classification = try #require(try classify(html))
        #expect(classification.category == nil, "\(classification.evidence)")
        #expect(classification.requiredLevel == .plain)
    }

    @Test func ignoresElementsThatAreNotFields() throws {
        #expect(try classify(#"<div id=f class=email>alice</div>"#) == nil)
        #expect(try classify(#"<div id=f contenteditable=false>x</div>"#) == nil)
    }

    @Test func fieldKindsFollowTheTracker() throws {
        #expect(try classify(#"<input id=f type=ccnumber>"#)?.kind == .input)
        #expect(try classify(#"<input id=f type=hidden name=email>"#)?.kind == .unrecordedInput)
        #expect(try classify(#"<input id=f type=checkbox name=email_opt_in>"#)?.kind == .checkable)
        #expect(try classify(#"<select id=f></select>"#)?.kind == .select)
        #expect(FormFieldKind.unrecordedInput.recordsValue == false)
    }

    @Test func evidenceNamesTheTermNotTheWholeLabel() throws {
        let classification = try #require(try classify(#"<input id=f name=x placeholder="Email, e.g. alice@example.com">"#))
        #expect(classification.category == .email)
        #expect(!classification.evidence.description.contains("alice@example.com"))
        #expect(classification.evidence.contains { $0.detail.hasPrefix("placeholder mentions") })
    }

    @Test func labelsComeFromEverySource() throws {
        let html = """
            <span id=a>Alpha</span><label for=f>For</label>
            <label>Wrap <input id=f aria-labelledby=a aria-label=Aria placeholder=Place title=Title></label>
            """
        let document = try HTMLParser().parse(html)
        let element = try #require(document.element(withID: "f"))
        let labels = Self.classifier.labelTexts(of: element, labels: FieldClassifier.LabelIndex(document.allElements))
        #expect(labels.map(\.source) == [.labelFor, .enclosingLabel, .ariaLabelledBy, .ariaLabel, .placeholder, .title, .nearbyText])
        #expect(labels.first?.text == "For")
    }
}
