/// Finds payment card numbers (PANs): 12 to 19 digits, plain or grouped, that pass the Luhn test and
/// fit an issuer's prefix and length.
///
/// Accepted shapes: one run of digits, or groups separated by one kind of separator (space, `-`, `.`
/// or `+`, the last being a space in form bodies) in the 4-4-4-4(-3) pattern, Amex 4-6-5 or Diners
/// 4-6-4. No letter, digit or `_` may touch the number, and a number may not continue a longer
/// sequence joined by `-`, `.` or `+` (`1-4111-…`, `…1111.5`) or start after a group of four digits
/// and a space (`1234 5678 9012 3456 7890` is entered at its start or not at all).
///
/// Long bare digit runs are also ids, timestamps and order numbers. Most fail Luhn or the issuer
/// table (millisecond and microsecond timestamps start with 1, which no issuer uses). A bare run is
/// further vetoed by the words before it: walking back over up to three keys or words on its line, the
/// first that holds a veto word (`"order_id": `, `ts=`, `Invoice no.`) vetoes it, unless a word holding
/// a card word (`card_id`, `card no.`) comes first. Grouped numbers are never vetoed: nobody groups an
/// order id in fours.
///
/// The value is the digits without separators.
public struct PaymentCardDetector: ValueDetector, DigitRunDetector {
    /// The detector's id, category, summary, options and examples.
    public static let description = DetectorDescription(
        id: "payment-card",
        name: "Payment Card Number",
        category: .payment,
        summary: "Card numbers of 12 to 19 digits, plain or grouped, that pass Luhn and fit an issuer's prefix and length.",
        options: [
            DetectorOptionSpec(
                name: "brands", type: .choiceList(CardBrand.allCases.map(\.rawValue)),
                defaultValue: .strings(CardBrand.allCases.map(\.rawValue)),
                summary: "The card brands whose prefixes and lengths are accepted."),
            DetectorOptionSpec(
                name: "veto-words", type: .strings, defaultValue: .strings(defaultVetoWords),
                summary: "Words in the keys or labels right before a bare digit run that mark it as an id, time or other number."),
            DetectorOptionSpec(
                name: "card-words", type: .strings, defaultValue: .strings(defaultCardWords),
                summary: "Words that keep a bare digit run a card when they come before any veto word (`card_id`, `card no.`)."),
        ],
        matchingExamples: [
            DetectorExample("card=4111111111111111&exp=12/29", value: "4111111111111111"),
            DetectorExample("Visa 4111 1111 1111 1111 exp 12/29", value: "4111111111111111"),
            DetectorExample(#"{"pan":"5555-5555-5555-4444"}"#, value: "5555555555554444"),
            DetectorExample("Mastercard 2-series 2223 0031 2200 3222", value: "2223003122003222"),
            DetectorExample("amex: 3782 822463 10005", value: "378282246310005"),
            DetectorExample("diners 3056 930902 5904", value: "30569309025904"),
            DetectorExample("jcb 3530.1113.3330.0000", value: "3530111333300000"),
            DetectorExample("cc_number=6011+1111+1111+1117", value: "6011111111111117"),
            DetectorExample("unionpay 6221 2345 6789 0123 450", value: "6221234567890123450"),
            DetectorExample("maestro 6759649826438453", value: "6759649826438453"),
            DetectorExample("カード番号4111111111111111です", value: "4111111111111111"),
            DetectorExample("cc=4111%201111%201111%201111", value: "4111111111111111"),
        ],
        nonMatchingExamples: [
            "card 4111 1111 1111 1112",
            "created 1700000000000 ms",
            #"{"order_id": "6011000990139424"}"#,
            "ts=6011000990139424",
            "Invoice #5555555555554444",
            "id 4111111111111111111111",
            "txn 41111111111111112",
            "uuid 123e4567-e89b-12d3-a456-426614174000",
            "isbn 978-3-16-148410-0",
            "price 4111111111111111.50",
            "key a4111111111111111",
            "ORD-6011000990139424",
            "1234 5678 9012 3456",
            "4111-1111 1111-1111",
            "amount 3782822463.10005",
        ]
    )

    static let defaultVetoWords = [
        "id", "ids", "uid", "uuid", "guid", "ts", "time", "timestamp", "date", "epoch", "created", "updated",
        "expires", "order", "orders", "invoice", "ref", "reference", "tracking", "transaction", "txn", "tx",
        "session", "request", "trace", "span", "build", "version", "seq", "sequence", "serial", "nonce",
        "sku", "ean", "upc", "isbn", "gtin", "barcode", "imei", "iccid", "msisdn", "phone", "tel", "mobile",
        "fax", "ms", "us", "ns", "millis", "micros", "nanos", "offset", "count", "size", "bytes", "hash",
        "amount", "total", "price", "balance", "cost", "duration", "latency", "elapsed", "length", "port", "pid",
    ]

    static let defaultCardWords = [
        "card*", "cc", "ccnum*", "ccn", "pan", "credit*", "debit*", "visa", "mastercard", "amex", "payment*",
    ]

    /// The category of the values found: payment.
    public let category = PIICategory.payment
    let brands: UInt16
    let vetoWords: [WordPattern]
    let cardWords: [WordPattern]

    /// Creates a detector for the given brands, with the default veto and card words.
    public init(brands: Set<String>? = nil) {
        self.brands = CardBrand.mask((brands ?? Set(CardBrand.allCases.map(\.rawValue))).compactMap(CardBrand.init(rawValue:)))
        vetoWords = WordPattern.list(Self.defaultVetoWords)
        cardWords = WordPattern.list(Self.defaultCardWords)
    }

    /// Creates a detector configured with a rule's options.
    /// - Throws: `DetectorConfigurationError` for unknown options and wrong types.
    public init(options: DetectorOptions) throws(DetectorConfigurationError) {
        let reader = try DetectorOptionReader(options, for: Self.description)
        brands = CardBrand.mask(reader.strings("brands").compactMap(CardBrand.init(rawValue:)))
        vetoWords = WordPattern.list(reader.strings("veto-words"))
        cardWords = WordPattern.list(reader.strings("card-words"))
    }

    /// The values in `bytes`, in order and not overlapping.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [DetectorMatch] {
        digitWalkMatches(in: bytes)
    }

