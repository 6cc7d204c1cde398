import Testing
@testable import MaskRules

/// Helpers shared by the detector tests.
enum DetectorTestSupport {
    /// The values `detector` finds in `text`, in all views.
    static func values(_ detector: any ValueDetector, _ text: String) -> [String] {
        detector.values(in: text).map(\.value)
    }

    /// The original text that `finding` spans.
    static func span(_ finding: DetectedValue, in text: String) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: bytes[finding.byteRange], as: UTF8.self)
    }
}

/// One example from a detector description, as a test argument.
struct DescriptionExample: Sendable, CustomTestStringConvertible {
    let detectorID: String
    let text: String
    /// The value the detector must report, or `nil` when it must report nothing.
    let expectedValue: String?

    var testDescription: String {
        "\(detectorID): \(expectedValue == nil ? "no match in" : "match in") \(text)"
    }

    static var all: [DescriptionExample] {
        BuiltInDetectors.descriptions.flatMap { description in
            description.matchingExamples.map {
                DescriptionExample(detectorID: description.id, text: $0.text, expectedValue: $0.value)
            }
                + description.nonMatchingExamples.map {
                    DescriptionExample(detectorID: description.id, text: $0, expectedValue: nil)
                }
        }
    }
}
