import Testing
@testable import MaskRules

@Suite("IBAN detector")
struct IBANDetectorTests {
    let detector = IBANDetector()

    @Test("Valid IBANs of many countries", arguments: [
        "AL47212110090000000235698741", "AD1200012030200359100100", "AT611904300234573201", "BE68539007547034",
        "BA391290079401028494", "BG80BNBG96611020345678", "HR1210010051863000160", "CY17002001280000001200527600",
        "CZ6508000000192000145399", "DK5000400440116243", "EE382200221020145685", "FI2112345600000785",
        "FR1420041010050500013M02606", "DE89370400440532013000", "GI75NWBK000000007099453", "GR1601101250000000012300695",
        "HU42117730161111101800000000", "IS140159260076545510730339", "IE29AIBK93115212345678", "IL620108000000099999999",
        "IT60X0542811101000000123456", "LV80BANK0000435195001", "LI21088100002324013AA", "LT121000011101001000",
        "LU280019400644750000", "MT84MALT011000012345MTLCAST001S", "MC5811222000010123456789030", "NL91ABNA0417164300",
        "NO9386011117947", "PL61109010140000071219812874", "PT50000201231234567890154", "RO49AAAA1B31007593840000",
        "SM86U0322509800000000270100", "SA0380000000608010167519", "RS35260005601001611379", "SK3112000000198742637541",
        "SI56263300012039086", "ES9121000418450200051332", "SE4550000000058398257466", "CH9300762011623852957",
        "TR330006100519786457841326", "AE070331234567890123456", "GB29NWBK60161331926819", "BR1800360305000010009795493C1",
        "UA213223130000026007233566001", "QA58DOHB00001234567890ABCDEFG", "KW81CBKU0000000000001234560101",
    ])
    func valid(_ iban: String) {
        #expect(DetectorTestSupport.values(detector, "IBAN: \(iban)") == [iban])
        let grouped = stride(from: 0, to: iban.count, by: 4).map { offset in
            String(iban.dropFirst(offset).prefix(4))
        }.joined(separator: " ")
        #expect(DetectorTestSupport.values(detector, "IBAN: \(grouped)") == [iban])
        #expect(DetectorTestSupport.values(detector, "iban=\(iban.lowercased())") == [iban])
    }

    @Test("mod-97 catches a changed digit and swapped digits", arguments: [
        "DE89370400440532013001", "DE89370400440532013100", "DE98370400440532013000", "GB29NWBK60161331926818",
        "GB29NWBK61061331926819",
    ])
    func mod97(_ iban: String) {
        #expect(DetectorTestSupport.values(detector, iban).isEmpty)
    }

    @Test("Length must be the country's", arguments: [
        "DE8937040044053201300", "DE893704004405320130000", "NO938601111794", "FR14200410100505000013M02606",
    ])
    func length(_ iban: String) {
        #expect(DetectorTestSupport.values(detector, iban).isEmpty)
    }

    @Test("Unknown countries, bad check digits, mixed case and bad grouping", arguments: [
        "ZZ89370400440532013000", "US64SVBKUS6S3300958879", "DE00370400440532013000", "DE01370400440532013000",
        "De89370400440532013000", "DE89370400440532013000x", "XDE89370400440532013000", "DE89 370 4004 4053 2013 000",
        "DE89  3704 0044 0532 0130 00", "DE89-3704-0044-0532-0130-00",
    ])
    func invalid(_ text: String) {
        #expect(DetectorTestSupport.values(detector, text).isEmpty)
    }

    @Test("Span of a grouped IBAN after non-ASCII text")
    func span() {
        let text = "Überweisung auf DE89 3704 0044 0532 0130 00, danke"
        let found = detector.values(in: text)
        #expect(found.map { DetectorTestSupport.span($0, in: text) } == ["DE89 3704 0044 0532 0130 00"])
        #expect(found.first?.byteRange == 17..<44)
        #expect(found.first?.category == .payment)
    }
}
