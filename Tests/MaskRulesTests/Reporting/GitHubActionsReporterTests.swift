import Testing
@testable import MaskRules

@Suite struct GitHubActionsReporterTests {
    @Test func escapesDataAndProperties() {
        #expect(GitHubActionsReporter.escapeData("100% done\r\nnext") == "100%25 done%0D%0Anext")
        #expect(GitHubActionsReporter.escapeProperty("a:b,c%") == "a%3Ab%2Cc%25")
    }

    @Test func makesPathsUnderTheBaseDirectoryRelative() {
        let output = GitHubActionsReporter().render(ReportFixtures.report, options: ReportFixtures.options())
        #expect(output.contains("::error file=requests/body.json,line=1,col=30,endLine=1,endColumn=57,"))
        #expect(!output.contains("/repo/"))
    }

    @Test func mapsSeveritiesToCommands() {
        let lines = GitHubActionsReporter().render(ReportFixtures.report, options: ReportFixtures.options())
            .split(separator: "\n").map { $0.prefix(while: { $0 != " " }) }
        #expect(lines == ["::error", "::error", "::error", "::warning", "::notice", "::error", "::error"])
    }
}
