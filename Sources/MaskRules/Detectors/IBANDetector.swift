/// Finds International Bank Account Numbers: a country code, two check digits and the national
/// account number (BBAN), of the length that country uses, passing the ISO 7064 mod-97 check.
///
/// Written either in one run (`DE89370400440532013000`) or in groups of four separated by single
/// spaces (`DE89 3704 0044 0532 0130 00`). Lower case is accepted when the whole IBAN is lower case
/// (`de89370400440532013000`, as in some URLs). No letter, digit or `_` may touch it.
///
/// The value is the IBAN in upper case without spaces.
public struct IBANDetector: ValueDetector, DigitRunDetector {
    /// The detector's id, category, summary, options and examples.
    public static let description = DetectorDescription(
        id: "iban",
        name: "IBAN",
        category: .payment,
        summary: "International bank account numbers of the right length for their country that pass the mod-97 check.",
        matchingExamples: [
            DetectorExample("IBAN DE89 3704 0044 0532 0130 00", value: "DE89370400440532013000"),
            DetectorExample("iban=GB29NWBK60161331926819&bic=NWBKGB2L", value: "GB29NWBK60161331926819"),
            DetectorExample(#"{"iban":"FR1420041010050500013M02606"}"#, value: "FR1420041010050500013M02606"),
            DetectorExample("Konto: CH93 0076 2011 6238 5295 7.", value: "CH9300762011623852957"),
            DetectorExample("NO9386011117947", value: "NO9386011117947"),
            DetectorExample("account de89370400440532013000", value: "DE89370400440532013000"),
            DetectorExample("Überweisung an NL91ABNA0417164300 bitte", value: "NL91ABNA0417164300"),
        ],
        nonMatchingExamples: [
            "DE89 3704 0044 0532 0130 01",
            "DE8937040044053201300",
            "DE893704004405320130001",
            "XX89370400440532013000",
            "ref ADE89370400440532013000",
            "DE89 37040044 0532013000",
            "De89370400440532013000",
            "model AB12 and CD34",
        ]
    )

    /// The category of the values found: payment.
    public let category = PIICategory.payment

    /// Creates a detector.
    public init() {}

    /// Creates a detector configured with a rule's options.
    /// - Throws: `DetectorConfigurationError` for unknown options and wrong types.
    public init(options: DetectorOptions) throws(DetectorConfigurationError) {
        _ = try DetectorOptionReader(options, for: Self.description)
    }

    /// The values in `bytes`, in order and not overlapping.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [DetectorMatch] {
        digitWalkMatches(in: bytes)
    }

    /// The check digits follow the two letters of the country code.
    var runSelection: DigitRunSelection { .afterTwoLetters }

    /// Two digits or more (the check digits): `step`'s first test.
    var runFilter: DigitRunFilter { DigitRunFilter(lengths: DigitRunFilter.lengths(atLeast: 2)) }

    /// Trigger: two digits after two letters (the selected runs start right after two letters).
    func step(atDigit digit: Int, runEnd: Int, in bytes: UnsafeBufferPointer<UInt8>, matches: inout [DetectorMatch]) -> Int {
        guard runEnd - digit >= 2, let match = candidate(at: digit - 2, in: bytes) else { return runEnd }
        matches.append(match)
        return match.byteRange.upperBound + 2
    }

    private func candidate(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        if ASCII.isWordByte(ASCII.byte(bytes, start - 1)) { return nil }
        let first = bytes[start]
        let second = bytes[start + 1]
        let isUpper = ASCII.isUpper(first)
        guard ASCII.isUpper(second) == isUpper,
            let length = IBANCountryTable.length(first & 0xDF, second & 0xDF)
        else { return nil }

        // Read the IBAN's characters, in one run or in space-separated groups of four.
        var characters: [UInt8] = []
        characters.reserveCapacity(length)
        var position = start
        let grouped = ASCII.byte(bytes, start + 4) == UInt8(ascii: " ")
        while characters.count < length {
            let byte = ASCII.byte(bytes, position)
            guard ASCII.isAlphanumeric(byte) else { return nil }
            if ASCII.isLetter(byte) {
                guard ASCII.isUpper(byte) == isUpper else { return nil }
                characters.append(byte & 0xDF)
            } else {
                characters.append(byte)
            }
            position += 1
            if grouped && characters.count % 4 == 0 && characters.count < length {
                guard ASCII.byte(bytes, position) == UInt8(ascii: " "),
                    ASCII.isAlphanumeric(ASCII.byte(bytes, position + 1))
                else { return nil }
                position += 1
            }
        }
        if ASCII.isWordByte(ASCII.byte(bytes, position)) { return nil }
        guard ASCII.isDigit(characters[2]), ASCII.isDigit(characters[3]) else { return nil }
        let checkDigits = Int(characters[2] &- 0x30) * 10 + Int(characters[3] &- 0x30)
        guard (2...98).contains(checkDigits), Self.passesMod97(characters) else { return nil }
        return DetectorMatch(byteRange: start..<position, value: String(decoding: characters, as: UTF8.self))
    }

    /// ISO 7064 MOD 97-10: the first four characters moved to the end, letters read as 10–35, the
    /// number mod 97 is 1.
    static func passesMod97(_ characters: [UInt8]) -> Bool {
        var remainder = 0
        for offset in 0..<characters.count {
            let byte = characters[(offset + 4) % characters.count]
            if ASCII.isDigit(byte) {
                remainder = (remainder * 10 + Int(byte &- 0x30)) % 97
            } else {
                remainder = (remainder * 100 + Int(byte &- 0x41) + 10) % 97
            }
        }
        return remainder == 1
    }
}
