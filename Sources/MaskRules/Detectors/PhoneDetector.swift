/// Finds telephone numbers: North American (NANP) numbers in their common written forms, and
/// international numbers written with `+` and a calling code.
///
/// NANP forms: `(415) 555-2671`, `(415)555-2671`, `415-555-2671`, `415.555.2671`, `415 555 2671`,
/// `415 555-2671`, each optionally after `+1`, `+1-`, `+1 `, `+1.`, `1-`, `1 ` or `1.`, and
/// `+14155552671`. The area code and exchange start with 2–9 and the area code is not N11 (211, 911…).
/// Bare runs `4155552671` and `14155552671` are accepted only after a context word (`phone`, `tel`, …),
/// because ten-digit numbers are also ids and Unix times.
///
/// International: `+` (or the call prefix `00`) and a calling code, then digit groups separated by single spaces, `-` or `.`,
/// with parenthesised groups (`+7 (495) 123-45-67`), a `(0)` trunk prefix (`+44 (0)20 7183 8750`)
/// or a parenthesised calling code (`(+44) 20 7183 8750`), or no separators (`+442071838750`; with
/// `00`, only after a context word). A NANP-shaped number right after a calling code and a separator
/// (`0039 364 930 6579`, `+39 364 930 6579`) is the rest of an international number, not a NANP one. The national number's length must fit the
/// calling code (see `CallingCodeTable`); all digit groups that follow the `+` count, so a number
/// followed by more groups (`+33 1 42 68 53 00 11`) is too long and not reported.
///
/// No letter, digit or `_` may touch the number, and it may not continue a longer sequence joined by
/// `-`, `.` or `/`. So dates, times, prices, version strings, ZIP+4 codes, coordinates, ISBNs, IP
/// addresses and UUIDs do not match.
///
/// The value is the E.164 form: `+14155552671`, `+442071838750`.
public struct PhoneDetector: ValueDetector, DigitRunDetector {
    /// The detector's id, category, summary, options and examples.
    public static let description = DetectorDescription(
        id: "phone",
        name: "Phone Number",
        category: .phone,
        summary: "North American numbers in their common forms and international numbers with `+` and a calling code.",
        options: [
            DetectorOptionSpec(
                name: "regions", type: .choiceList(["nanp", "e164"]), defaultValue: .strings(["nanp", "e164"]),
                summary: "Which numbers to find: `nanp` (North American forms, including +1) and `e164` (other `+` calling codes)."),
            DetectorOptionSpec(
                name: "bare-digits-need-context", type: .bool, defaultValue: .bool(true),
                summary: "Accept an unformatted 10- or 11-digit NANP number only when a context word precedes it."),
            DetectorOptionSpec(
                name: "context-words", type: .strings, defaultValue: .strings(defaultContextWords),
                summary: "Words that mark a bare digit run as a phone number."),
            DetectorOptionSpec(
                name: "context-distance", type: .integer(0...400), defaultValue: .integer(32),
                summary: "How many bytes before a bare number are searched for a context word."),
        ],
        matchingExamples: [
            DetectorExample("Call (415) 555-2671 today", value: "+14155552671"),
            DetectorExample("phone=415-555-2671", value: "+14155552671"),
            DetectorExample("415.555.2671", value: "+14155552671"),
            DetectorExample("tel 415 555 2671", value: "+14155552671"),
            DetectorExample("+1 415 555 2671", value: "+14155552671"),
            DetectorExample("1-800-555-0199", value: "+18005550199"),
            DetectorExample(#"{"mobile":"4155552671"}"#, value: "+14155552671"),
            DetectorExample("tel:+14155552671", value: "+14155552671"),
            DetectorExample("UK office +44 20 7183 8750", value: "+442071838750"),
            DetectorExample("+44 (0)20 7183 8750", value: "+442071838750"),
            DetectorExample("+442071838750", value: "+442071838750"),
            DetectorExample("Moskau +7 (495) 123-45-67", value: "+74951234567"),
            DetectorExample("電話 +81-3-1234-5678", value: "+81312345678"),
            DetectorExample("London 0044 20 7183 8750", value: "+442071838750"),
            DetectorExample("001 415 555 2671", value: "+14155552671"),
        ],
        nonMatchingExamples: [
            "date 2024-01-15", "on 01/15/2024 at 12:30:45", "price 1,234.56", "version 1.2.3.4",
            "zip 94105-1234", "at 37.7749, -122.4194", "isbn 978-3-16-148410-0", "host 192.168.100.200",
            "id 550e8400-e29b-41d4-a716-446655440000", "ts 4155552671", "(123) 555-2671",
            "911-555-2671", "415-155-2671", "+44 20", "+2024-01-15", "offset +05:30",
            "serial 415-555-2671-99", "x415-555-2671", "id 00442071838750", "+39 364 930 6579 12 34",
        ]
    )

    static let defaultContextWords = [
        "phone*", "tel", "telephone", "mobile*", "cell", "cellphone", "fax", "sms", "whatsapp", "call",
        "msisdn", "contact number", "ph", "mob",
    ]

    /// The category of the values found: phone.
    public let category = PIICategory.phone
    let findsNANP: Bool
    let findsInternational: Bool
    let bareDigitsNeedContext: Bool
    let context: ContextTerms

    /// Creates a detector.
    public init(
        regions: Set<String> = ["nanp", "e164"], bareDigitsNeedContext: Bool = true,
        contextWords: [String]? = nil, contextDistance: Int = 32
    ) {
        findsNANP = regions.contains("nanp")
        findsInternational = regions.contains("e164")
        self.bareDigitsNeedContext = bareDigitsNeedContext
        context = ContextTerms(contextWords ?? Self.defaultContextWords, distance: contextDistance)
    }

    /// Creates a detector configured with a rule's options.
    /// - Throws: `DetectorConfigurationError` for unknown options and wrong types.
    public init(options: DetectorOptions) throws(DetectorConfigurationError) {
        let reader = try DetectorOptionReader(options, for: Self.description)
        self.init(
            regions: Set(reader.strings("regions")),
            bareDigitsNeedContext: reader.bool("bare-digits-need-context"),
            contextWords: reader.strings("context-words"),
            contextDistance: reader.integer("context-distance"))
    }

    /// The values in `bytes`, in order and not overlapping.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [DetectorMatch] {
        digitWalkMatches(in: bytes)
    }

