/// The rule set's detector rules, run together over the text and attribute values of a page.
///
/// Each value found is tied back to the rule whose detector found it, so that findings name the
/// rule and the level it demands.
struct PIIDetectors: Sendable {
    /// The detector rules, in the order of the scanner's detectors.
    let rules: [DetectorRule]
    private let scanner: ValueScanner

    /// The decoded views worth building for HTML: attribute values carry URLs and JSON; character
    /// references are already decoded by the parser, but a double-encoded `&amp;#64;` is not.
    static let encodings: Set<ValueEncoding> = [.percent, .jsonEscape, .htmlEntity]

    /// Builds the detectors of every detector rule of `ruleSet`.
    /// - Throws: `DetectorConfigurationError` when a rule names an unknown detector or bad options.
    init(ruleSet: RuleSet) throws(DetectorConfigurationError) {
        var rules: [DetectorRule] = []
        var detectors: [any ValueDetector] = []
        for rule in ruleSet.categories.flatMap(\.detectors) {
            detectors.append(try BuiltInDetectors.make(id: rule.detectorID, options: rule.options, location: rule.header.location))
            rules.append(rule)
        }
        self.rules = rules
        scanner = ValueScanner(detectors: detectors, encodings: Self.encodings)
    }

    /// The PII in `text`, in order of position.
    func scan(_ text: String) -> [DetectedPII] {
        guard !rules.isEmpty, Self.mayHoldValue(text) else { return [] }
        return scanner.scan(text).map { detected in
            let rule = rules[detected.detectorIndex]
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: detected.byteRange.lowerBound)
            let end = utf8.index(utf8.startIndex, offsetBy: detected.byteRange.upperBound)
            let written = String(text[start..<end])
            // The preview shows the value as written when it was found as written; a value found in a
            // decoded view is shown decoded, so that its preview is readable.
            let shown = detected.encoding == .plain ? written : detected.value
            return DetectedPII(
                value: SensitiveValue(shown, category: rule.header.category), category: rule.header.category,
                ruleID: rule.header.id, level: rule.header.level, detectorID: detected.detectorID,
                utf8Range: detected.byteRange, encoding: detected.encoding)
        }
    }

    /// Of `texts`, the ones in which `scan(_:)` finds nothing, found by scanning them all at once
    /// (`SeparatedStrings`). A text the buffer shows a value in, or next to, is not returned: its own
    /// scan decides. Texts that cannot hold a value at all (`mayHoldValue(_:)`) are not returned
    /// either; `scan(_:)` skips them.
    func cleanTexts(among texts: [String]) -> Set<String> {
        guard !rules.isEmpty else { return [] }
        let candidates = texts.filter(Self.mayHoldValue)
        var strings = SeparatedStrings()
        for text in candidates { strings.append(text) }
        var flagged = [Bool](repeating: false, count: candidates.count)
        for detection in strings.bytes.withUnsafeBufferPointer({ scanner.scan(utf8: $0) }) {
            for index in strings.indices(touching: detection.byteRange) { flagged[index] = true }
        }
        return Set(zip(candidates, flagged).lazy.filter { !$0.1 }.map(\.0))
    }

    /// Every built-in detector needs a digit, an `@`, or a key-value separator (`=`, `:`) to find
    /// anything; text without any of them is skipped without running the scanner.
    static func mayHoldValue(_ text: String) -> Bool {
        // In place for native strings (nearly all), byte by byte through the view otherwise.
        if let answer = text.utf8.withContiguousStorageIfAvailable(mayHoldValue(utf8:)) { return answer }
        return text.utf8.contains(where: isValueByte)
    }

    /// `mayHoldValue(_:)` of UTF-8 bytes.
    static func mayHoldValue(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in utf8 where isValueByte(byte) { return true }
        return false
    }

    /// Whether `byte` is a digit, `@`, `=`, `:`, `%` or `&`.
    @inline(__always)
    private static func isValueByte(_ byte: UInt8) -> Bool {
        // Below 0x40 one bit per byte: the digits (0x30...0x39), `:` (0x3A), `=` (0x3D), `%` (0x25), `&` (0x26).
        let valueBytesBelow0x40: UInt64 = 0x3FF << 0x30 | 1 << 0x3A | 1 << 0x3D | 1 << 0x25 | 1 << 0x26
        return byte < 0x40 ? (valueBytesBelow0x40 >> UInt64(byte)) & 1 != 0 : byte == UInt8(ascii: "@")
    }
}

/// One PII value a detector rule found in page text or an attribute value.
public struct DetectedPII: Sendable, Hashable {
    /// The value, redacted when printed.
    public let value: SensitiveValue
    /// Its category.
    public let category: PIICategory
    /// The detector rule that found it.
    public let ruleID: String
    /// The level the rule demands.
    public let level: MaskingLevel
    /// The built-in detector that found it.
    public let detectorID: String
    /// Where it is in the text that was scanned, in UTF-8 bytes (escapes included).
    public let utf8Range: Range<Int>
    /// The view of the text it was found in.
    public let encoding: ValueEncoding
}
