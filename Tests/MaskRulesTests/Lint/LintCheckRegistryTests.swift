import Foundation
import Testing
@testable import MaskRules

/// `LintChecks.all` lists every check file, and the descriptions are well-formed.
@Suite struct LintCheckRegistryTests {
    @Test func everyCheckFileIsRegistered() throws {
        let directory = RepositoryPaths.root.appendingPathComponent("Sources/MaskRules/Lint/Checks")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(6)) }.sorted()
        let registered = LintChecks.all.map { String(describing: $0) }.sorted()
        #expect(files == registered)
    }

    @Test func idsAreUniqueKebabCase() {
        var seen: Set<String> = []
        for description in LintChecks.descriptions {
            for id in [description.id] + description.deprecatedIDs {
                #expect(seen.insert(id).inserted, "duplicate id \(id)")
                #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } && !id.hasPrefix("-") && !id.hasSuffix("-"), "\(id)")
            }
        }
    }

    @Test(arguments: LintChecks.descriptions.map(\.id))
    func descriptionIsComplete(_ id: String) throws {
        let description = try #require(LintChecks.description(id: id))
        let minorWords: Set<Substring> = ["a", "an", "and", "in", "of", "on", "or", "the", "to"]
        #expect(description.name.split(separator: " ").allSatisfy { $0.first?.isUppercase == true || minorWords.contains($0) })
        #expect(description.name.first?.isUppercase == true)
        #expect(description.summary.hasSuffix("."))
        #expect(!description.summary.contains("\n"))
        #expect(description.rationale.count > 200)
    }

    @Test func canonicalIDsResolveDeprecatedIDs() {
        for description in LintChecks.descriptions {
            #expect(LintChecks.canonicalIDs[description.id] == description.id)
            for old in description.deprecatedIDs { #expect(LintChecks.canonicalIDs[old] == description.id) }
        }
        #expect(LintChecks.description(id: "no-such-check") == nil)
    }
}
