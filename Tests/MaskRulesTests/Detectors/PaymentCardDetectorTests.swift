import Testing
@testable import MaskRules

@Suite("Payment card detector")
struct PaymentCardDetectorTests {
    let detector = PaymentCardDetector()

    @Test("Luhn", arguments: [
        ("4111111111111111", true), ("4111111111111112", false), ("79927398713", true), ("79927398710", false),
        ("0", true), ("18", true), ("5555555555554444", true), ("5555555555554440", false),
    ])
    func luhn(_ digits: String, _ valid: Bool) {
        #expect(Luhn.isValid(digits.utf8.map { $0 - 48 }) == valid)
    }

    @Test("Each issuer range at its lengths", arguments: [
        ("4222222222222", "visa"), ("4111111111111111", "visa"), ("4111111111111111110", "visa"),
        ("5105105105105100", "mastercard"), ("2221000000000009", "mastercard"), ("2720990000000007", "mastercard"),
        ("378282246310005", "amex"), ("341111111111111", "amex"),
        ("6011000990139424", "discover"), ("6445644564456445", "discover"), ("6500000000000002", "discover"),
        ("6221260000000000", "discover"),
        ("3530111333300000", "jcb"), ("3589000000000003", "jcb"),
        ("36227206271667", "diners"), ("30000000000004", "diners"), ("30950000000000", "diners"),
        ("38520000023237", "diners"),
        ("6200000000000005", "unionpay"), ("6212345678901265", "unionpay"),
        ("501800000009", "maestro"), ("5600000000000003", "maestro"), ("6759649826438453", "maestro"),
    ])
    func issuers(_ number: String, _ brand: String) {
        let digits = number.utf8.map { $0 - 48 }
        #expect(Luhn.isValid(digits), "\(number) must pass Luhn for this test")
        #expect(CardIssuerTable.brand(of: digits, among: CardBrand.mask(CardBrand.allCases))?.rawValue == brand)
        #expect(DetectorTestSupport.values(detector, "card \(number)") == [number])
        let restricted = PaymentCardDetector(brands: [brand])
        #expect(DetectorTestSupport.values(restricted, "card \(number)") == [number])
    }

    @Test("Luhn-valid numbers that no issuer uses at that prefix or length", arguments: [
        "1700000000004",          // 13-digit millisecond timestamp shape, prefix 1
        "1700000000000001",       // 16 digits starting with 1 (microseconds)
        "7000000000000005",       // prefix 7: no issuer
        "411111111111116",        // Visa at 15 digits
        "51051051051051",         // Mastercard at 14 digits
        "37828224631003",         // Amex at 14 digits
        "2721000000000004",       // just past the Mastercard 2-series
        "3090000000000005",       // Diners gap 306–309
        "8000000000000003",       // prefix 8
    ])
    func notIssued(_ number: String) {
        #expect(Luhn.isValid(number.utf8.map { $0 - 48 }), "\(number) must pass Luhn for this test")
        #expect(DetectorTestSupport.values(detector, "n \(number)").isEmpty)
    }

    @Test("Grouped shapes", arguments: [
        ("4111 1111 1111 1111", "4111111111111111"),
        ("4111-1111-1111-1111", "4111111111111111"),
        ("4111.1111.1111.1111", "4111111111111111"),
        ("4111+1111+1111+1111", "4111111111111111"),
        ("3782 822463 10005", "378282246310005"),
        ("3622 720627 1667", "36227206271667"),
        ("4111 1111 1111 1111 110", "4111111111111111110"),
        ("4222 2222 2222 2", "4222222222222"),
    ])
    func grouped(_ text: String, _ value: String) {
        #expect(DetectorTestSupport.values(detector, "pay with \(text) now") == [value])
    }

    @Test("Bad groupings and neighbours", arguments: [
        "4111-1111-1111-1111-0000",
        "41111 11111 11111 1",
        "4111 1111-1111 1111",
        "x4111111111111111",
        "4111111111111111x",
        "_4111111111111111",
        "9-4111-1111-1111-1111",
        "4111111111111111.00",
        "4111111111111111-7",
        "123-4111111111111111",
        "IBAN GB61 HJEW 6456 7242 0556 07",
        "DE41 3561 7491 7465 5851 40",
        "iban=GB61+SFHF+6742+4876+5017+94",
    ])
    func badShapes(_ text: String) {
        #expect(DetectorTestSupport.values(detector, text).isEmpty)
    }

    @Test("A card followed by other numbers after a space is still found")
    func followedByNumbers() {
        #expect(DetectorTestSupport.values(detector, "4111 1111 1111 1111 12/29 123") == ["4111111111111111"])
        #expect(DetectorTestSupport.values(detector, "4111111111111111 0425") == ["4111111111111111"])
    }

    @Test("Keys and labels veto bare runs", arguments: [
        #""order_id":"6011000990139424""#, "ts=6011000990139424", "timestamp: 6011000990139424",
        "trackingNumber=6011000990139424", "invoice #6011000990139424", "REF-6011000990139424",
        "sessionId=6011000990139424", "createdAt 6011000990139424", "Order no. 6011000990139424",
        "tracking number: 6011000990139424", #"{"card":"x","order_id":"6011000990139424"}"#,
    ])
    func vetoes(_ text: String) {
        #expect(DetectorTestSupport.values(detector, text).isEmpty)
    }

    @Test("Card words cancel a veto, and grouped numbers are never vetoed", arguments: [
        #""card_id":"6011000990139424""#, "order card 6011 0009 9013 9424", "orderId=6011-0009-9013-9424",
        "pan=6011000990139424", "creditCardNumber: 6011000990139424", "card no. 6011000990139424",
        #"{"order_id":"7","pan":"6011000990139424"}"#, "order paid by card 6011000990139424",
    ])
    func notVetoed(_ text: String) {
        #expect(DetectorTestSupport.values(detector, text) == ["6011000990139424"])
    }

    @Test("Only the word right before a bare run, or one joined to it by `no.` or `number`, decides", arguments: [
        (#"{"number":"6011000990139424"}"#, true), ("phone_number=%2B1-598-652-8214&number=6011000990139424", true),
        ("Card number: 6011000990139424", true), ("Sending receipt for order ORD-54928805 to 6011000990139424", true),
        ("order number is 6011000990139424", false), ("Invoice Nr. 6011000990139424", false),
        ("phone number 6011000990139424", false),
    ])
    func nearestWordDecides(_ text: String, _ found: Bool) {
        #expect(DetectorTestSupport.values(detector, text) == (found ? ["6011000990139424"] : []), "\(text)")
    }

    @Test("Veto words come from the options")
    func vetoOption() throws {
        let custom = try PaymentCardDetector(options: ["veto-words": .strings(["sku"])])
        #expect(DetectorTestSupport.values(custom, "order=6011000990139424") == ["6011000990139424"])
        #expect(DetectorTestSupport.values(custom, "sku=6011000990139424").isEmpty)
    }

    @Test("Several cards, exact spans")
    func spans() {
        let text = "Kärtchen: 4111 1111 1111 1111; Ersatz 5555555555554444."
        let found = detector.values(in: text)
        #expect(found.map(\.value) == ["4111111111111111", "5555555555554444"])
        #expect(found.map { DetectorTestSupport.span($0, in: text) } == ["4111 1111 1111 1111", "5555555555554444"])
        #expect(found.first?.byteRange == 11..<30)
    }
}