    /// No number starts inside a word.
    var runSelection: DigitRunSelection { .outsideWords }

    /// Digits after `+` or `(`, runs of 3, 10 or 11 digits, a `00` call prefix, or one digit and a
    /// group separator (the `1` of `1-800-…`), not continuing a longer number: `step`'s first tests.
    var runFilter: DigitRunFilter {
        DigitRunFilter(
            lengths: DigitRunFilter.lengths([3, 10, 11]), bytesBefore: DigitRunFilter.mask("+("),
            separatorsAfterOneDigit: DigitRunFilter.mask(" -."), callPrefix: true,
            joinersAfterDigit: DigitRunFilter.mask("-./"))
    }

    /// A number starting at `digit`, or at the `+` or `(` right before it (every number starts so);
    /// the walk goes on after it, or after the digit run.
    func step(atDigit digit: Int, runEnd: Int, in bytes: UnsafeBufferPointer<UInt8>, matches: inout [DetectorMatch]) -> Int {
        let previous = ASCII.byte(bytes, digit - 1)
        let start = previous == UInt8(ascii: "+") || previous == UInt8(ascii: "(") ? digit - 1 : digit
        if start == digit {
            // The first tests of `candidate`, where they cost no call: a number does not continue a
            // longer one, and one without `+`, `(`, `00` or `1 ` before it is a NANP number of 3
            // (grouped), 10 or 11 digits.
            if Self.joinsNumbers(previous) && ASCII.isDigit(ASCII.byte(bytes, digit - 2)) { return runEnd }
            let length = runEnd - digit
            if length != 3 && length != 10 && length != 11 {
                let first = bytes[digit]
                let isCallPrefix = first == UInt8(ascii: "0") && ASCII.byte(bytes, digit + 1) == UInt8(ascii: "0")
                let isCountryCode = first == UInt8(ascii: "1") && Self.isGroupSeparator(ASCII.byte(bytes, digit + 1))
                if !isCallPrefix && !isCountryCode { return runEnd }
            }
        }
        guard start >= (matches.last?.byteRange.upperBound ?? 0), let match = candidate(at: start, in: bytes) else { return runEnd }
        matches.append(match)
        return match.byteRange.upperBound
    }

    private static func joinsNumbers(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
    }

    private static func isGroupSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// Whether a number may end at `end`.
    private static func endsCleanly(at end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let next = ASCII.byte(bytes, end)
        if ASCII.isWordByte(next) { return false }
        return !(joinsNumbers(next) && ASCII.isDigit(ASCII.byte(bytes, end + 1)))
    }

