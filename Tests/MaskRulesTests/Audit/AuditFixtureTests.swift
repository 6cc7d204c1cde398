import Testing
@testable import MaskRules

/// Every fixture session audits to the verdict and findings it was built to give.
@Suite struct AuditFixtureTests {
    @Test(arguments: AuditFixtures.all)
    func fixtureGivesItsVerdictAndFindings(_ fixture: AuditFixture) {
        let audit = AuditTestSupport.audit(files: fixture.files, name: fixture.name)
        #expect(audit.verdict == fixture.verdict, "\(audit.unverifiedReasons)")
        #expect(AuditTestSupport.summaries(audit) == fixture.findings)
        if let code = fixture.faultCode {
            #expect(audit.faults.map(\.reason.code) == [code])
        } else {
            #expect(audit.faults.isEmpty)
        }
    }

    @Test func fixturesCoverEveryVerdictAndAtLeastTenSessions() {
        #expect(AuditFixtures.all.count >= 10)
        #expect(Set(AuditFixtures.all.map(\.verdict)) == Set(SessionVerdict.allCases))
        #expect(Set(AuditFixtures.all.map(\.name)).count == AuditFixtures.all.count)
    }

    /// Every channel issue 7 names has a planted leak in some fixture.
    @Test func plantedLeaksCoverEveryChannel() {
        let channels = Set(AuditFixtures.all.flatMap(\.findings).map { $0.split(separator: " ")[1] })
        let required: [StringChannel] = [
            .domText, .attribute, .attributeDictionary, .css, .selection, .clickLabel, .clickSelector, .pageURL, .referrer,
            .title, .batchURL, .console, .networkURL, .networkRequest, .networkResponse, .websocket, .state,
            .customEvent, .metadata, .exception, .userID, .anonymousID, .inputValue, .graphQL,
        ]
        for channel in required { #expect(channels.contains(Substring(channel.rawValue)), "no leak planted in \(channel)") }
    }
}
