import Testing
@testable import MaskRules

@Suite("Phone detector")
struct PhoneDetectorTests {
    let detector = PhoneDetector()

    @Test("Every common NANP form", arguments: [
        "(415) 555-2671", "(415)555-2671", "(415) 555 2671", "(415)-555-2671", "415-555-2671", "415.555.2671",
        "415 555 2671", "415 555-2671", "+1 415 555 2671", "+1-415-555-2671", "+1.415.555.2671",
        "+1 (415) 555-2671", "+1(415)555-2671", "1-415-555-2671", "1 415 555 2671", "1.415.555.2671",
        "1 (415) 555-2671", "+14155552671", "+1 4155552671", "(+1) 415-555-2671",
    ])
    func nanpForms(_ text: String) {
        #expect(DetectorTestSupport.values(detector, "call \(text) now") == ["+14155552671"])
        #expect(DetectorTestSupport.values(detector, text) == ["+14155552671"])
    }

    @Test("NANP validity: area code and exchange start with 2–9, no N11 area code", arguments: [
        "(115) 555-2671", "015-555-2671", "211-555-2671", "411-555-2671", "911-555-2671",
        "415-155-2671", "415-055-2671", "+1 115 555 2671",
    ])
    func nanpValidity(_ text: String) {
        #expect(DetectorTestSupport.values(detector, text).isEmpty)
    }

