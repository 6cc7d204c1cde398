import Foundation
import Testing
@testable import MaskRules

/// Every check in `Sources/MaskRules/Audit/Checks/` is registered and describes itself.
@Suite struct SessionChecksRegistryTests {
    @Test func everyCheckFileIsRegistered() throws {
        let directory = RepositoryPaths.root.appendingPathComponent("Sources/MaskRules/Audit/Checks")
        var declared: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".swift") {
            let source = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            for line in source.split(separator: "\n") where line.hasPrefix("struct ") && line.contains(": SessionCheck {") {
                declared.append(String(line.dropFirst("struct ".count).prefix { $0 != ":" }))
            }
        }
        let registered = SessionChecks.all.map { String(describing: $0) }
        #expect(declared.sorted() == registered.sorted())
    }

    @Test func descriptionsAreComplete() {
        let descriptions = SessionChecks.descriptions
        #expect(Set(descriptions.map(\.id)).count == descriptions.count)
        for description in descriptions {
            #expect(description.id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(description.id) is kebab-case")
            #expect(!description.name.isEmpty && description.summary.hasSuffix(".") && description.rationale.count > 80)
        }
        #expect(descriptions.filter { $0.severity == .note }.map(\.id) == ["plain-input-value"])
    }
}
