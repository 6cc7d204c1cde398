/// A value that may be personal data: the one way PII travels through masklint.
///
/// Its printed forms (`description`, string interpolation, `debugDescription`, `dump`) are the
/// redacted preview only. The raw text is reachable through `unredactedValue`, which exists for
/// `--show-values` and nothing else; searching the code for that name finds every place that could
/// re-leak a value. Reporters print `redacted` and `fingerprint(with:)`.
public struct SensitiveValue: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let raw: String
    /// The category the value was found as, which decides how it is redacted and normalised.
    public let category: PIICategory?

    /// Wraps a value found in an input.
    public init(_ raw: String, category: PIICategory?) {
        self.raw = raw
        self.category = category
    }

    /// The raw value. Use only when the user asked for values with `--show-values`.
    public var unredactedValue: String { raw }

    /// A preview that shows the value's shape but not its content: `a****@e******.com` for an
    /// email, at most the last four digits of a card number, no characters of a password.
    public var redacted: String { Redaction.redact(raw, category: category) }

    /// A stable keyed fingerprint such as `fp:3f9a1c02b7de`: equal values (after normalisation,
    /// so `415-555-2671` and `(415) 555 2671` agree) give equal fingerprints under the same key,
    /// and without the key a short value cannot be recovered by hashing every candidate.
    public func fingerprint(with key: FingerprintKey) -> String {
        let normalized = (category?.rawValue ?? "any") + ":" + Redaction.normalize(raw, category: category)
        return "fp:" + key.hmac.code(for: normalized.utf8).prefix(6).hexString
    }

    public var description: String { redacted }
    public var debugDescription: String { "SensitiveValue(\(redacted))" }
    public var customMirror: Mirror { Mirror(self, children: ["redacted": redacted], displayStyle: .struct) }
}

/// The secret key under which `SensitiveValue` fingerprints are computed.
///
/// A key from the environment (`MASKLINT_FINGERPRINT_KEY`) or the project config makes
/// fingerprints comparable across runs and reports; otherwise each run draws a random key, so
/// fingerprints only match within one report.
public struct FingerprintKey: Sendable, Hashable {
    /// The key bytes.
    public let bytes: [UInt8]
    /// Where the key came from, for the report's metadata (never the key itself).
    public let origin: Origin
    /// HMAC-SHA-256 under `bytes`, its padded key blocks hashed once for all fingerprints.
    let hmac: SHA256.HMAC

    /// Where a fingerprint key came from.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// Given by the user (environment or configuration): fingerprints match across reports.
        case configured
        /// Drawn at random for this run: fingerprints match only within one report.
        case random
    }

    /// A key derived from a secret string given by the user.
    public init(secret: String) {
        bytes = SHA256.hash(Array("masklint-fingerprint-v1:".utf8) + Array(secret.utf8))
        origin = .configured
        hmac = SHA256.HMAC(key: bytes)
    }

    /// A fresh random key.
    public static func random() -> FingerprintKey {
        var generator = SystemRandomNumberGenerator()
        return FingerprintKey(bytes: (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        origin = .random
        hmac = SHA256.HMAC(key: bytes)
    }

    /// Keys are equal when their bytes and origins are.
    public static func == (left: FingerprintKey, right: FingerprintKey) -> Bool {
        left.bytes == right.bytes && left.origin == right.origin
    }

    /// Hashes the bytes and the origin.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes)
        hasher.combine(origin)
    }
}

/// How values are previewed and normalised, per category.
enum Redaction {
    static func redact(_ raw: String, category: PIICategory?) -> String {
        let value = raw.trimmingWhitespace
        if let bytes = singleByteCharacters(value) { return redact(ascii: bytes, category: category) }
        return redact(characters: value, category: category)
    }

    /// `redact` of a trimmed value, character by character (for any text; `redact` takes a faster
    /// path for ASCII text, which must give the same).
    static func redact(characters value: String, category: PIICategory?) -> String {
        switch category {
        case .email: return redactEmail(value)
        case .password: return "********"
        case .payment: return redactDigits(value, keepLast: value.count(where: \.isNumber) >= 12 ? 4 : 0)
        case .ssn: return redactDigits(value, keepLast: 0)
        case .phone: return redactDigits(value, keepLast: value.count(where: \.isNumber) >= 9 ? 2 : 0)
        case .name, nil: return redactWords(value)
        }
    }

    /// `alice.smith@mail.example.com` becomes `a**********@m***.e******.com`.
    private static func redactEmail(_ value: String) -> String {
        guard let at = value.lastIndex(of: "@") else { return redactWords(value) }
        let local = value[..<at]
        let labels = value[value.index(after: at)...].split(separator: ".", omittingEmptySubsequences: false)
        let domain = labels.enumerated().map { index, label in
            index == labels.count - 1 && labels.count > 1 ? String(label) : keepFirst(label)
        }
        return keepFirst(local) + "@" + domain.joined(separator: ".")
    }

