@testable import MaskRules

/// The recordings of `fixtures/limits/`, which the command-line tests of the resource limits audit:
/// written by the project's encoder, checked and rewritten by `LimitFixtureFilesTests`.
enum LimitFixtures {
    /// A field name on which a catastrophically backtracking rule pattern (`^(?:a+)+$`) gives up:
    /// a long run of `a` that the pattern cannot match because of the last character.
    static let hostileFieldName = String(repeating: "a", count: 40) + "!"

    /// Every fixture: its directory under `fixtures/limits/` and its files.
    static let all: [(name: String, files: [(name: String, bytes: [UInt8])])] = [
        ("hostile-field-name", [("dom.mobs", hostileFieldNameSession)]),
    ]

    /// A sign-up page whose one field is named `hostileFieldName` and has a value recorded plain (so
    /// that the auditor classifies the field by its name), stored as OpenReplay stores a session (v2
    /// file of tracker batches, uncompressed).
    static let hostileFieldNameSession: [UInt8] = {
        let start = AuditFixtures.start
        var page = PageBuilder([.timestamp(start), .setPageLocation(
            url: "https://shop.example/signup", referrer: "", navigationStart: start, title: "Sign up")])
        page.element("HEAD", in: 0)
        let body = page.element("BODY", in: 0)
        let form = page.element("FORM", in: body, [("id", "signup")])
        let field = page.element("INPUT", in: form, [("type", "text"), ("name", hostileFieldName)])
        page.append(.setInputValue(id: field, value: "blue", mask: 0))
        return AuditFixtures.storedBatches([page.messages], location: "https://shop.example/signup")
    }()
}
