import Foundation
import Testing
@testable import MaskRules

/// Files committed to the repository that are derived from `rules/`: each test fails when its file
/// is stale, and rewrites it when run with `UPDATE_GENERATED=1` (`make generate`).
@Suite(.serialized) struct GeneratedFilesTests {
    @Test func builtInRuleSetMatchesTheRulesDirectory() throws {
        let generated = try BundledRuleSetGenerator.swiftSource(forDirectory: RepositoryPaths.rules.path)
        try compareOrUpdate(generated, path: "Sources/MaskRules/Rules/BundledRuleSet.swift")
        #expect(BundledRuleSet.files == (try BundledRuleSetGenerator.files(inDirectory: RepositoryPaths.rules.path)),
                "the compiled-in rule set differs from rules/; run `make generate` and rebuild")
    }

    @Test func ruleCatalogueIsCurrent() throws {
        let set = try RuleSetLoader().load(directory: RepositoryPaths.rules.path)
        try compareOrUpdate(RuleCatalog.markdown(for: set), path: "docs/rules.md")
    }

    private func compareOrUpdate(_ expected: String, path: String) throws {
        let url = RepositoryPaths.root.appendingPathComponent(path)
        if RepositoryPaths.updatingGeneratedFiles {
            try Data(expected.utf8).write(to: url)
            return
        }
        let current = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(current == expected, "\(path) is stale; run `make generate`")
    }
}
