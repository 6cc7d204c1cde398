import Foundation
import Testing
@testable import MaskRules

/// `Sources/MaskRules/Scanning/BundledDetectorRules.swift` is derived from `rules/`: this fails when
/// it is stale and rewrites it with `UPDATE_GENERATED=1` (`make generate`, whose test filter
/// `GeneratedFilesTests` matches this suite's name).
@Suite struct ScanGeneratedFilesTests {
    @Test func builtInDetectorRulesMatchTheRulesDirectory() throws {
        let files = try BundledRuleSetGenerator.files(inDirectory: RepositoryPaths.rules.path)
        // Loaded as the built-in set is, so that rule locations read `<built-in>/rules/…`.
        let set = try RuleSetLoader().load(RuleSetSource(files: files, displayDirectory: BundledRuleSet.source.displayDirectory))
        let expected = BundledDetectorRulesGenerator.swiftSource(for: set)
        let url = RepositoryPaths.root.appendingPathComponent("Sources/MaskRules/Scanning/BundledDetectorRules.swift")
        if RepositoryPaths.updatingGeneratedFiles {
            try Data(expected.utf8).write(to: url)
            return
        }
        let current = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(current == expected, "Sources/MaskRules/Scanning/BundledDetectorRules.swift is stale; run `make generate`")
    }
}
