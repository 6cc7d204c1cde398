import Testing
@testable import MaskRules

@Suite struct SensitiveValueTests {
    @Test(arguments: [
        ("alice.smith@mail.example.com", PIICategory.email, "a**********@m***.e******.com"),
        ("4111 1111 1111 1111", .payment, "**** **** **** 1111"),
        ("536-22-8734", .ssn, "***-**-****"),
        ("(415) 555-2671", .phone, "(***) ***-**71"),
        ("hunter2", .password, "********"),
        ("Alice Smith", .name, "A**** S****"),
        ("12", nil, "**"),
    ] as [(String, PIICategory?, String)])
    func redactsByCategory(raw: String, category: PIICategory?, preview: String) {
        let value = SensitiveValue(raw, category: category)
        #expect(value.redacted == preview)
        #expect("\(value)" == preview)
        #expect(String(reflecting: value) == "SensitiveValue(\(preview))")
    }

    @Test func neverPrintsTheRawValue() {
        let value = SensitiveValue("alice@example.com", category: .email)
        var dumped = ""
        dump(value, to: &dumped)
        #expect(!dumped.contains("alice@example.com"))
        #expect(!"\(value)".contains("alice"))
        #expect(value.unredactedValue == "alice@example.com")
    }

    @Test func fingerprintsAreKeyedAndNormalised() {
        let key = FingerprintKey(secret: "team secret")
        let a = SensitiveValue("(415) 555-2671", category: .phone).fingerprint(with: key)
        let b = SensitiveValue("415.555.2671", category: .phone).fingerprint(with: key)
        let other = SensitiveValue("415.555.2672", category: .phone).fingerprint(with: key)
        #expect(a == b)
        #expect(a != other)
        #expect(a.hasPrefix("fp:") && a.count == 15)
        #expect(SensitiveValue("(415) 555-2671", category: .phone).fingerprint(with: FingerprintKey(secret: "other")) != a)
        #expect(SensitiveValue("Alice@Example.com", category: .email).fingerprint(with: key)
                == SensitiveValue("alice@example.com", category: .email).fingerprint(with: key))
    }

    @Test func keyComesFromTheEnvironmentOrIsRandom() throws {
        let fromEnvironment = try FingerprintKey.resolve(keyFile: nil, environment: ["MASKLINT_FINGERPRINT_KEY": "s"], configured: nil)
        #expect(fromEnvironment == FingerprintKey(secret: "s"))
        #expect(fromEnvironment.origin == .configured)
        let random = try FingerprintKey.resolve(keyFile: nil, environment: [:], configured: nil)
        #expect(random.origin == .random)
        #expect(random != (try FingerprintKey.resolve(keyFile: nil, environment: [:], configured: nil)))
        // The environment wins over the configuration; the configuration over a random key.
        #expect(try FingerprintKey.resolve(keyFile: nil, environment: ["MASKLINT_FINGERPRINT_KEY": "s"], configured: .secret("c"))
                == FingerprintKey(secret: "s"))
        #expect(try FingerprintKey.resolve(keyFile: nil, environment: [:], configured: .secret("c")) == FingerprintKey(secret: "c"))
    }

    /// ASCII values are redacted byte by byte; the result is what the character-by-character
    /// redaction gives, for every category.
    @Test func asciiRedactionIsTheCharacterRedaction() {
        let values = [
            "", "a", "12", "abc", "alice.smith@mail.example.com", "a@b", "@", "x@", "@y.", "a.b@c..d", "no at sign",
            "4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005", "536-22-8734", "(415) 555-2671",
            "+14155552671", "+44 (0)20 7183 8750", "hunter2", "Alice Smith", "O'Brien-Smith Jr.", "x1y2 z3",
            "DE89 3704 0044 0532 0130 00", "a\tb\nc", "pin: 0000", "~!#$%^&*()_+{}|:<>?", "ab cd\nef",
        ]
        let categories: [PIICategory?] = [.email, .name, .payment, .password, .ssn, .phone, nil]
        for value in values {
            for category in categories {
                let trimmed = value.trimmingWhitespace
                #expect(
                    Redaction.redact(value, category: category) == Redaction.redact(characters: trimmed, category: category),
                    "\(value.debugDescription) as \(category.map(\.rawValue) ?? "nil")")
            }
        }
    }
}
