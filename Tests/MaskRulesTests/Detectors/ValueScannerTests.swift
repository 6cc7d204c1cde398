import Testing
@testable import MaskRules

@Suite("Value scanner: decoded views, spans and de-duplication")
struct ValueScannerTests {
    let scanner = ValueScanner(detectors: [
        EmailDetector(), PaymentCardDetector(), SSNDetector(), PhoneDetector(), IBANDetector(),
        KeyedValueDetector(keys: ["password", "first name"], category: .password),
    ])

    /// (detector, original span, value, encoding) of every finding.
    func findings(_ text: String, _ scanner: ValueScanner? = nil) -> [Found] {
        (scanner ?? self.scanner).scan(text).map {
            Found($0.detectorID, DetectorTestSupport.span($0, in: text), $0.value, $0.encoding)
        }
    }

    struct Found: Equatable, CustomStringConvertible {
        let detector: String, span: String, value: String, encoding: ValueEncoding
        init(_ detector: String, _ span: String, _ value: String, _ encoding: ValueEncoding) {
            self.detector = detector
            self.span = span
            self.value = value
            self.encoding = encoding
        }
        var description: String { "\(detector) \(span) → \(value) [\(encoding.rawValue)]" }
    }

    @Test("Percent-encoding, with exact original spans")
    func percent() {
        let text = "GET /u?e=alice%40example.com&p=%2B1%20415%20555%202671"
        #expect(findings(text) == [
            Found("email", "alice%40example.com", "alice@example.com", .percent),
            Found("phone", "%2B1%20415%20555%202671", "+14155552671", .percent),
        ])
        let found = scanner.scan(text)
        #expect(found.map(\.byteRange) == [9..<28, 31..<54])
    }

    @Test("Double percent-encoding")
    func doublePercent() {
        #expect(findings("next=%2Fu%3Fe%3Dalice%2540example.com") == [
            Found("email", "alice%2540example.com", "alice@example.com", .percent)
        ])
    }

    @Test("JSON escapes")
    func jsonEscape() {
        #expect(findings(#"{"m":"alice\u0040example.com"}"#) == [
            Found("email", #"alice\u0040example.com"#, "alice@example.com", .jsonEscape)
        ])
        #expect(findings(#"{"card":"4111\u00201111\u00201111\u00201111"}"#) == [
            Found("payment-card", #"4111\u00201111\u00201111\u00201111"#, "4111111111111111", .jsonEscape)
        ])
    }

    @Test("HTML character references")
    func htmlEntities() {
        #expect(findings("<p>alice&#64;example.com</p>") == [
            Found("email", "alice&#64;example.com", "alice@example.com", .htmlEntity)
        ])
        #expect(findings("<p>alice&#x40;example&period;com</p>") == [
            Found("email", "alice&#x40;example&period;com", "alice@example.com", .htmlEntity)
        ])
        #expect(findings("<p>alice&commat;example.com</p>") == [
            Found("email", "alice&commat;example.com", "alice@example.com", .htmlEntity)
        ])
        #expect(findings(#"<pre>{&quot;password&quot;:&quot;hunter2&quot;}</pre>"#) == [
            Found("keyed-value", "hunter2", "hunter2", .htmlEntity)
        ])
    }

    @Test("Form bodies: + for space")
    func formPlus() {
        #expect(findings("name=x&card=4111+1111+1111+1111&phone=415+555+2671") == [
            Found("payment-card", "4111+1111+1111+1111", "4111111111111111", .formPlus),
            Found("phone", "415+555+2671", "+14155552671", .formPlus),
        ])
        #expect(findings("ssn=536+22+1234&x=1") == [
            Found("ssn", "536+22+1234", "536-22-1234", .formPlus)
        ])
    }

    @Test("Base64, standard and URL-safe, mapped to whole four-byte groups")
    func base64() {
        // base64("email: alice@example.com") and the URL-safe form of a JWT payload.
        #expect(findings("token=ZW1haWw6IGFsaWNlQGV4YW1wbGUuY29t") == [
            Found("email", "IGFsaWNlQGV4YW1wbGUuY29t", "alice@example.com", .base64)
        ])
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMiLCJlbWFpbCI6ImJvYkBleGFtcGxlLm9yZyJ9.c2lnbmF0dXJl"
        #expect(findings("Authorization: Bearer \(jwt)") == [
            Found("email", "ImJvYkBleGFtcGxlLm9yZyJ9", "bob@example.org", .base64)
        ])
        // Standard alphabet with `+` and `/`, non-ASCII text inside.
        #expect(findings("data=bWFpbCB0byBqw7ZyZ0Biw7xjaGVyLmRlPz4+ end") == [
            Found("email", "byBqw7ZyZ0Biw7xjaGVyLmRl", "jörg@bücher.de", .base64)
        ])
    }

    @Test("Base64 runs that decode to binary, and words, are not decoded")
    func base64Noise() {
        #expect(scanner.views(of: "sha=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08").isEmpty)
        #expect(scanner.views(of: "internationalization counterrevolutionaries").isEmpty)
        #expect(scanner.views(of: "k=q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQ").isEmpty)
    }

    @Test("JSON in JSON in JSON")
    func nestedJSON() {
        let once = #"{"body":"{\"password\":\"hunter2\",\"email\":\"alice@example.com\"}"}"#
        #expect(findings(once).map(\.value) == ["hunter2", "alice@example.com"])
        let twice = #"{"event":"{\"body\":\"{\\\"password\\\":\\\"hunter\\\\\\\"2\\\"}\"}"}"#
        let found = findings(twice)
        #expect(found.map(\.value) == [#"hunter"2"#])
        #expect(found.map(\.span) == [#"hunter\\\\\\\"2"#])
        let email = #"{"a":"{\"b\":\"{\\\"m\\\":\\\"alice\\\\u0040example.com\\\"}\"}"}"#
        #expect(findings(email) == [Found("email", #"alice\\\\u0040example.com"#, "alice@example.com", .nestedJSON)])
    }

    @Test("The same value in several views is reported once, decoded")
    func deduplication() {
        // The plain view finds the escaped JSON member; the JSON view finds it again, same span.
        let text = #"{"data":"{\"password\":\"hunter2\"}"}"#
        #expect(findings(text) == [Found("keyed-value", "hunter2", "hunter2", .plain)])
        // The plain view finds the form value raw; the form view finds a shorter span: one finding.
        #expect(findings("first_name=Alice+Marie&x=1") == [Found("keyed-value", "Alice+Marie", "Alice Marie", .plain)])
        // The plain and the percent view both find the phone number: one finding.
        #expect(findings("a=%20x&tel=415-555-2671") == [Found("phone", "415-555-2671", "+14155552671", .plain)])
        // An escaped value found in the plain view as JSON and in the JSON view: the decoded one wins.
        let escaped = #"{"first_name":"J\u00fcrgen"}"#
        #expect(findings(escaped) == [Found("keyed-value", #"J\u00fcrgen"#, "Jürgen", .jsonEscape)])
    }

    @Test("Byte offsets after non-ASCII text, in decoded views")
    func nonASCIIOffsets() {
        let text = "Größe 🎉: e=j%C3%BCrgen%40b%C3%BCcher.de"
        let found = scanner.scan(text)
        #expect(found.map(\.value) == ["jürgen@bücher.de"])
        #expect(found.map(\.byteRange) == [16..<44])
        #expect(found.map { DetectorTestSupport.span($0, in: text) } == ["j%C3%BCrgen%40b%C3%BCcher.de"])
    }

    @Test("Plain text builds no views")
    func noViews() {
        #expect(scanner.views(of: "alice@example.com 4111 1111 1111 1111 50% off, A+ rating, a & b").isEmpty)
    }

    @Test("Only the lines holding escapes are decoded")
    func regions() {
        let text = String(repeating: "plain line without escapes\n", count: 100) + "e=alice%40example.com\n"
            + String(repeating: "more plain text\n", count: 100)
        let views = scanner.views(of: text)
        #expect(views.map(\.encoding) == [.percent])
        #expect(views.first.map { String(decoding: $0.bytes, as: UTF8.self) } == "e=alice@example.com\n")
        #expect(scanner.scan(text).map(\.byteRange) == [2702..<2721])
    }

    @Test("Views can be switched off")
    func encodingsOption() {
        let plainOnly = ValueScanner(detectors: [EmailDetector()], encodings: [.plain])
        #expect(plainOnly.scan("alice%40example.com alice&#64;example.com").isEmpty)
        let percentOnly = ValueScanner(detectors: [EmailDetector()], encodings: [.percent])
        #expect(percentOnly.scan("alice%40example.com alice&#64;example.com").map(\.encoding) == [.percent])
    }

    @Test("Findings are ordered by position, then detector, with detector indexes")
    func ordering() {
        let found = scanner.scan("+1 415 555 2671 alice@example.com ssn 536-22-1234")
        #expect(found.map(\.detectorID) == ["phone", "email", "ssn"])
        #expect(found.map(\.detectorIndex) == [3, 0, 2])
        #expect(found.map(\.category) == [.phone, .email, .ssn])
    }
}

