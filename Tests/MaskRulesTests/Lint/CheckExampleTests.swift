import Testing
@testable import MaskRules

/// Every check's own examples: triggering examples produce exactly their marked findings of that
/// check, non-triggering examples none.
@Suite struct CheckExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let checkID: String
        let example: CheckExample
        let triggering: Bool
        let number: Int
        var testDescription: String { "\(checkID) \(triggering ? "triggering" : "non-triggering") #\(number)" }
    }

    static let cases: [Case] = LintChecks.descriptions.flatMap { description in
        description.triggeringExamples.enumerated().map { Case(checkID: description.id, example: $1, triggering: true, number: $0 + 1) }
            + description.nonTriggeringExamples.enumerated().map {
                Case(checkID: description.id, example: $1, triggering: false, number: $0 + 1)
            }
    }

    @Test(arguments: cases)
    func example(_ testCase: Case) throws {
        let marked = MarkedHTML(testCase.example.html, defaultCheckID: testCase.checkID)
        let findings = try LintTestSupport.linter(for: testCase.example).lint(html: marked.html, file: "example.html").findings
        let ofCheck = findings.filter { $0.checkID == testCase.checkID }
        let expected = marked.expected.filter { $0.checkID == testCase.checkID }
        if testCase.triggering {
            #expect(!expected.isEmpty, "a triggering example must mark a finding")
        } else {
            #expect(marked.expected.isEmpty, "a non-triggering example has no markers")
        }
        #expect(MarkedHTML.actual(ofCheck) == expected, "\(ofCheck.map(\.message))")
    }

    @Test func everyCheckHasExamplesOfBothKinds() {
        for description in LintChecks.descriptions {
            #expect(!description.triggeringExamples.isEmpty, "\(description.id)")
            #expect(!description.nonTriggeringExamples.isEmpty, "\(description.id)")
        }
    }
}
