import Foundation
import Testing
@testable import MaskRules

/// The table of `docs/limits.md` is what `ResourceLimitCatalog` generates; `UPDATE_GENERATED=1`
/// rewrites it. Every limit has a row, its default and its effect.
@Suite struct LimitDocumentationTests {
    static let path = RepositoryPaths.root.appendingPathComponent("docs/limits.md")

    @Test func limitsDocumentationIsCurrent() throws {
        let text = try String(contentsOf: Self.path, encoding: .utf8)
        let begin = try #require(text.range(of: ResourceLimitCatalog.beginMarker), "docs/limits.md lacks the begin marker")
        let end = try #require(text.range(of: ResourceLimitCatalog.endMarker, range: begin.upperBound..<text.endIndex))
        let expected = "\n" + ResourceLimitCatalog.markdownTable() + "\n"
        if RepositoryPaths.updatingGeneratedFiles {
            try text.replacingCharacters(in: begin.upperBound..<end.lowerBound, with: expected)
                .write(to: Self.path, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(text[begin.upperBound..<end.lowerBound]) == expected, "docs/limits.md is stale; run `make generate`")
    }

    @Test(arguments: ResourceLimit.allCases)
    func everyLimitHasARow(limit: ResourceLimit) {
        let table = ResourceLimitCatalog.markdownTable()
        #expect(table.contains("| `--\(limit.key)` | \(limit.commands.joined(separator: ", ")) | \(limit.format(limit.defaultValue)) |"))
    }

    @Test(arguments: ResourceLimit.allCases)
    func everyDefaultParsesBackAndIsWithinItsCeiling(limit: ResourceLimit) throws {
        #expect(try limit.parse(limit.format(limit.defaultValue)).get() == limit.defaultValue)
        #expect(limit.defaultValue <= limit.ceiling)
        var limits = ResourceLimits.standard
        limits[limit] = 12_345 << 10
        #expect(limits[limit] == min(12_345 << 10, limit.ceiling), "setting a limit reaches the structure the reader takes")
    }

    @Test func sizesParseWithSuffixes() {
        #expect(ByteSize.parse("64M") == 64 << 20)
        #expect(ByteSize.parse("1g") == 1 << 30)
        #expect(ByteSize.parse("16KiB") == 16 << 10)
        #expect(ByteSize.parse("100") == 100)
        #expect(ByteSize.parse("0") == nil)
        #expect(ByteSize.parse("-1K") == nil)
        #expect(ByteSize.parse("lots") == nil)
        #expect(ByteSize.parse("99999999999999999999G") == nil)
        #expect(ByteSize.format(16_777_215) == "16777215")
        #expect(ByteSize.format(4 << 20) == "4M")
    }
}
