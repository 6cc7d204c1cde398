/// Finds PII in any text (logs, JSON, HAR files, HTTP bodies) with a rule set's detector rules, and
/// turns what it finds into located findings: what `masklint scan` does with each input.
///
/// The scanner runs every `detectors:` rule of the rule set in one `ValueScanner` pass over the whole
/// text (with its decoded views), so a custom rule set changes what is found. Values of one category
/// found by several rules at overlapping places are one finding (`"iban":"DE89…"` is found by the IBAN
/// detector and by the `iban` key); the value detector's wins over a keyed value's. Each finding gets
/// its line and column, the end of its span, and for JSON input the JSON pointer of the string that
/// holds it.
public struct TextScanner: Sendable {
    /// The detector rules, in the order of the scanner's detectors.
    public let rules: [DetectorRule]
    /// The rule set's identity and content hash.
    public let ruleSet: RuleSetReference
    private let valueScanner: ValueScanner
    private let detectorNames: [String: String]

    /// Creates a scanner for the detector rules of `ruleSet`.
    /// - Throws: `DetectorConfigurationError` when a rule names an unknown detector or bad options
    ///   (which `RuleSetLoader` already rejects for a loaded rule set).
    public init(ruleSet: RuleSet) throws(DetectorConfigurationError) {
        try self.init(rules: ruleSet.categories.flatMap(\.detectors), ruleSet: RuleSetReference(ruleSet))
    }

    /// Creates a scanner for `rules`.
    /// - Throws: `DetectorConfigurationError` when a rule names an unknown detector or bad options.
    public init(rules: [DetectorRule], ruleSet: RuleSetReference) throws(DetectorConfigurationError) {
        var detectors: [any ValueDetector] = []
        for rule in rules {
            detectors.append(try BuiltInDetectors.make(id: rule.detectorID, options: rule.options, location: rule.header.location))
        }
        self.rules = rules
        self.ruleSet = ruleSet
        valueScanner = ValueScanner(detectors: detectors)
        detectorNames = Dictionary(BuiltInDetectors.descriptions.map { ($0.id, $0.name) }) { first, _ in first }
    }

    /// The findings in `text`.
    /// - Parameter file: the path shown in the findings' locations, or `nil` for standard input.
    public func findings(in text: String, file: String?) -> [ReportedFinding] {
        var copy = text
        return copy.withUTF8 { findings(in: $0, file: file) }
    }

    /// The findings in UTF-8 `bytes`, ordered by position.
    /// - Parameter file: the path shown in the findings' locations, or `nil` for standard input.
    public func findings(in bytes: UnsafeBufferPointer<UInt8>, file: String?) -> [ReportedFinding] {
        let values = detectedValues(in: bytes).removingOverlapsWithinCategory()
        guard !values.isEmpty else { return [] }
        let positions = LineColumnMapper(bytes).positions(
            of: values.lazy.flatMap { [$0.byteRange.lowerBound, $0.byteRange.upperBound] })
        let pointers = JSONPointerLocator.locations(
            of: values.map { JSONPointerLocator.Span(range: $0.byteRange, category: $0.category) }, in: bytes)
        return values.enumerated().map { index, value in
            let start = positions[value.byteRange.lowerBound] ?? (1, 1)
            let end = positions[value.byteRange.upperBound] ?? start
            let pointer = pointers?[index]
            let rule = rules[value.detectorIndex]
            let evidence = pointer?.isMemberName == true ? ["in a member name"] : []
            let finding = Finding(
                checkID: value.detectorID, severity: .error,
                message: ScanFindingMessage.found(value, detectorName: detectorNames[value.detectorID]),
                location: .source(
                    SourceLocation(file: file, line: start.line, column: start.column, byteOffset: value.byteRange.lowerBound),
                    jsonPointer: pointer?.pointer),
                category: value.category, ruleID: rule.header.id,
                value: SensitiveValue(value.value, category: value.category), evidence: evidence)
            return ReportedFinding(
                finding, end: SourceLocation(file: file, line: end.line, column: end.column, byteOffset: value.byteRange.upperBound))
        }
    }

    /// The largest piece of a text scanned in one `ValueScanner` call, and the text scanned on either
    /// side of it so that context words, labels and escapes that reach across its edges are seen.
    ///
    /// Measured on the benchmark corpus (benchmarks/scan), scanning a 50 MB text in pieces of 64 KB runs
    /// at twice the speed of one call over the whole text, because the decoded views of a piece map
    /// their bytes back to the original through far fewer segments; the values found are the same.
    static let pieceSize = 64 << 10
    static let pieceMargin = 4 << 10
    /// The text scanned before a piece that starts a line. No value, key or escape runs across a line
    /// break (decoded views are built line by line, and no detector takes a line break into a value),
    /// so only what detectors look back at is needed: context and veto words (at most 400 bytes back),
    /// keys and labels (at most 128). A piece that ends with a line break needs nothing after it.
    static let lineContext = 1 << 10