    private func candidate(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        let previous = ASCII.byte(bytes, start - 1)
        if ASCII.isWordByte(previous) || previous == UInt8(ascii: "+") { return nil }
        if Self.joinsNumbers(previous) && ASCII.isDigit(ASCII.byte(bytes, start - 2)) { return nil }
        let first = bytes[start]
        if first == UInt8(ascii: "+") {
            // `(+44) 20 …`: the match starts at the parenthesis.
            let matchStart = previous == UInt8(ascii: "(") ? start - 1 : start
            if matchStart < start && (ASCII.isWordByte(ASCII.byte(bytes, start - 2))) { return nil }
            let next = ASCII.byte(bytes, start + 1)
            if next == UInt8(ascii: "1") {
                guard findsNANP else { return nil }
                var position = start + 2
                if matchStart < start {
                    guard ASCII.byte(bytes, position) == UInt8(ascii: ")") else { return nil }
                    position += 1
                }
                let separator = ASCII.byte(bytes, position)
                if Self.isGroupSeparator(separator) { position += 1 }
                return nanp(from: matchStart, at: position, hasCountryCode: true, in: bytes)
            }
            guard findsInternational, ASCII.isDigit(next), next != UInt8(ascii: "0") else { return nil }
            return international(from: start, digitsFrom: start + 1, matchStart: matchStart, in: bytes)
        }
        if first == UInt8(ascii: "0") && ASCII.byte(bytes, start + 1) == UInt8(ascii: "0") {
            // `0044 20 7183 8750`: the international call prefix `00` written for `+`.
            let code = ASCII.byte(bytes, start + 2)
            guard ASCII.isDigit(code), code != UInt8(ascii: "0") else { return nil }
            // A group of a longer number (`3536 0066 4250 1427`), not a call prefix.
            if previous == UInt8(ascii: " ") && ASCII.isDigit(ASCII.byte(bytes, start - 2)) { return nil }
            if code == UInt8(ascii: "1") {
                guard findsNANP, Self.isGroupSeparator(ASCII.byte(bytes, start + 3)) else { return nil }
                return nanp(from: start, at: start + 4, hasCountryCode: true, in: bytes)
            }
            guard findsInternational else { return nil }
            return international(from: start, digitsFrom: start + 2, matchStart: start, in: bytes)
        }
        guard findsNANP else { return nil }
        let match: DetectorMatch?
        if first == UInt8(ascii: "1"), Self.isGroupSeparator(ASCII.byte(bytes, start + 1)) {
            let after = ASCII.byte(bytes, start + 2)
            guard ASCII.isDigit(after) || after == UInt8(ascii: "(") else { return nil }
            match = nanp(from: start, at: start + 2, hasCountryCode: true, in: bytes)
        } else {
            match = nanp(from: start, at: start, hasCountryCode: false, in: bytes)
        }
        // Checked last, as most digit runs are no NANP number at all.
        guard let match, !Self.followsCallingCode(start, in: bytes) else { return nil }
        return match
    }

    /// Whether a number starting at `start` follows a calling code and a separator (`+39 `, `0039 `):
    /// it is the rest of an international number, not a North American one.
    private static func followsCallingCode(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isGroupSeparator(ASCII.byte(bytes, start - 1)) else { return false }
        let groupEnd = start - 1
        var groupStart = groupEnd
        while groupStart > 0 && groupEnd - groupStart < 5 && ASCII.isDigit(bytes[groupStart - 1]) { groupStart -= 1 }
        let length = groupEnd - groupStart
        let before = ASCII.byte(bytes, groupStart - 1)
        if before == UInt8(ascii: "+") { return (1...3).contains(length) }
        guard (3...5).contains(length), !ASCII.isWordByte(before) else { return false }
        return bytes[groupStart] == UInt8(ascii: "0") && bytes[groupStart + 1] == UInt8(ascii: "0")
            && bytes[groupStart + 2] != UInt8(ascii: "0")
    }

