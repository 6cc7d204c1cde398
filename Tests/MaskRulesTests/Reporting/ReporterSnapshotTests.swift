import Foundation
import Testing
@testable import MaskRules

/// Every format's output for `ReportFixtures.report`, compared with a golden file in `Snapshots/`.
/// `${VERSION}` stands for the masklint version. Run with `RECORD_SNAPSHOTS=1` to rewrite the golden
/// files after a deliberate change; recording fails the run, so that it is never left on.
@Suite struct ReporterSnapshotTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    @Test(arguments: [
        ("text.txt", ReportFormat.text, false, false),
        ("text-color.txt", .text, false, true),
        ("text-show-values.txt", .text, true, false),
        ("report.json", .json, false, false),
        ("report-show-values.json", .json, true, false),
        ("report.sarif", .sarif, false, false),
        ("github.txt", .github, false, false),
    ])
    func matchesTheGoldenFile(name: String, format: ReportFormat, showValues: Bool, color: Bool) throws {
        let output = format.reporter.render(ReportFixtures.report, options: ReportFixtures.options(showValues: showValues, color: color))
        try Self.assertSnapshot(output, named: name)
    }

    @Test func noFindingsIsASummaryInTextAndEmptyListsElsewhere() throws {
        let empty = FindingReport(command: "scan", findings: [], inputCount: 2)
        let options = ReportFixtures.options()
        #expect(ReportFormat.text.reporter.render(empty, options: options) == "masklint scan: no findings in 2 inputs\n")
        #expect(ReportFormat.github.reporter.render(empty, options: options).isEmpty)
        let sarif = try JSONSerialization.jsonObject(with: Data(ReportFormat.sarif.reporter.render(empty, options: options).utf8)) as? [String: Any]
        let run = try #require((sarif?["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
    }

    static func assertSnapshot(_ output: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let normalized = output.replacingOccurrences(of: MaskRulesVersion.current, with: "${VERSION}")
        let url = snapshots.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: snapshots, withIntermediateDirectories: true)
            try Data(normalized.utf8).write(to: url)
            Issue.record("recorded \(name); run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(normalized == expected, "\(name) differs from its golden file; RECORD_SNAPSHOTS=1 re-records it",
                sourceLocation: sourceLocation)
    }
}