    /// The values in `bytes`: scanned whole when small, otherwise piece by piece at line breaks, each
    /// piece with the text around it that its values may depend on (`lineContext` before a piece
    /// cut at a line break, `pieceMargin` on a side cut inside a long line); a value belongs to the
    /// piece its first byte is in.
    func detectedValues(in bytes: UnsafeBufferPointer<UInt8>) -> [DetectedValue] {
        let count = bytes.count
        guard count > Self.pieceSize + 2 * Self.pieceMargin else { return valueScanner.scan(utf8: bytes) }
        var values: [DetectedValue] = []
        var start = 0
        while start < count {
            let end = Self.lineEnd(in: bytes, from: min(start + Self.pieceSize, count))
            let startsLine = start == 0 || bytes[start - 1] == 0x0A
            let scanStart = Self.lineStart(in: bytes, before: max(start - (startsLine ? Self.lineContext : Self.pieceMargin), 0))
            let scanEnd = bytes[end - 1] == 0x0A ? end : Self.lineEnd(in: bytes, from: min(end + Self.pieceMargin, count))
            for var value in valueScanner.scan(utf8: UnsafeBufferPointer(rebasing: bytes[scanStart..<scanEnd])) {
                value.byteRange = (value.byteRange.lowerBound + scanStart)..<(value.byteRange.upperBound + scanStart)
                if value.byteRange.lowerBound >= start && value.byteRange.lowerBound < end { values.append(value) }
            }
            start = end
        }
        return values
    }

    /// The offset just past the first line break at or after `offset`, looking at most `pieceMargin`
    /// bytes ahead (a longer line is cut where the look ends).
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        let limit = min(offset + pieceMargin, bytes.count)
        var index = offset
        while index < limit {
            if bytes[index] == 0x0A { return index + 1 }
            index += 1
        }
        return limit
    }

    /// The start of the line that holds `offset`, looking at most `pieceMargin` bytes back.
    private static func lineStart(in bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Int {
        let limit = max(offset - pieceMargin, 0)
        var index = offset
        while index > limit {
            if bytes[index - 1] == 0x0A { return index }
            index -= 1
        }
        return limit
    }

    /// The detector rules as reports describe them, with help text.
    public var reportRules: [ReportRule] {
        rules.map { rule in
            let detector = BuiltInDetectors.type(id: rule.detectorID)?.description
            let category = rule.header.category
            var help = rule.header.description + "\n\n"
            if let detector {
                help += "Detector `\(detector.id)` (\(detector.name)): \(detector.summary)\n\n"
            }
            help += "Values are reported as a redacted preview and a keyed fingerprint; `--show-values` reveals them. "
                + "Remove the value from the text, or mask it before it is logged or recorded "
                + "(the rule set's \(category.displayName.lowercased()) rules say at which level).\n\n"
            help += "Rule `\(rule.header.id)` of \(ruleSet.identity), defined at \(rule.header.location)."
            return ReportRule(
                id: rule.header.id, name: Self.title(rule.header.id),
                summary: rule.header.description, help: help, defaultSeverity: .error, category: category,
                definition: rule.header.location)
        }
    }

    /// `payment.card-number-value` as `Payment Card Number Value`.
    private static func title(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ")
    }
}

/// The messages of `scan`'s findings, one per detector, with the decoded view named when there was one.
enum ScanFindingMessage {
    static func found(_ value: DetectedValue, detectorName: String?) -> String {
        let noun: String = switch value.detectorID {
        case EmailDetector.description.id: "Email address"
        case PaymentCardDetector.description.id: "Payment card number"
        case SSNDetector.description.id: "US Social Security number"
        case PhoneDetector.description.id: "Phone number"
        case IBANDetector.description.id: "IBAN"
        case KeyedValueDetector.description.id: categoryNoun(value.category) + " found by its key"
        default: categoryNoun(value.category) + " (\(detectorName ?? value.detectorID))"
        }
        return noun + encodingPhrase(value.encoding)
    }

    private static func categoryNoun(_ category: PIICategory) -> String {
        switch category {
        case .email: "Email address"
        case .name: "Personal name"
        case .payment: "Payment data"
        case .password: "Password or secret"
        case .ssn: "US Social Security number"
        case .phone: "Phone number"
        }
    }

    private static func encodingPhrase(_ encoding: ValueEncoding) -> String {
        switch encoding {
        case .plain: ""
        case .percent: " in percent-encoded text"
        case .jsonEscape: " in JSON-escaped text"
        case .htmlEntity: " in HTML character references"
        case .formPlus: " in a form-encoded body"
        case .base64: " in base64"
        case .nestedJSON: " in JSON nested in a JSON string"
        }
    }
}

extension TextScanner {
    /// A scanner for the detector rules of the built-in rule set, without loading the rule set.
    public static func builtIn() -> TextScanner {
        do {
            return try TextScanner(rules: BundledDetectorRules.rules, ruleSet: BundledDetectorRules.ruleSet)
        } catch {
            // The generated rules come from a rule set the loader validated, and a test builds them.
            preconditionFailure("the built-in detector rules are invalid: \(error)")
        }
    }
}
