import Foundation
import MaskRules
import Testing

/// Fingerprints are keyed: with a key from `--fingerprint-key-file`, `MASKLINT_FINGERPRINT_KEY` or
/// `.masklint.yaml` they match across runs and commands; without one each run draws a random key; and
/// without the key a short value cannot be recovered by hashing every candidate.
@Suite struct FingerprintKeyTests {
    static let secret = "staging-fingerprints-2026"
    static let ssn = "457-55-5462"
    static let email = "jane.roe@example.com"

    /// The fingerprints of a JSON report (scan, lint or audit), by redacted preview.
    static func fingerprints(_ json: String) throws -> [String: Set<String>] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var result: [String: Set<String>] = [:]
        func visit(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                if let fingerprint = dictionary["fingerprint"] as? String, let redacted = dictionary["redacted"] as? String {
                    result[redacted, default: []].insert(fingerprint)
                }
                dictionary.values.forEach(visit)
            } else if let array = value as? [Any] {
                array.forEach(visit)
            }
        }
        visit(object)
        return result
    }

    /// The fingerprint key origin a JSON report states.
    static func origin(_ json: String) -> String? {
        guard let range = json.range(of: "\"fingerprintKey\" : \"") else { return nil }
        return String(json[range.upperBound...].prefix { $0 != "\"" })
    }

    static func scanSSN(_ extra: [String] = [], environment: [String: String] = [:]) throws -> (fingerprint: String?, json: String, result: CommandRunner.Result) {
        let result = try CommandRunner.run(["scan", "fixtures/scan/canaries/body.json", "--format", "json"] + extra,
                                           environment: environment)
        let fingerprint = try fingerprints(result.stdout)["***-**-****"]?.first
        return (fingerprint, result.stdout, result)
    }

    @Test func withoutAKeyEachRunDrawsItsOwn() throws {
        let first = try Self.scanSSN(environment: ["MASKLINT_FINGERPRINT_KEY": ""])
        let second = try Self.scanSSN(environment: ["MASKLINT_FINGERPRINT_KEY": ""])
        #expect(first.fingerprint != nil && second.fingerprint != nil)
        #expect(first.fingerprint != second.fingerprint)
        #expect(Self.origin(first.json) == "random")
    }

    @Test func environmentKeyFileAndConfigurationGiveTheSameFingerprints() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let directory = scratch.directory
        let keyFile = directory.appendingPathComponent("masklint.key")
        try (Self.secret + "\n").write(to: keyFile, atomically: true, encoding: .utf8)
        let fileConfig = directory.appendingPathComponent("file.yaml")
        try "fingerprint-key-file: masklint.key\n".write(to: fileConfig, atomically: true, encoding: .utf8)
        let inlineConfig = directory.appendingPathComponent("inline.yaml")
        try "fingerprint-key: \(Self.secret)\n".write(to: inlineConfig, atomically: true, encoding: .utf8)

        let expected = SensitiveValue(Self.ssn, category: .ssn).fingerprint(with: FingerprintKey(secret: Self.secret))
        let runs = [
            try Self.scanSSN(environment: ["MASKLINT_FINGERPRINT_KEY": Self.secret]),
            try Self.scanSSN(environment: ["MASKLINT_FINGERPRINT_KEY": Self.secret]),
            try Self.scanSSN(["--fingerprint-key-file", keyFile.path]),
            try Self.scanSSN(["--config", fileConfig.path]),
            try Self.scanSSN(["--config", inlineConfig.path]),
            try Self.scanSSN(["--fingerprint-key-file", keyFile.path], environment: ["MASKLINT_FINGERPRINT_KEY": "another key"]),
        ]
        for run in runs {
            #expect(run.fingerprint == expected, "\(run.result.stderr)")
            #expect(Self.origin(run.json) == "configured")
        }
        let other = try Self.scanSSN(["--config", fileConfig.path], environment: ["MASKLINT_FINGERPRINT_KEY": "another key"])
        #expect(other.fingerprint != expected, "the environment wins over the configuration file")
    }

    /// The same value fingerprints alike in scan, lint and audit reports under one key.
    @Test func fingerprintsMatchAcrossCommands() throws {
        let environment = ["MASKLINT_FINGERPRINT_KEY": Self.secret]
        let expected = SensitiveValue(Self.email, category: .email).fingerprint(with: FingerprintKey(secret: Self.secret))
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let directory = scratch.directory
        let page = directory.appendingPathComponent("page.html")
        try "<!doctype html><html><body><p>Contact \(Self.email) today</p></body></html>\n".write(to: page, atomically: true, encoding: .utf8)
        let scan = try CommandRunner.run(["scan", page.path, "--format", "json"], environment: environment)
        let lint = try CommandRunner.run(["lint", page.path, "--format", "json"], environment: environment)
        let audit = try CommandRunner.run(["audit", "fixtures/sessions/leak-analytics", "--format", "json"], environment: environment)
        for (name, json) in [("scan", scan.stdout), ("lint", lint.stdout), ("audit", audit.stdout)] {
            let all = try Self.fingerprints(json).values.reduce(Set<String>()) { $0.union($1) }
            #expect(all.contains(expected), "\(name) does not give the email the keyed fingerprint")
        }
    }

    /// A 4-digit PIN and an SSN: hashing every candidate without the key (plain SHA-256, or HMAC under
    /// a guessed key) finds nothing; only the key finds the value.
    @Test func shortValuesCannotBeRecoveredWithoutTheKey() throws {
        let run = try Self.scanSSN(environment: ["MASKLINT_FINGERPRINT_KEY": Self.secret])
        let reported = try #require(run.fingerprint)
        func fingerprint(_ digest: [UInt8]) -> String { "fp:" + digest.prefix(6).map { String(format: "%02x", $0) }.joined() }
        func candidates() -> [String] { (0..<10_000).map { String(format: "457-55-%04d", $0) } }
        let unkeyed = candidates().filter { candidate in
            let normalized = "ssn:" + candidate.filter(\.isNumber)
            return fingerprint(SHA256.hash(Array(normalized.utf8))) == reported
                || fingerprint(SHA256.hash(Array(candidate.utf8))) == reported
                || SensitiveValue(candidate, category: .ssn).fingerprint(with: FingerprintKey(secret: "")) == reported
                || SensitiveValue(candidate, category: .ssn).fingerprint(with: FingerprintKey(secret: "masklint")) == reported
        }
        #expect(unkeyed.isEmpty)
        let keyed = candidates().filter { SensitiveValue($0, category: .ssn).fingerprint(with: FingerprintKey(secret: Self.secret)) == reported }
        #expect(keyed == [Self.ssn], "with the key, the search is trivial: that is what the key protects")

        // A 4-digit PIN in a report made without a configured key (a random key for the run): no
        // candidate's unkeyed hash, nor its fingerprint under a guessable key, gives the reported one.
        let pinRun = try CommandRunner.run(["scan", "-", "--format", "json"], stdin: "pin_code=7291\n",
                                           environment: ["MASKLINT_FINGERPRINT_KEY": ""])
        #expect(Self.origin(pinRun.stdout) == "random")
        let pin = try #require(try Self.fingerprints(pinRun.stdout)["********"]?.first)
        let pins = (0..<10_000).map { String(format: "%04d", $0) }
        #expect(pins.filter { candidate in
            fingerprint(SHA256.hash(Array(("password:" + candidate).utf8))) == pin
                || fingerprint(SHA256.hash(Array(candidate.utf8))) == pin
                || SensitiveValue(candidate, category: .password).fingerprint(with: FingerprintKey(secret: "")) == pin
        }.isEmpty)
    }

    @Test func unusableKeyFileIsAnErrorThatDoesNotShowTheKey() throws {
        let missing = try CommandRunner.run(["scan", "fixtures/scan/clean.log", "--fingerprint-key-file", "fixtures/no-such.key"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("masklint: the fingerprint key file fixtures/no-such.key cannot be used: it does not exist or cannot be read"))
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let directory = scratch.directory
        let empty = directory.appendingPathComponent("empty.key")
        try "\n".write(to: empty, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["lint", "fixtures/forms/login.html", "--fingerprint-key-file", empty.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot be used: it is empty"))
        let both = directory.appendingPathComponent("both.yaml")
        try "fingerprint-key: \(Self.secret)\nfingerprint-key-file: masklint.key\n".write(to: both, atomically: true, encoding: .utf8)
        let conflict = try CommandRunner.run(["audit", "fixtures/sessions/clean-checkout", "--config", both.path])
        #expect(conflict.status == 2)
        #expect(conflict.stderr.contains("give fingerprint-key or fingerprint-key-file, not both"))
        #expect(!conflict.stderr.contains(Self.secret))
    }
}