    @Test("Bare ten and eleven digits need a context word", arguments: [
        ("phone: 4155552671", true), (#"{"mobileNumber":"4155552671"}"#, true), ("tel=14155552671", true),
        ("Call 4155552671", true), ("id 4155552671", false), ("4155552671", false), ("order 14155552671", false),
    ])
    func bareDigits(_ text: String, _ found: Bool) {
        #expect(DetectorTestSupport.values(detector, text) == (found ? ["+14155552671"] : []))
    }

    @Test("International numbers", arguments: [
        ("+44 20 7183 8750", "+442071838750"),
        ("+44 (0)20 7183 8750", "+442071838750"),
        ("+442071838750", "+442071838750"),
        ("+49 30 12345678", "+493012345678"),
        ("+49-151-23456789", "+4915123456789"),
        ("+33 1 42 68 53 00", "+33142685300"),
        ("+33.1.42.68.53.00", "+33142685300"),
        ("+34 912 345 678", "+34912345678"),
        ("+39 06 1234 5678", "+390612345678"),
        ("+31 20 123 4567", "+31201234567"),
        ("+7 (495) 123-45-67", "+74951234567"),
        ("+81-3-1234-5678", "+81312345678"),
        ("+86 138 0013 8000", "+8613800138000"),
        ("+91 98765 43210", "+919876543210"),
        ("+61 2 9374 4000", "+61293744000"),
        ("+55 11 91234-5678", "+5511912345678"),
        ("+52 55 1234 5678", "+525512345678"),
        ("+353 1 234 5678", "+35312345678"),
        ("+972-3-123-4567", "+97231234567"),
        ("+971 50 123 4567", "+971501234567"),
        ("+27 21 123 4567", "+27211234567"),
        ("+234 803 123 4567", "+2348031234567"),
        ("+65 6123 4567", "+6561234567"),
        ("+250 788 123 456", "+250788123456"),
        ("(+44) 20 7183 8750", "+442071838750"),
        ("+54 9 11 1234-5678", "+5491112345678"),
        ("+81 90-1234-5678", "+819012345678"),
    ])
    func international(_ text: String, _ value: String) {
        #expect(DetectorTestSupport.values(detector, "Tel.: \(text).") == [value])
    }

    @Test("International numbers of a length their country does not use, or unassigned codes", arguments: [
        "+44 20 7183", "+33 1 42 68 53 00 11", "+49 30", "+91 98765 4321", "+28 1234 5678", "+0 20 7183 8750",
        "+1234567890123456", "+80 1234 5678",
    ])
    func internationalInvalid(_ text: String) {
        #expect(DetectorTestSupport.values(detector, text).isEmpty)
    }

    @Test("Things that are not phone numbers", arguments: [
        "2024-01-15", "01/15/2024", "15.01.2024", "12:30:45", "2024-01-15T12:30:45Z", "$1,234.56", "1,234,567.89",
        "1.2.3.4", "v10.415.555", "94105-1234", "37.7749, -122.4194", "-122.4194", "978-3-16-148410-0",
        "ISBN 0-306-40615-2", "9780306406157", "192.168.100.200", "10.0.0.1", "2001:db8::ff00:42:8329",
        "550e8400-e29b-41d4-a716-446655440000", "1700000000", "1700000000000", "+05:30", "+15%",
        "+2024-01-15", "+37.7749", "4111 1111 1111 1111", "536-22-1234", "order 415-555-2671-01",
    ])
    func notPhones(_ text: String) {
        #expect(DetectorTestSupport.values(detector, text).isEmpty)
    }

    @Test("Regions option limits what is found")
    func regions() throws {
        let nanpOnly = try PhoneDetector(options: ["regions": .strings(["nanp"])])
        #expect(DetectorTestSupport.values(nanpOnly, "+44 20 7183 8750").isEmpty)
        #expect(DetectorTestSupport.values(nanpOnly, "+1 415 555 2671") == ["+14155552671"])
        let internationalOnly = try PhoneDetector(options: ["regions": .string("e164")])
        #expect(DetectorTestSupport.values(internationalOnly, "+1 415 555 2671").isEmpty)
    }

    @Test("Spans cover the prefix, after non-ASCII text")
    func spans() {
        let text = "Téléphone : +1 (415) 555-2671 ou +33 1 42 68 53 00"
        let found = detector.values(in: text)
        #expect(found.map { DetectorTestSupport.span($0, in: text) } == ["+1 (415) 555-2671", "+33 1 42 68 53 00"])
        #expect(found.first?.byteRange == 14..<31)
        let parenthesised = "Tel (+44) 20 7183 8750"
        #expect(detector.values(in: parenthesised).map { DetectorTestSupport.span($0, in: parenthesised) } == ["(+44) 20 7183 8750"])
    }

    @Test("The call prefix 00 stands for +", arguments: [
        ("0044 20 7183 8750", "+442071838750", "0044 20 7183 8750"),
        ("tel. 0061 8 8012 2980 (office)", "+61880122980", "0061 8 8012 2980"),
        (#""telephone": "0064 9 976 4162""#, "+6499764162", "0064 9 976 4162"),
        ("0039 364 930 6579", "+393649306579", "0039 364 930 6579"),
        ("001 415 555 2671", "+14155552671", "001 415 555 2671"),
        ("phone 00442071838750", "+442071838750", "00442071838750"),
    ])
    func internationalCallPrefix(_ text: String, _ value: String, _ span: String) {
        let found = detector.values(in: text)
        #expect(found.map(\.value) == [value], "\(text)")
        #expect(found.map { DetectorTestSupport.span($0, in: text) } == [span], "\(text)")
    }

    @Test("No 00 number in zero-padded ids, and no NANP number right after a calling code", arguments: [
        "id 00442071838750", "order 0044207183875012", "x0044 20 7183 8750",
        "0039 364 930 6579 12 34 56", "+39 364 930 6579 12 34",
    ])
    func notInternational(_ text: String) {
        #expect(DetectorTestSupport.values(detector, text).isEmpty, "\(text)")
    }

    @Test("Calling code table: codes are prefix-free and national lengths stay within E.164")
    func callingCodes() {
        let codes = CallingCodeTable.nationalLengths.keys.map(String.init)
        for code in codes {
            #expect(!codes.contains { $0 != code && $0.hasPrefix(code) }, "\(code) is a prefix of another code")
            let digits = code.count + CallingCodeTable.nationalLengths[Int(code)!]!.upperBound
            #expect(digits <= 15, "+\(code) allows \(digits) digits")
        }
        #expect(codes.count >= 150)
    }
}
