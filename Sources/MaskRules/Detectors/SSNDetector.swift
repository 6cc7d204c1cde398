/// Finds US Social Security numbers that the SSA could have issued.
///
/// Accepted shapes: `AAA-GG-SSSS`, `AAA GG SSSS` (one separator kind throughout), and a bare run of
/// nine digits, which is accepted only when a context word (`ssn`, `social security`, …) appears
/// within `context-distance` bytes before it, because nine-digit numbers are everywhere. A US tax id
/// (`tax_id`, `TIN`, `taxpayer`) of an individual is the SSN, so those words are context words too. No letter,
/// digit or `_` may touch the number, and it may not continue a longer sequence joined by `-`, `.` or
/// `/` (`2024-123-45-6789`, `123-45-6789-01`). Any number is vetoed when, walking back over the words
/// before it on its line, a veto word (`order`, `serial`, `invoice`, …) comes before any context word:
/// `Serial No. 536-22-1234` is not an SSN, `order 7, SSN 536-22-1234` is.
///
/// Validity follows the SSA's rules since randomization (2011): area 001–899 except 666, group 01–99,
/// serial 0001–9999. The numbers made invalid by their fame are rejected: 078-05-1120 (the Woolworth
/// wallet card) and 219-09-9999 (an SSA pamphlet). With `reject-placeholders` (the default), the
/// numbers people type as dummies are rejected too: 123-45-6789 (though valid by the rules, it is the
/// canonical example and is not a real person's number in practice) and the nine-identical-digit
/// numbers 111-11-1111 … 888-88-8888.
///
/// The value is `AAA-GG-SSSS`.
public struct SSNDetector: ValueDetector, DigitRunDetector {
    /// The detector's id, category, summary, options and examples.
    public static let description = DetectorDescription(
        id: "ssn",
        name: "US Social Security Number",
        category: .ssn,
        summary: "US Social Security numbers valid under the SSA's rules; bare nine-digit numbers only after a context word such as `ssn`.",
        options: [
            DetectorOptionSpec(
                name: "bare-digits-need-context", type: .bool, defaultValue: .bool(true),
                summary: "Accept a bare nine-digit number only when a context word precedes it."),
            DetectorOptionSpec(
                name: "context-words", type: .strings, defaultValue: .strings(defaultContextWords),
                summary: "Words that mark a bare nine-digit number as an SSN (matched ignoring case and separators, `*` for a word prefix or suffix)."),
            DetectorOptionSpec(
                name: "context-distance", type: .integer(0...400), defaultValue: .integer(40),
                summary: "How many bytes before a bare number are searched for a context word."),
            DetectorOptionSpec(
                name: "veto-words", type: .strings, defaultValue: .strings(defaultVetoWords),
                summary: "Words right before a number, formatted or not, that mark it as some other number (`Serial No. 536-22-1234`)."),
            DetectorOptionSpec(
                name: "reject-placeholders", type: .bool, defaultValue: .bool(true),
                summary: "Reject 123-45-6789 and numbers of nine identical digits, which are typed as dummies."),
        ],
        matchingExamples: [
            DetectorExample("SSN: 536-22-1234", value: "536-22-1234"),
            DetectorExample("applicant 536 22 1234 approved", value: "536-22-1234"),
            DetectorExample(#"{"ssn":"536221234"}"#, value: "536-22-1234"),
            DetectorExample("Social Security Number 536221234", value: "536-22-1234"),
            DetectorExample("socialSecurityNumber=536221234", value: "536-22-1234"),
            DetectorExample("ssn=001-01-0001", value: "001-01-0001"),
            DetectorExample("社会保障番号 SSN 536-22-1234", value: "536-22-1234"),
            DetectorExample(#"{"tax_id": "536-22-1234"}"#, value: "536-22-1234"),
            DetectorExample("taxpayerId=536221234", value: "536-22-1234"),
        ],
        nonMatchingExamples: [
            "order 536221234 shipped",
            "SSN: 000-12-3456",
            "SSN: 666-12-3456",
            "SSN: 912-12-3456",
            "SSN: 536-00-1234",
            "SSN: 536-22-0000",
            "SSN: 078-05-1120",
            "SSN: 219-09-9999",
            "SSN: 123-45-6789",
            "SSN: 111-11-1111",
            "SSN: 536-22 1234",
            "ref 536-22-1234-77",
            "ssn 5362212345",
            "id A536-22-1234",
            "date 2024-01-15",
            "Serial No. 536-22-1234",
        ]
    )

    static let defaultContextWords = [
        "ssn", "ssns", "social security", "soc sec", "socsec", "ss no", "ss num*", "tax id", "tin", "taxpayer*",
    ]

    static let defaultVetoWords = [
        "order", "orders", "invoice", "ref", "reference", "serial", "tracking", "transaction", "txn", "sku", "part",
        "model", "ticket", "case", "claim", "policy", "member", "account", "acct", "routing", "phone", "tel", "fax",
        "zip", "isbn", "po", "confirmation", "booking", "item", "product", "id", "ids", "version", "build", "room",
    ]

    /// The category of the values found: ssn.
    public let category = PIICategory.ssn
    let bareDigitsNeedContext: Bool
    let context: ContextTerms
    let contextWords: [WordPattern]
    let vetoWords: [WordPattern]
    let rejectPlaceholders: Bool

    /// Creates a detector with the default context and veto words.
    public init(
        bareDigitsNeedContext: Bool = true, contextWords: [String]? = nil, contextDistance: Int = 40,
        vetoWords: [String]? = nil, rejectPlaceholders: Bool = true
    ) {
        self.bareDigitsNeedContext = bareDigitsNeedContext
        context = ContextTerms(contextWords ?? Self.defaultContextWords, distance: contextDistance)
        self.contextWords = context.patterns
        self.vetoWords = WordPattern.list(vetoWords ?? Self.defaultVetoWords)
        self.rejectPlaceholders = rejectPlaceholders
    }

    /// Creates a detector configured with a rule's options.
    /// - Throws: `DetectorConfigurationError` for unknown options and wrong types.
    public init(options: DetectorOptions) throws(DetectorConfigurationError) {
        let reader = try DetectorOptionReader(options, for: Self.description)
        self.init(
            bareDigitsNeedContext: reader.bool("bare-digits-need-context"),
            contextWords: reader.strings("context-words"),
            contextDistance: reader.integer("context-distance"),
            vetoWords: reader.strings("veto-words"),
            rejectPlaceholders: reader.bool("reject-placeholders"))
    }

    /// The values in `bytes`, in order and not overlapping.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [DetectorMatch] {
        digitWalkMatches(in: bytes)
    }

    /// No number starts inside a word.
    var runSelection: DigitRunSelection { .outsideWords }

    /// Three digits (a grouped number's first group) or nine, not continuing a longer number:
    /// `step`'s first tests.
    var runFilter: DigitRunFilter {
        DigitRunFilter(lengths: DigitRunFilter.lengths([3, 9]), joinersAfterDigit: DigitRunFilter.mask("-./"))
    }

    /// A number starting at the digit run `digit..<runEnd`; the walk goes on after it, or after the run.
    func step(atDigit digit: Int, runEnd: Int, in bytes: UnsafeBufferPointer<UInt8>, matches: inout [DetectorMatch]) -> Int {
        // The first tests of `candidate`, where they cost no call: three or nine digits that do not
        // continue a longer number.
        guard runEnd - digit == 3 || runEnd - digit == 9 else { return runEnd }
        if Self.joinsNumbers(ASCII.byte(bytes, digit - 1)) && ASCII.isDigit(ASCII.byte(bytes, digit - 2)) { return runEnd }
        guard let match = candidate(from: digit, runEnd: runEnd, in: bytes) else { return runEnd }
        matches.append(match)
        return match.byteRange.upperBound
    }

    private func candidate(from start: Int, runEnd: Int, in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        let length = runEnd - start
        guard length == 3 || length == 9 else { return nil }
        let previous = ASCII.byte(bytes, start - 1)
        if ASCII.isWordByte(previous) { return nil }
        if Self.joinsNumbers(previous) && ASCII.isDigit(ASCII.byte(bytes, start - 2)) { return nil }

        let end: Int
        if length == 3 {
            guard runEnd < bytes.count else { return nil }
            let separator = bytes[runEnd]
            guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: " "),
                ASCII.digits(bytes, at: runEnd + 1, count: 2), ASCII.byte(bytes, runEnd + 3) == separator,
                ASCII.digits(bytes, at: runEnd + 4, count: 4)
            else { return nil }
            end = runEnd + 8
        } else {
            end = runEnd
        }
        let next = ASCII.byte(bytes, end)
        if ASCII.isWordByte(next) { return nil }
        if Self.joinsNumbers(next) && ASCII.isDigit(ASCII.byte(bytes, end + 1)) { return nil }

        var digits: [UInt8] = []
        digits.reserveCapacity(9)
        for index in start..<end where ASCII.isDigit(bytes[index]) { digits.append(bytes[index] &- 0x30) }
        guard isValid(digits) else { return nil }
        if length == 9 && bareDigitsNeedContext && !context.occur(before: start, in: bytes) { return nil }
        if ContextTerms.nearestDecidingWord(before: start, in: bytes, keep: contextWords, veto: vetoWords) == .veto {
            return nil
        }

        var text = digits.map { $0 &+ 0x30 }
        text.insert(UInt8(ascii: "-"), at: 5)
        text.insert(UInt8(ascii: "-"), at: 3)
        return DetectorMatch(byteRange: start..<end, value: String(decoding: text, as: UTF8.self))
    }

    /// `-`, `.` and `/`: bytes that make a digit run next to them part of one longer number.
    private static func joinsNumbers(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
    }

    /// The SSA rules, the famous invalid numbers and (optionally) the placeholders.
    func isValid(_ digits: [UInt8]) -> Bool {
        let area = Int(digits[0]) * 100 + Int(digits[1]) * 10 + Int(digits[2])
        let group = Int(digits[3]) * 10 + Int(digits[4])
        let serial = Int(digits[5]) * 1000 + Int(digits[6]) * 100 + Int(digits[7]) * 10 + Int(digits[8])
        if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 { return false }
        if (area, group, serial) == (78, 5, 1120) || (area, group, serial) == (219, 9, 9999) { return false }
        if rejectPlaceholders {
            if (area, group, serial) == (123, 45, 6789) { return false }
            if digits.allSatisfy({ $0 == digits[0] }) { return false }
        }
        return true
    }
}