@Suite("Overlapping findings of one category")
struct OverlapReductionTests {
    let scanner = ValueScanner(detectors: [
        KeyedValueDetector(keys: ["iban", "card number"], category: .payment), IBANDetector(), PaymentCardDetector(),
        KeyedValueDetector(keys: ["email"], category: .email), EmailDetector(),
    ])

    @Test("A value detector wins over a keyed value at the same span; other categories stay")
    func reduction() {
        let text = #"{"iban":"DE89370400440532013000","cardNumber":"4111 1111 1111 1111","email":"a@b.co"}"#
        let all = scanner.scan(text)
        #expect(all.count == 6)
        let reduced = all.removingOverlapsWithinCategory()
        #expect(reduced.map(\.detectorID) == ["iban", "payment-card", "email"])
        #expect(reduced.map(\.value) == ["DE89370400440532013000", "4111111111111111", "a@b.co"])
    }

    @Test("Findings of one category that do not overlap are all kept")
    func disjoint() {
        let text = "iban=DE89370400440532013000 card 4111111111111111"
        #expect(scanner.scan(text).removingOverlapsWithinCategory().map(\.detectorID) == ["iban", "payment-card"])
    }
}

extension ValueScanner {
    /// The views of `text`, for tests.
    func views(of text: String) -> [DecodedView] {
        Array(text.utf8).withUnsafeBufferPointer { views(of: $0) }
    }
}
