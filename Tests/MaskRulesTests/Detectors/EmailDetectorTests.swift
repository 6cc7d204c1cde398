import Testing
@testable import MaskRules

@Suite("Email detector")
struct EmailDetectorTests {
    let detector = EmailDetector()

    @Test("Real-world address shapes", arguments: [
        ("alice@example.com", "alice@example.com"),
        ("a@b.co", "a@b.co"),
        ("first.middle.last@example.com", "first.middle.last@example.com"),
        ("alice+newsletter@example.com", "alice+newsletter@example.com"),
        ("o-neil_99@sub.mail.example.org", "o-neil_99@sub.mail.example.org"),
        ("alice@example.photography", "alice@example.photography"),
        ("alice@xn--80ak6aa92e.com", "alice@xn--80ak6aa92e.com"),
        ("alice@example.xn--p1ai", "alice@example.xn--p1ai"),
        ("иван@пример.рф", "иван@пример.рф"),
        ("Alice@Example.COM", "Alice@example.com"),
        ("user@123.example.com", "user@123.example.com"),
        ("o'connor@example.ie", "o'connor@example.ie"),
    ])
    func shapes(_ text: String, _ value: String) {
        #expect(DetectorTestSupport.values(detector, "to: \(text), thanks") == [value])
    }

    @Test("Not addresses", arguments: [
        "git@github.com:org/repo.git",
        "git@bitbucket.org:team/project",
        "https://bob@example.com/path",
        "ftp://anon:guest@files.example.com/",
        "retina logo@2x.png and icon@3x.webp",
        "thumb@1.5x.jpeg",
        "background: url(hero@2x.avif)",
        "lodash@4.17.21",
        "react-dom@18.2.0",
        "core-js@3.30",
        ".alice.@example.com",
        "alice@example..com",
        "alice@-example.com",
        "alice@example-.com",
        "alice@example.123",
        "alice@example.c0m",
        "@mention",
        "a@b",
        "name@host_backup.com_",
    ])
    func notAddresses(_ text: String) {
        #expect(DetectorTestSupport.values(detector, text).isEmpty)
    }

    @Test("Punctuation around an address is not part of it")
    func punctuation() {
        #expect(DetectorTestSupport.values(detector, "(alice@example.com)") == ["alice@example.com"])
        #expect(DetectorTestSupport.values(detector, "<alice@example.com>;") == ["alice@example.com"])
        #expect(DetectorTestSupport.values(detector, "...alice@example.com...") == ["alice@example.com"])
        #expect(DetectorTestSupport.values(detector, "'alice@example.com'") == ["alice@example.com"])
        #expect(DetectorTestSupport.values(detector, "to:'alice@example.com'") == ["alice@example.com"])
        #expect(DetectorTestSupport.values(detector, "Mail: alice@example.com: sent") == ["alice@example.com"])
    }

    @Test("Escapes right before the local part are left out")
    func escapesBeforeLocalPart() {
        #expect(DetectorTestSupport.values(detector, "to=%20alice@example.com") == ["alice@example.com"])
        #expect(DetectorTestSupport.values(detector, #"line\nalice@example.com"#) == ["alice@example.com"])
        #expect(DetectorTestSupport.values(detector, #"\u003calice@example.com\u003e"#) == ["alice@example.com"])
        #expect(DetectorTestSupport.values(detector, "to=%2Balice@example.com") == ["alice@example.com"])
        #expect(DetectorTestSupport.values(detector, #"C:\Users\kim@example.com"#) == ["kim@example.com"])
    }

    @Test("Several addresses in one text, byte ranges after non-ASCII text")
    func several() throws {
        let text = "Grüße — jürgen@example.de, 東京 hanako@example.jp"
        let found = detector.values(in: text)
        #expect(found.map(\.value) == ["jürgen@example.de", "hanako@example.jp"])
        #expect(found.map { DetectorTestSupport.span($0, in: text) } == ["jürgen@example.de", "hanako@example.jp"])
        let first = try #require(found.first)
        #expect(first.byteRange == 12..<30)
        #expect(first.encoding == .plain)
        #expect(first.category == .email)
    }

    @Test("An overlong local part is not an address")
    func overlongLocalPart() {
        let local = String(repeating: "a", count: 65)
        #expect(DetectorTestSupport.values(detector, "\(local)@example.com").isEmpty)
        let fits = String(repeating: "a", count: 64)
        #expect(DetectorTestSupport.values(detector, "\(fits)@example.com") == ["\(fits)@example.com"])
    }
}