    /// No number starts inside a word.
    var runSelection: DigitRunSelection { .outsideWords }

    /// Twelve digits or more, a group followed by a separator and a digit, or digits after `%` (an
    /// escape's hex digits), not continuing a longer number: `step`'s first tests.
    var runFilter: DigitRunFilter {
        DigitRunFilter(
            lengths: DigitRunFilter.lengths(atLeast: 12), bytesBefore: DigitRunFilter.mask("%"),
            separatorsBeforeDigit: DigitRunFilter.mask(" -.+"), joinersAfterDigit: DigitRunFilter.mask("-.+"))
    }

    /// A number starting at the digit run `digit..<runEnd`; the walk goes on after it, or after the run.
    func step(atDigit digit: Int, runEnd: Int, in bytes: UnsafeBufferPointer<UInt8>, matches: inout [DetectorMatch]) -> Int {
        // Most runs are rejected by the first tests of `candidate`, repeated here where they cost no
        // call: the two digits of an escape alone after `%`, a run that continues a longer number,
        // a short run that no group of digits follows.
        let previous = ASCII.byte(bytes, digit - 1)
        if previous == UInt8(ascii: "%") {
            if runEnd - digit <= 2 { return runEnd }
        } else {
            if previous != UInt8(ascii: " ") && Self.isSeparator(previous) && ASCII.isDigit(ASCII.byte(bytes, digit - 2)) {
                return runEnd
            }
            if runEnd - digit < 12 && !(Self.isSeparator(ASCII.byte(bytes, runEnd)) && ASCII.isDigit(ASCII.byte(bytes, runEnd + 1))) {
                return runEnd
            }
        }
        guard let match = candidate(from: digit, runEnd: runEnd, in: bytes) else { return runEnd }
        matches.append(match)
        return match.byteRange.upperBound
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
    }

