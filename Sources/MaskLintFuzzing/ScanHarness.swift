import MaskRules

/// The scan target. An input is any text, as `masklint scan` reads a file (bytes as they are).
///
/// The text goes through the built-in rule set's `TextScanner` (every decoded view), and through a
/// `ValueScanner` of every built-in detector for each decoded view alone, so that each decoder's map
/// back to the original is checked on its own. Properties: every value lies inside the text with a
/// non-empty span and value, in order, found in the plain text or a view that was asked for; one
/// detector's values do not overlap; every finding is at a line, column and byte offset of the text
/// and ends after it starts.
enum ScanHarness {
    static let textScanner = TextScanner.builtIn()

    static let detectors: [any ValueDetector] = [
        EmailDetector(), PaymentCardDetector(), SSNDetector(), PhoneDetector(), IBANDetector(),
        KeyedValueDetector(keys: ["password", "first name", "passw*", "*name", "card number"], category: .password),
    ]

    /// A scanner for each decoded view alone.
    static let viewScanners: [ValueScanner] = ValueEncoding.allCases.filter { $0 != .plain }.map {
        ValueScanner(detectors: detectors, encodings: [$0])
    }

    static func check(_ input: [UInt8]) -> String? {
        input.withUnsafeBufferPointer { bytes in
            for finding in textScanner.findings(in: bytes, file: "fuzz.txt") {
                guard case .source(let start, _) = finding.finding.location else {
                    return "a finding is not located in the text: \(finding.finding.location)"
                }
                guard let startLine = start.line, let startColumn = start.column, let startOffset = start.byteOffset,
                    startLine >= 1, startColumn >= 1, startOffset >= 0, startOffset < input.count
                else { return "finding \(finding.finding.checkID) starts at \(start)" }
                if let end = finding.end {
                    guard let endLine = end.line, let endColumn = end.column, let endOffset = end.byteOffset,
                        endOffset > startOffset, endOffset <= input.count,
                        (endLine, endColumn) > (startLine, startColumn)
                    else { return "finding \(finding.finding.checkID) at \(start) ends at \(end)" }
                }
                _ = finding.finding.message
            }
            for scanner in viewScanners {
                if let problem = checkValues(scanner.scan(utf8: bytes), scanner: scanner, count: input.count) {
                    return problem
                }
            }
            return nil
        }
    }

    private static func checkValues(_ values: [DetectedValue], scanner: ValueScanner, count: Int) -> String? {
        let views = scanner.encodings.map(\.rawValue).sorted().joined(separator: ",")
        var previous = (start: -1, detector: -1)
        var lastEnd = [Int](repeating: 0, count: scanner.detectors.count)
        for value in values {
            guard value.byteRange.lowerBound >= 0, value.byteRange.upperBound <= count, !value.byteRange.isEmpty,
                !value.value.isEmpty
            else { return "[\(views)] value \(value) is empty or outside the \(count) bytes" }
            guard (previous.start, previous.detector) <= (value.byteRange.lowerBound, value.detectorIndex) else {
                return "[\(views)] value \(value) is out of order"
            }
            previous = (value.byteRange.lowerBound, value.detectorIndex)
            guard value.encoding == .plain || scanner.encodings.contains(value.encoding) else {
                return "[\(views)] value \(value) comes from a view that was not asked for"
            }
            guard value.byteRange.lowerBound >= lastEnd[value.detectorIndex] else {
                return "[\(views)] value \(value) overlaps another value of its detector"
            }
            lastEnd[value.detectorIndex] = value.byteRange.upperBound
        }
        return nil
    }
}