    private static func keepFirst(_ text: Substring) -> String {
        guard let first = text.first else { return "" }
        return String(first) + String(repeating: "*", count: text.count - 1)
    }

    /// Stars every digit except the last `keepLast`; separators keep the shape visible.
    private static func redactDigits(_ value: String, keepLast: Int) -> String {
        var remaining = value.count(where: \.isNumber)
        return String(value.map { character in
            guard character.isNumber || character.isLetter else { return character }
            remaining -= character.isNumber ? 1 : 0
            return character.isNumber && remaining < keepLast ? character : "*"
        })
    }

    /// Keeps the first letter of each word; a value of one or two characters is fully starred.
    private static func redactWords(_ value: String) -> String {
        if value.count <= 2 { return String(repeating: "*", count: max(value.count, 1)) }
        var atWordStart = true
        return String(value.map { character in
            defer { atWordStart = !(character.isLetter || character.isNumber) }
            guard character.isLetter || character.isNumber else { return character }
            return atWordStart ? character : "*"
        })
    }

    // MARK: ASCII

    /// The UTF-8 bytes of `value` when each of its characters is one byte: ASCII without a carriage
    /// return (which makes one character with a line feed after it). Then a character is a number
    /// when its byte is a digit and a letter when its byte is an ASCII letter, and the redactions
    /// below give what the ones above give, byte by byte, without forming characters.
    private static func singleByteCharacters(_ value: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            guard byte < 0x80 && byte != 0x0D else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    /// `redact` of a value whose characters are single bytes (`singleByteCharacters`).
    private static func redact(ascii value: [UInt8], category: PIICategory?) -> String {
        let redacted: [UInt8]
        switch category {
        case .email: redacted = redactEmail(ascii: value)
        case .password: return "********"
        case .payment: redacted = redactDigits(ascii: value, keepLast: value.count(where: ASCII.isDigit) >= 12 ? 4 : 0)
        case .ssn: redacted = redactDigits(ascii: value, keepLast: 0)
        case .phone: redacted = redactDigits(ascii: value, keepLast: value.count(where: ASCII.isDigit) >= 9 ? 2 : 0)
        case .name, nil: redacted = redactWords(ascii: value)
        }
        return String(decoding: redacted, as: UTF8.self)
    }

    private static func redactEmail(ascii value: [UInt8]) -> [UInt8] {
        guard let at = value.lastIndex(of: UInt8(ascii: "@")) else { return redactWords(ascii: value) }
        let labels = value[(at + 1)...].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        var result = keepFirst(ascii: value[..<at])
        result.append(UInt8(ascii: "@"))
        for (index, label) in labels.enumerated() {
            if index > 0 { result.append(UInt8(ascii: ".")) }
            result += index == labels.count - 1 && labels.count > 1 ? Array(label) : keepFirst(ascii: label)
        }
        return result
    }

    private static func keepFirst(ascii text: ArraySlice<UInt8>) -> [UInt8] {
        guard let first = text.first else { return [] }
        return [first] + [UInt8](repeating: UInt8(ascii: "*"), count: text.count - 1)
    }

    private static func redactDigits(ascii value: [UInt8], keepLast: Int) -> [UInt8] {
        var remaining = value.count(where: ASCII.isDigit)
        return value.map { byte in
            guard ASCII.isAlphanumeric(byte) else { return byte }
            let isDigit = ASCII.isDigit(byte)
            remaining -= isDigit ? 1 : 0
            return isDigit && remaining < keepLast ? byte : UInt8(ascii: "*")
        }
    }

    private static func redactWords(ascii value: [UInt8]) -> [UInt8] {
        if value.count <= 2 { return [UInt8](repeating: UInt8(ascii: "*"), count: max(value.count, 1)) }
        var atWordStart = true
        return value.map { byte in
            let isAlphanumeric = ASCII.isAlphanumeric(byte)
            defer { atWordStart = !isAlphanumeric }
            guard isAlphanumeric else { return byte }
            return atWordStart ? byte : UInt8(ascii: "*")
        }
    }

    /// The form under which equal values fingerprint equally.
    static func normalize(_ raw: String, category: PIICategory?) -> String {
        let value = raw.trimmingWhitespace
        switch category {
        case .payment, .ssn:
            let digits = value.filter(\.isNumber)
            return digits.isEmpty ? value.lowercased() : digits
        case .phone:
            return value.filter(\.isNumber)
        case .email, .name:
            return value.lowercased()
        case .password, nil:
            return value
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}