    /// The card number whose first digit run is `bytes[runStart..<runEnd]`, if there is one.
    private func candidate(from runStart: Int, runEnd: Int, in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        var start = runStart
        let previous = ASCII.byte(bytes, start - 1)
        if previous == UInt8(ascii: "%") {
            // `%20` before the number: the two hex digits belong to the escape.
            start += 2
            guard start < runEnd else { return nil }
        } else if ASCII.isWordByte(previous) {
            return nil
        } else if previous != UInt8(ascii: " ") && Self.isSeparator(previous) && ASCII.isDigit(ASCII.byte(bytes, start - 2)) {
            return nil
        } else if Self.isSeparator(previous) && Self.isGroupOfFour(endingAt: start - 1, separator: previous, in: bytes) {
            // `1234 5678 9012 3456 7890`, `GB61 HJEW 6456 …`: groups of four (a longer number, an
            // IBAN), entered in the middle.
            return nil
        }
        let firstLength = runEnd - start
        if firstLength > 19 { return nil }
        let next = ASCII.byte(bytes, runEnd)
        if !(Self.isSeparator(next) && ASCII.isDigit(ASCII.byte(bytes, runEnd + 1))) {
            // One run of digits, the common case: checked in place, cheapest test first.
            guard firstLength >= 12, Self.endsCleanly(at: runEnd, in: bytes) else { return nil }
            var firstSix = 0
            for index in start..<start + 6 { firstSix = firstSix * 10 + Int(bytes[index] &- 0x30) }
            guard CardIssuerTable.brand(firstSixDigits: firstSix, length: firstLength, among: brands) != nil,
                Luhn.isValid(digitsIn: bytes, start..<runEnd), !isVetoed(before: start, in: bytes)
            else { return nil }
            return DetectorMatch(byteRange: start..<runEnd, value: ASCII.string(bytes, start..<runEnd))
        }
        if firstLength < 12 && Self.digitCountOfGroups(from: runEnd, firstLength: firstLength, in: bytes) < 12 {
            return nil
        }

        // Collect the groups joined by one kind of separator, up to 19 digits.
        var groupEnds = [runEnd]
        var groupLengths = [firstLength]
        var total = firstLength
        var separator: UInt8 = 0
        var position = runEnd
        var stoppedEarly = false
        while position + 1 < bytes.count, Self.isSeparator(bytes[position]), ASCII.isDigit(bytes[position + 1]) {
            if separator != 0 && bytes[position] != separator {
                stoppedEarly = true
                break
            }
            let end = ASCII.digitRunEnd(bytes, from: position + 1)
            let length = end - position - 1
            if total + length > 19 || groupEnds.count == 6 {
                stoppedEarly = true
                break
            }
            separator = bytes[position]
            groupEnds.append(end)
            groupLengths.append(length)
            total += length
            position = end
        }

        for groupCount in stride(from: groupEnds.count, through: 1, by: -1) {
            let lengths = groupLengths[0..<groupCount]
            let digitCount = lengths.reduce(0, +)
            guard digitCount >= 12 else { break }
            guard Self.isCardShape(lengths) else { continue }
            let end = groupEnds[groupCount - 1]
            let continues = groupCount < groupEnds.count || stoppedEarly
            if continues {
                // More digits follow, joined by a separator: only a space may end a card number there.
                guard bytes[end] == UInt8(ascii: " ") else { continue }
            } else if !Self.endsCleanly(at: end, in: bytes) {
                continue
            }
            var digits: [UInt8] = []
            digits.reserveCapacity(digitCount)
            for index in start..<end where ASCII.isDigit(bytes[index]) { digits.append(bytes[index] &- 0x30) }
            guard Luhn.isValid(digits), CardIssuerTable.brand(of: digits, among: brands) != nil else { continue }
            if groupCount == 1 && isVetoed(before: start, in: bytes) { return nil }
            let value = String(decoding: digits.map { $0 &+ 0x30 }, as: UTF8.self)
            return DetectorMatch(byteRange: start..<end, value: value)
        }
        return nil
    }

