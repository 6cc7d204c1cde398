/// A string of a session that was scanned and held a detected value or a canary: where it came
/// from, and what was found in it.
struct ScannedString {
    /// The message that carries the string.
    let message: MessageStamp
    /// The field: the schema's name (`Value`, `URL`), `Selector (CSS-unescaped)` for a click
    /// selector, `Key=Value` for a metadata pair.
    let field: String
    /// What the string is.
    let channel: StringChannel
    /// The node the string belongs to, when the message names one.
    let node: NodeReference?
    /// The string's bytes.
    let bytes: [UInt8]
    /// The values the detectors found, with byte ranges into `bytes`.
    let detections: [DetectedValue]
    /// The canaries found, with byte ranges into `bytes`.
    let canaryHits: [CanaryMatcher.Hit]

    /// The string's text (it may be personal data).
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
