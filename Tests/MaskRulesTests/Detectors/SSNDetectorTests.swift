import Testing
@testable import MaskRules

@Suite("SSN detector")
struct SSNDetectorTests {
    let detector = SSNDetector()

    @Test("Valid numbers", arguments: ["001-01-0001", "536-22-1234", "665-99-9999", "667-01-0001", "899-99-9999", "772-10-4321"])
    func valid(_ ssn: String) {
        #expect(DetectorTestSupport.values(detector, "SSN \(ssn)") == [ssn])
    }

    @Test("Invalid by the SSA rules, famous or placeholders", arguments: [
        "000-12-3456", "666-12-3456", "900-12-3456", "999-99-9999", "536-00-1234", "536-22-0000",
        "078-05-1120", "219-09-9999", "123-45-6789", "111-11-1111", "555-55-5555", "888-88-8888",
    ])
    func invalid(_ ssn: String) {
        #expect(DetectorTestSupport.values(detector, "SSN \(ssn)").isEmpty)
        #expect(DetectorTestSupport.values(detector, "SSN \(ssn.replacingDashes(with: ""))").isEmpty)
    }

    @Test("Placeholders are accepted when the option is off")
    func placeholdersOption() throws {
        let lenient = try SSNDetector(options: ["reject-placeholders": .bool(false)])
        #expect(DetectorTestSupport.values(lenient, "SSN 123-45-6789") == ["123-45-6789"])
        #expect(DetectorTestSupport.values(lenient, "SSN 111-11-1111") == ["111-11-1111"])
        #expect(DetectorTestSupport.values(lenient, "SSN 078-05-1120").isEmpty)
    }

    @Test("Separators: dashes or spaces, the same throughout")
    func separators() {
        #expect(DetectorTestSupport.values(detector, "536-22-1234") == ["536-22-1234"])
        #expect(DetectorTestSupport.values(detector, "536 22 1234") == ["536-22-1234"])
        #expect(DetectorTestSupport.values(detector, "536-22 1234").isEmpty)
        #expect(DetectorTestSupport.values(detector, "536 22-1234").isEmpty)
        #expect(DetectorTestSupport.values(detector, "536.22.1234").isEmpty)
        #expect(DetectorTestSupport.values(detector, "536/22/1234").isEmpty)
    }

    @Test("Bare nine digits need a context word before them", arguments: [
        ("ssn=536221234", true), (#"{"SSN": "536221234"}"#, true), ("Social Security No. 536221234", true),
        ("social_security_number: 536221234", true), ("soc. sec. 536221234", true), ("user.ssn 536221234", true),
        ("order 536221234", false), ("zip 536221234", false), ("lessons 536221234", false),
        ("ssn is on file; the order number is the following one 536221234", false),
    ])
    func bareDigits(_ text: String, _ found: Bool) {
        #expect(DetectorTestSupport.values(detector, text) == (found ? ["536-22-1234"] : []))
    }

    @Test("Context words and distance come from the options")
    func contextOptions() throws {
        let custom = try SSNDetector(options: ["context-words": .strings(["taxpayer id"]), "context-distance": .integer(20)])
        #expect(DetectorTestSupport.values(custom, "taxpayerId=536221234") == ["536-22-1234"])
        #expect(DetectorTestSupport.values(custom, "ssn=536221234").isEmpty)
        #expect(DetectorTestSupport.values(custom, "taxpayer id, which we keep for filing: 536221234").isEmpty)
        let anyNine = try SSNDetector(options: ["bare-digits-need-context": .bool(false)])
        #expect(DetectorTestSupport.values(anyNine, "number 536221234") == ["536-22-1234"])
    }

    @Test("Neighbours that make it part of something longer", arguments: [
        "A536-22-1234", "536-22-1234B", "1-536-22-1234", "536-22-1234-5", "536-22-1234.5", "2024/536-22-1234",
        "ssn 5362212340", "ssn 53622123", "ssn_536221234x",
    ])
    func neighbours(_ text: String) {
        #expect(DetectorTestSupport.values(detector, text).isEmpty)
    }

    @Test("Veto words before a number, unless a context word comes first", arguments: [
        ("Serial No. 536-22-1234", false), ("order 536-22-1234", false), ("invoice_ref=536 22 1234", false),
        (#"{"tracking":"536-22-1234"}"#, false), ("order 7, SSN 536-22-1234", true), ("ssn_id=536-22-1234", true),
        ("Patient 536-22-1234", true),
    ])
    func vetoes(_ text: String, _ found: Bool) {
        #expect(DetectorTestSupport.values(detector, text) == (found ? ["536-22-1234"] : []))
    }

    @Test("A US taxpayer id is the SSN: its key is context, and its `id` does not veto", arguments: [
        (#"{"tax_id": "536-22-1234"}"#, true), ("tax_id=536221234", true), (#"tax_id="536 22 1234""#, true),
        ("TIN: 536221234", true), ("taxpayerId=536221234", true), ("Taxpayer identification number 536 22 1234", true),
        ("id=536221234", false), ("id=536-22-1234", false), ("tax_rate=536221234", false), ("Martin 536221234", false),
    ])
    func taxIDs(_ text: String, _ found: Bool) {
        #expect(DetectorTestSupport.values(detector, text) == (found ? ["536-22-1234"] : []), "\(text)")
    }

    @Test("Span after non-ASCII text")
    func span() {
        let text = "Numéro SSN : 536-22-1234"
        let found = detector.values(in: text)
        #expect(found.map(\.byteRange) == [14..<25])
        #expect(found.map { DetectorTestSupport.span($0, in: text) } == ["536-22-1234"])
    }
}

extension String {
    fileprivate func replacingDashes(with replacement: String) -> String {
        split(separator: "-", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