    /// A NANP number whose area code starts at `position`; the match starts at `start` (where a `+1`
    /// or `1` prefix begins).
    private func nanp(from start: Int, at position: Int, hasCountryCode: Bool, in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        let digitStarts: (Int, Int, Int)
        let end: Int
        var isBare = false
        if ASCII.byte(bytes, position) == UInt8(ascii: "(") {
            guard ASCII.digits(bytes, at: position + 1, count: 3), ASCII.byte(bytes, position + 4) == UInt8(ascii: ")")
            else { return nil }
            var exchange = position + 5
            let gap = ASCII.byte(bytes, exchange)
            if gap == UInt8(ascii: " ") || gap == UInt8(ascii: "-") { exchange += 1 }
            guard ASCII.digits(bytes, at: exchange, count: 3), Self.isGroupSeparator(ASCII.byte(bytes, exchange + 3)),
                ASCII.digits(bytes, at: exchange + 4, count: 4)
            else { return nil }
            digitStarts = (position + 1, exchange, exchange + 4)
            end = exchange + 8
        } else {
            let runEnd = ASCII.digitRunEnd(bytes, from: position)
            switch runEnd - position {
            case 3:
                let first = ASCII.byte(bytes, runEnd)
                guard Self.isGroupSeparator(first), ASCII.digits(bytes, at: runEnd + 1, count: 3) else { return nil }
                let second = ASCII.byte(bytes, runEnd + 4)
                guard second == first || (first == UInt8(ascii: " ") && second == UInt8(ascii: "-")),
                    ASCII.digits(bytes, at: runEnd + 5, count: 4)
                else { return nil }
                digitStarts = (position, runEnd + 1, runEnd + 5)
                end = runEnd + 9
            case 10:
                digitStarts = (position, position + 3, position + 6)
                end = runEnd
                isBare = !hasCountryCode || bytes[start] == UInt8(ascii: "1")
            case 11 where !hasCountryCode && bytes[position] == UInt8(ascii: "1"):
                digitStarts = (position + 1, position + 4, position + 7)
                end = runEnd
                isBare = true
            default:
                return nil
            }
        }
        guard Self.endsCleanly(at: end, in: bytes) else { return nil }
        let area = digitStarts.0
        let exchange = digitStarts.1
        guard bytes[area] >= UInt8(ascii: "2"), !(bytes[area + 1] == UInt8(ascii: "1") && bytes[area + 2] == UInt8(ascii: "1")),
            bytes[exchange] >= UInt8(ascii: "2")
        else { return nil }
        if isBare && bareDigitsNeedContext && !context.occur(before: start, in: bytes) { return nil }
        var value: [UInt8] = [UInt8(ascii: "+"), UInt8(ascii: "1")]
        value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[area..<area + 3]))
        value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[exchange..<exchange + 3]))
        value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[digitStarts.2..<digitStarts.2 + 4]))
        return DetectorMatch(byteRange: start..<end, value: String(decoding: value, as: UTF8.self))
    }

    /// An international number whose `+` (or `00`) is at `start` and whose calling code starts at
    /// `digitsFrom`; the match starts at `matchStart`, which is the `(` of `(+44) 20 …` when the
    /// calling code is parenthesised. A number written with `00` must be grouped or follow a context
    /// word, because zero-padded ids also start with `00`.
    private func international(from start: Int, digitsFrom: Int, matchStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        var digits: [UInt8] = []
        // After each group: where it ends, and how many digits were read by then.
        var groupEnds: [(end: Int, digitCount: Int)] = []
        var position = digitsFrom
        var sawTrunkZero = false
        while true {
            let byte = ASCII.byte(bytes, position)
            let isParenthesized = byte == UInt8(ascii: "(")
            if ASCII.isDigit(byte) {
                let runEnd = ASCII.digitRunEnd(bytes, from: position)
                for index in position..<runEnd { digits.append(bytes[index] &- 0x30) }
                position = runEnd
            } else if byte == UInt8(ascii: "("), !groupEnds.isEmpty {
                let runEnd = ASCII.digitRunEnd(bytes, from: position + 1)
                guard runEnd > position + 1, ASCII.byte(bytes, runEnd) == UInt8(ascii: ")") else { break }
                if runEnd == position + 2 && bytes[position + 1] == UInt8(ascii: "0") && groupEnds.count == 1 && !sawTrunkZero {
                    sawTrunkZero = true
                } else {
                    for index in position + 1..<runEnd { digits.append(bytes[index] &- 0x30) }
                }
                position = runEnd + 1
            } else {
                break
            }
            if digits.count > 15 { return nil }
            if matchStart < start && groupEnds.isEmpty {
                // `(+44)`: the parenthesis closes right after the calling code.
                guard ASCII.byte(bytes, position) == UInt8(ascii: ")") else { return nil }
                position += 1
            }
            groupEnds.append((position, digits.count))
            let next = ASCII.byte(bytes, position)
            let afterNext = ASCII.byte(bytes, position + 1)
            if Self.isGroupSeparator(next) && (ASCII.isDigit(afterNext) || afterNext == UInt8(ascii: "(")) {
                position += 1
            } else if next != UInt8(ascii: "(") && !(isParenthesized && ASCII.isDigit(next)) {
                break
            }
        }
        guard let (code, codeLength, national) = CallingCodeTable.code(startingWith: digits), code != 1,
            let firstGroup = groupEnds.first, firstGroup.digitCount >= codeLength
        else { return nil }
        guard let last = groupEnds.last, national.contains(last.digitCount - codeLength),
            Self.endsCleanly(at: last.end, in: bytes)
        else { return nil }
        if digitsFrom - start == 2 && groupEnds.count == 1 && !context.occur(before: start, in: bytes) { return nil }
        let value = [UInt8(ascii: "+")] + digits.map { $0 &+ 0x30 }
        return DetectorMatch(byteRange: matchStart..<last.end, value: String(decoding: value, as: UTF8.self))
    }
}

