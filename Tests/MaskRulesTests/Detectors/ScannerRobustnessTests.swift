import Testing
@testable import MaskRules

@Suite("Scanner robustness on generated text")
struct ScannerRobustnessTests {
    typealias Generator = SeededGenerator

    /// Pieces that stress the detectors' edges: escapes, separators, digits, keys and non-ASCII text.
    static let fragments = [
        "4111", "1111", " ", "-", ".", "+", "%", "%4", "%40", "%2B", "%20", "\\", "\\u", "\\u0040", "\\\"", "\"", ":",
        "=", "&", "&#", "&#64;", "&#x40", "&amp;", "&quot;", "@", "alice", "example", ".com", "xn--", "ü", "東京",
        "🎉", "(", ")", "415", "555", "2671", "536", "22", "1234", "+1", "+44", "DE89", "3704", "ssn", "phone",
        "password", "first_name", "\n", "\t", "ZW1haWw6", "YWxpY2VAZXhhbXBsZS5jb20", "=", "==", "0", "9", "eyJ",
        "{", "}", "[", "]", "'", "x", "_", "/", "//", "?", "#", "\u{00}", "\u{7F}",
    ]

    static let scanner = ValueScanner(detectors: [
        EmailDetector(), PaymentCardDetector(), SSNDetector(), PhoneDetector(), IBANDetector(),
        KeyedValueDetector(keys: ["password", "first name", "passw*", "*name"], category: .password),
    ])

    @Test("Findings stay inside the text, in order, with non-empty spans and values", arguments: 0..<8)
    func invariants(_ seed: Int) {
        var generator = Generator(state: UInt64(seed) &* 7919 &+ 1)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<generator.below(60) {
                text += Self.fragments[generator.below(Self.fragments.count)]
            }
            let length = text.utf8.count
            let found = Self.scanner.scan(text)
            var previous = (start: -1, detector: -1)
            for finding in found {
                #expect(finding.byteRange.lowerBound >= 0 && finding.byteRange.upperBound <= length, "\(finding) in \(text.debugDescription)")
                #expect(!finding.byteRange.isEmpty, "\(finding) in \(text.debugDescription)")
                #expect(!finding.value.isEmpty, "\(finding) in \(text.debugDescription)")
                #expect((previous.start, previous.detector) <= (finding.byteRange.lowerBound, finding.detectorIndex))
                previous = (finding.byteRange.lowerBound, finding.detectorIndex)
            }
            // One detector's findings never overlap.
            for index in Self.scanner.detectors.indices {
                let ranges = found.filter { $0.detectorIndex == index }.map(\.byteRange)
                for (first, second) in zip(ranges, ranges.dropFirst()) {
                    #expect(first.upperBound <= second.lowerBound, "\(first) and \(second) in \(text.debugDescription)")
                }
            }
        }
    }

    @Test("Random bytes, including invalid UTF-8, do not trap")
    func randomBytes() {
        var generator = Generator(state: 99)
        for _ in 0..<300 {
            let bytes = (0..<generator.below(300)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let found = bytes.withUnsafeBufferPointer { Self.scanner.scan(utf8: $0) }
            for finding in found { #expect(finding.byteRange.upperBound <= bytes.count) }
        }
    }

    @Test("Empty and tiny texts")
    func tiny() {
        for text in ["", "@", "%", "\\", "&", "+", "1", "+1", "(", "a@b.co", "%4", "\\u00", "&#"] {
            #expect(Self.scanner.scan(text).allSatisfy { $0.byteRange.upperBound <= text.utf8.count })
        }
        #expect(Self.scanner.scan("a@b.co").map(\.value) == ["a@b.co"])
    }

    @Test("Long texts full of triggers and findings are scanned whole", arguments: [
        ("e=alice%40example.com&", 5000, 5000),
        ("a@", 20000, 0),
        (#"{"password":"hunter2"} "#, 5000, 5000),
        ("4111 1111 1111 1111; ", 5000, 5000),
        ("+1 415 555 2671; ", 5000, 5000),
        ("&#64;", 20000, 0),
        ("\\u0040x", 10000, 0),
        ("ZW1haWw6IGFsaWNlQGV4YW1wbGUuY29t ", 3000, 3000),
    ])
    func longTexts(_ piece: String, _ repetitions: Int, _ expected: Int) {
        let text = String(repeating: piece, count: repetitions)
        #expect(Self.scanner.scan(text).count == expected)
    }
}
