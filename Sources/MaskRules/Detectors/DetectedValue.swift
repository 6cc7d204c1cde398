/// A personal-data value that a detector found in a text.
///
/// Findings are data: the scanner returns them, and the commands turn them into reports. The raw
/// `value` is here because detection needs it; reports carry it only as a `SensitiveValue`.
public struct DetectedValue: Hashable, Sendable, CustomStringConvertible {
    /// The id of the detector that found the value, such as `email` or `keyed-value`.
    public var detectorID: String
    /// The position of that detector in the scanner's detector list, so that a caller who built the
    /// scanner from rules can tell which rule found the value.
    public var detectorIndex: Int
    /// The kind of personal data the value is.
    public var category: PIICategory
    /// The UTF-8 byte offsets of the value in the original text, including any escapes it was
    /// written with (`alice%40example.com` spans all 19 bytes).
    public var byteRange: Range<Int>
    /// The value, decoded and normalized as its detector documents (digits only for card numbers,
    /// `+` and digits for phone numbers, and so on).
    public var value: String
    /// The view of the text in which the value was found.
    public var encoding: ValueEncoding

    /// Creates a finding.
    public init(
        detectorID: String, detectorIndex: Int = 0, category: PIICategory, byteRange: Range<Int>,
        value: String, encoding: ValueEncoding
    ) {
        self.detectorID = detectorID
        self.detectorIndex = detectorIndex
        self.category = category
        self.byteRange = byteRange
        self.value = value
        self.encoding = encoding
    }

    /// `detector@lower..<upper (encoding)`; the value is left out so that printing a finding by mistake
    /// does not leak it.
    public var description: String {
        "\(detectorID)@\(byteRange.lowerBound)..<\(byteRange.upperBound) (\(encoding.rawValue))"
    }
}