    /// How many digits the groups starting with a run of `firstLength` digits ending at `runEnd` hold,
    /// counting at most to 12: a quick test that rules out dates, times, versions and amounts before
    /// any group is recorded.
    @inline(__always) private static func digitCountOfGroups(from runEnd: Int, firstLength: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var total = firstLength
        var position = runEnd
        let separator = ASCII.byte(bytes, position)
        guard isSeparator(separator) else { return total }
        while total < 12 && ASCII.byte(bytes, position) == separator && ASCII.isDigit(ASCII.byte(bytes, position + 1)) {
            let end = ASCII.digitRunEnd(bytes, from: position + 1)
            total += end - position - 1
            position = end
        }
        return total
    }

    /// Whether groups of exactly four letters or digits, joined by `separator`, end at `end`
    /// (exclusive), and one of them holds a digit: the number continues a grouped code. Words such
    /// as `Visa` or `paid with` before a card hold no digit.
    private static func isGroupOfFour(endingAt end: Int, separator: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var groupEnd = end
        for _ in 0..<8 {
            guard groupEnd >= 4, !ASCII.isAlphanumeric(ASCII.byte(bytes, groupEnd - 5)) else { return false }
            var hasDigit = false
            for index in groupEnd - 4..<groupEnd {
                let byte = bytes[index]
                guard ASCII.isAlphanumeric(byte) else { return false }
                if ASCII.isDigit(byte) { hasDigit = true }
            }
            if hasDigit { return true }
            guard ASCII.byte(bytes, groupEnd - 5) == separator else { return false }
            groupEnd -= 5
        }
        return false
    }

    /// 12–19 digits in one run, or groups of four with a shorter last group, or 4-6-5 (Amex) or
    /// 4-6-4 (Diners).
    private static func isCardShape(_ lengths: ArraySlice<Int>) -> Bool {
        if lengths.count == 1 { return true }
        let first = lengths.startIndex
        if lengths.count == 3 && lengths[first] == 4 && lengths[first + 1] == 6 {
            return lengths[first + 2] == 5 || lengths[first + 2] == 4
        }
        guard let last = lengths.last, (1...4).contains(last) else { return false }
        return lengths.dropLast().allSatisfy { $0 == 4 }
    }

    /// Whether the number may end at `end`: no word byte follows, and no `-`, `.` or `+` that leads
    /// on to more digits (`…1111.50` is an amount, `…1111-2` an id).
    private static func endsCleanly(at end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let next = ASCII.byte(bytes, end)
        if ASCII.isWordByte(next) { return false }
        if next != UInt8(ascii: " ") && isSeparator(next) && ASCII.isDigit(ASCII.byte(bytes, end + 1)) { return false }
        return true
    }

    /// Whether the words right before a bare run say it is some other number: walking back over at
    /// most three keys or words on the same line (within 40 bytes), the first that holds a card word
    /// keeps the number and the first that holds a veto word vetoes it (`order no. 6011…`,
    /// `"created_at": 4111…`). A run that hangs off an identifier by `-` (`ORD-…`) or follows `#` is
    /// vetoed too.
    private func isVetoed(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let previous = ASCII.byte(bytes, start - 1)
        if previous == UInt8(ascii: "-") && ASCII.isAlphanumeric(ASCII.byte(bytes, start - 2)) { return true }
        if previous == UInt8(ascii: "#") { return true }
        return ContextTerms.nearestDecidingWord(before: start, in: bytes, keep: cardWords, veto: vetoWords) == .veto
    }
}
