/// The view of a text in which a detector found a value: the text as written, or one of the decoded
/// forms that personal data hides in inside URLs, JSON, HTML and form bodies.
///
/// The raw values are the names used in reports.
public enum ValueEncoding: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// The text as written.
    case plain
    /// Percent-encoding as in URLs: `alice%40example.com` (decoded up to three times, for values that
    /// were encoded twice or three times).
    case percent
    /// One level of JSON string escapes: `alice\u0040example.com`, `{\"password\":\"x\"}`.
    case jsonEscape = "json-escape"
    /// HTML character references: `alice&#64;example.com`, `&#x40;`, `&commat;`, `&quot;`.
    case htmlEntity = "html-entity"
    /// `application/x-www-form-urlencoded` bodies and query strings, where `+` stands for a space and
    /// `%XX` for a byte: `name=Alice+Smith`.
    case formPlus = "form-plus"
    /// Runs of standard or URL-safe base64 that decode to mostly printable UTF-8 text.
    case base64
    /// JSON text held in a JSON string that is itself inside a JSON string: escapes removed two or more
    /// times (`{\\\"password\\\":\\\"x\\\"}`).
    case nestedJSON = "nested-json"

    /// Orders encodings as they are listed: plain first.
    public static func < (lhs: ValueEncoding, rhs: ValueEncoding) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
