/// Card brands, the number prefixes (IIN ranges) their cards start with and the lengths they come in.
///
/// A number that passes Luhn but starts with a prefix no issuer uses, or has a length its issuer does
/// not issue, is not reported: that is what keeps 13-digit millisecond timestamps (which start with 1)
/// and most long numeric ids out of the findings.
enum CardBrand: String, CaseIterable, Sendable {
    case visa, mastercard, amex, discover, jcb, diners, unionpay, maestro

    /// The brand's bit in a `CardBrand.Set`-style mask.
    var bit: UInt16 {
        switch self {
        case .visa: 1
        case .mastercard: 2
        case .amex: 4
        case .discover: 8
        case .jcb: 16
        case .diners: 32
        case .unionpay: 64
        case .maestro: 128
        }
    }

    /// The mask of several brands.
    static func mask(_ brands: some Sequence<CardBrand>) -> UInt16 { brands.reduce(0) { $0 | $1.bit } }
}

/// The prefix table.
enum CardIssuerTable {
    /// One prefix range: numbers whose first `prefixDigits` digits lie in `low...high`.
    struct Entry {
        let brand: CardBrand
        let prefixDigits: Int
        let low: Int
        let high: Int
        let lengths: ClosedRange<Int>
        let onlyLengths: [Int]

        init(_ brand: CardBrand, _ prefixDigits: Int, _ low: Int, _ high: Int, lengths: ClosedRange<Int>) {
            self.brand = brand
            self.prefixDigits = prefixDigits
            self.low = low
            self.high = high
            self.lengths = lengths
            self.onlyLengths = []
        }

        init(_ brand: CardBrand, _ prefixDigits: Int, _ low: Int, _ high: Int, lengths: [Int]) {
            self.brand = brand
            self.prefixDigits = prefixDigits
            self.low = low
            self.high = high
            self.lengths = (lengths.min() ?? 0)...(lengths.max() ?? 0)
            self.onlyLengths = lengths
        }

        func allows(length: Int) -> Bool {
            onlyLengths.isEmpty ? lengths.contains(length) : onlyLengths.contains(length)
        }
    }

    static let entries: [Entry] = [
        Entry(.visa, 1, 4, 4, lengths: [13, 16, 19]),
        Entry(.mastercard, 2, 51, 55, lengths: [16]),
        Entry(.mastercard, 4, 2221, 2720, lengths: [16]),
        Entry(.amex, 2, 34, 34, lengths: [15]),
        Entry(.amex, 2, 37, 37, lengths: [15]),
        Entry(.discover, 4, 6011, 6011, lengths: 16...19),
        Entry(.discover, 3, 644, 649, lengths: 16...19),
        Entry(.discover, 2, 65, 65, lengths: 16...19),
        Entry(.discover, 6, 622_126, 622_925, lengths: 16...19),
        Entry(.jcb, 4, 3528, 3589, lengths: 16...19),
        Entry(.diners, 2, 36, 36, lengths: 14...19),
        Entry(.diners, 3, 300, 305, lengths: 14...19),
        Entry(.diners, 4, 3095, 3095, lengths: 14...19),
        Entry(.diners, 2, 38, 39, lengths: 14...19),
        Entry(.unionpay, 2, 62, 62, lengths: 16...19),
        Entry(.maestro, 2, 50, 50, lengths: 12...19),
        Entry(.maestro, 2, 56, 69, lengths: 12...19),
    ]

    /// The first brand in `brandMask` whose prefix and length fit `digits` (values 0–9).
    static func brand(of digits: [UInt8], among brandMask: UInt16) -> CardBrand? {
        var prefix = 0
        for digit in digits.prefix(6) { prefix = prefix * 10 + Int(digit) }
        return brand(firstSixDigits: prefix, length: digits.count, among: brandMask)
    }

    private static let divisors = [1, 100_000, 10_000, 1_000, 100, 10, 1]

    /// The first brand in `brandMask` whose prefix and length fit a number of `length` digits whose
    /// first six digits, read as a number, are `firstSixDigits`.
    static func brand(firstSixDigits: Int, length: Int, among brandMask: UInt16) -> CardBrand? {
        for entry in entries where brandMask & entry.brand.bit != 0 && entry.allows(length: length) {
            let prefix = firstSixDigits / divisors[entry.prefixDigits]
            if prefix >= entry.low && prefix <= entry.high { return entry.brand }
        }
        return nil
    }
}
