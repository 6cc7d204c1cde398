import Testing
@testable import MaskRules

/// `user-id-is-pii` and `pii-in-identity`: what the application says about its user.
@Suite struct IdentityChecksTests {
    static func audit(_ messages: [EncodedMessage]) -> SessionAudit {
        AuditTestSupport.audit([.createDocument] + messages)
    }

    @Test(arguments: ["jane.roe@example.com", " Jane.Roe@Example.com ", "+14155552671", "(415) 555-2671"])
    func aUserIDThatIsAnEmailOrPhoneIsALeak(_ id: String) throws {
        let audit = Self.audit([.userID(id)])
        #expect(audit.findings.map(\.checkID) == ["user-id-is-pii"])
        #expect(AuditTestSupport.location(audit.findings[0])?.channel == "user-id")
    }

    @Test(arguments: ["u_8f3a2c", "1029384756", "5f0c6a2e-9d1b-4c8e-8a77-2f4b1d9e0c11", ""])
    func anInternalIDIsFine(_ id: String) {
        #expect(Self.audit([.userID(id)]).findings.isEmpty)
    }

    @Test func aUserIDHoldingAnEmailAmongOtherTextIsPIIInIdentity() {
        let audit = Self.audit([.userID("customer jane.roe@example.com")])
        #expect(AuditTestSupport.summaries(audit) == ["pii-in-identity user-id email"])
    }

    @Test func anonymousIDsAndMetadataAreScanned() {
        let audit = Self.audit([
            .userAnonymousID("device of jane.roe@example.com"),
            .metadata(key: "last_name", value: "Roe"),
            .metadata(key: "contact", value: "(415) 555-2671"),
            .metadata(key: "plan", value: "gold"),
        ])
        #expect(AuditTestSupport.summaries(audit) == [
            "pii-in-identity anonymous-id email", "pii-in-identity metadata name", "pii-in-identity metadata phone",
        ])
        #expect(audit.findings.contains { $0.evidence.contains("field Metadata.Key=Value") })
    }
}
