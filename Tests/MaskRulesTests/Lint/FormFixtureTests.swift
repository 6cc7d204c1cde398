import Foundation
import Testing
@testable import MaskRules

/// `fixtures/forms/`: every page produces exactly its marked findings, every field is labelled,
/// and PII-field detection keeps its measured precision and recall.
@Suite struct FormFixtureTests {
    @Test func thereAreFixtures() {
        #expect(FormFixtures.names.count >= 15)
    }

    @Test(arguments: FormFixtures.names)
    func reportsExactlyTheMarkedFindings(_ name: String) throws {
        let marked = try FormFixtures.marked(name)
        let findings = try LintTestSupport.linter().lint(html: marked.html, file: name).findings
        let (missing, unexpected) = marked.differences(from: findings)
        #expect(missing.isEmpty, "expected but not reported: \(missing)")
        #expect(unexpected.isEmpty, "reported but not marked: \(unexpected) \(findings.map(\.message))")
    }

    @Test(arguments: FormFixtures.names)
    func everyRecordedFieldIsLabelled(_ name: String) throws {
        let marked = try FormFixtures.marked(name)
        let document = try LintTestSupport.linter().document(Array(marked.html.utf8), file: name)
        var quality = FieldDetectionQuality()
        quality.add(marked, fields: document.fields, file: name)
        #expect(quality.unlabelled.isEmpty, "fields without a pii: label: \(quality.unlabelled)")
        let fieldPositions = Set(document.fields.compactMap { field in
            field.element.sourceLocation.map { MarkedHTML.Position(line: $0.line ?? 0, column: $0.column ?? 0) }
        })
        let stray = marked.piiLabels.keys.filter { !fieldPositions.contains($0) }
        #expect(stray.isEmpty, "pii: labels that are not just before a field: \(stray.sorted())")
    }

    @Test func nonPIIFieldsProduceNoFinding() throws {
        let marked = try FormFixtures.marked("non-pii.html")
        #expect(try LintTestSupport.linter().lint(html: marked.html, file: "non-pii.html").findings.isEmpty)
        #expect(marked.piiLabels.values.allSatisfy { $0 == nil })
    }

    /// The figures in docs/checks.md are the measured ones (`ChecksDocumentationTests` rewrites the
    /// file); this test keeps them from falling below where they stand.
    @Test func fieldDetectionQualityDoesNotRegress() throws {
        let quality = try FormFixtures.measureFieldDetection()
        #expect(quality.unlabelled.isEmpty)
        #expect(quality.truePositives >= 88, "\(quality.summary)")
        #expect(quality.precision >= 0.95, "\(quality.summary): \(quality.errors)")
        #expect(quality.recall >= 0.95, "\(quality.summary): \(quality.errors)")
    }
}
