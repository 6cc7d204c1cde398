import Testing
@testable import MaskRules

/// `PIIDetectors.mayHoldValue(_:)` tests bytes against a bit mask, in place where it can: it must
/// answer as the plain test of every byte of the text does.
@Suite struct PIIDetectorsValueByteTests {
    /// The definition: some byte is a digit, `@`, `=`, `:`, `%` or `&`.
    static func reference(_ text: String) -> Bool {
        text.utf8.contains { byte in
            switch byte {
            case 0x30...0x39, UInt8(ascii: "@"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "%"), UInt8(ascii: "&"): true
            default: false
            }
        }
    }

    @Test func everyByteAloneAndInText() {
        for byte in UInt8(0)...UInt8(0x7F) {
            let scalar = String(UnicodeScalar(byte))
            for text in [scalar, "name " + scalar, scalar + " and a longer text than fits a small string"] {
                #expect(PIIDetectors.mayHoldValue(text) == Self.reference(text), "byte \(byte)")
            }
        }
    }

    @Test func samplesAndBridgedText() {
        var texts = StringScanningTests.samples
        texts += ["", "Prénom", "straße 12", "a@b", "käse=1", "x:y", "100%", "a&b", "ＡＢＣ", "no value here at all"]
        for text in texts {
            #expect(PIIDetectors.mayHoldValue(text) == Self.reference(text), "\(text)")
            let substringCopy = String(Substring(text))
            #expect(PIIDetectors.mayHoldValue(substringCopy) == Self.reference(text))
        }
    }
}
