import Testing
@testable import MaskRules

@Suite struct SemanticVersionTests {
    @Test(arguments: ["1.0.0", "0.1.2", "10.20.30", "1.0.0-alpha.1", "1.0.0+build.5", "1.0.0-rc.1+sha.abc"])
    func parsesValidVersions(text: String) throws {
        #expect(try #require(SemanticVersion(text)).description == text)
    }

    @Test(arguments: ["1.0", "1.0.0.0", "01.0.0", "1.0.0-", "1.0.0-01", "v1.0.0", "1.a.0", ""])
    func rejectsInvalidVersions(text: String) {
        #expect(SemanticVersion(text) == nil)
    }

    @Test func ordersAsSemverSays() throws {
        let ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                       "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0"].map { SemanticVersion($0)! }
        #expect(ordered == ordered.sorted())
        #expect(SemanticVersion("1.0.0+a") == SemanticVersion("1.0.0+b"))
    }
}
