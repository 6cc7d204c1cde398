import Foundation
import Testing
@testable import MaskRules

/// `docs/checks.md` is what `CheckCatalog` generates, with the measured precision and recall of
/// PII-field detection; `UPDATE_GENERATED=1` rewrites it.
@Suite struct LintDocumentationTests {
    static let path = RepositoryPaths.root.appendingPathComponent("docs/checks.md")

    /// The quality paragraph, from a fresh measurement over `fixtures/forms/`.
    static func qualityParagraph() throws -> String {
        let quality = try FormFixtures.measureFieldDetection()
        let errors = quality.errors.map { "- `\($0)`" }.joined(separator: "\n")
        return """
            Measured over the \(FormFixtures.names.count) labelled pages of `fixtures/forms/` (every field whose value \
            the tracker records carries the category it really holds), with the bundled rule set: \
            **\(quality.summary)** over \(quality.fieldCount) fields, \(quality.piiFieldCount) of them with PII: \
            \(quality.truePositives) found with the right category, \(quality.falseNegatives) missed, and \
            \(quality.falsePositives) false positives (a wrong category would count as one of each). The \
            measurement is `FieldDetectionQuality`; the errors are:

            \(errors)
            """
    }

    @Test func checksDocumentationIsCurrent() throws {
        let expected = CheckCatalog.markdown(quality: try Self.qualityParagraph())
        if RepositoryPaths.updatingGeneratedFiles {
            try expected.write(to: Self.path, atomically: true, encoding: .utf8)
            return
        }
        let actual = try String(contentsOf: Self.path, encoding: .utf8)
        #expect(actual == expected, "docs/checks.md is stale; run `make generate`")
    }

    @Test func catalogueListsEveryCheck() {
        let markdown = CheckCatalog.markdown()
        for description in LintChecks.descriptions {
            #expect(markdown.contains("## \(description.name) (`\(description.id)`"))
        }
    }
}
