/// Sizes as people write them: a number of bytes, or a number followed by `K`, `M` or `G` (powers of
/// 1024, with or without a trailing `B` or `iB`). Used by command-line options and `.masklint.yaml`.
package enum ByteSize {
    /// The size `text` names, or `nil` when it is not a positive size that fits in an `Int`.
    package static func parse(_ text: String) -> Int? {
        var digits = Substring(text.uppercased())
        if digits.hasSuffix("IB") {
            digits = digits.dropLast(2)
        } else if digits.hasSuffix("B") {
            digits = digits.dropLast()
        }
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var multiplier = 1
        if let last = digits.last, let value = multipliers[last] {
            multiplier = value
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits), number > 0,
              number <= Int.max / multiplier else { return nil }
        return number * multiplier
    }

    /// `bytes` in the shortest exact form: `64M`, `1G`, `16777215`.
    package static func format(_ bytes: Int) -> String {
        for (suffix, size) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)] where bytes >= size && bytes % size == 0 {
            return "\(bytes / size)\(suffix)"
        }
        return "\(bytes)"
    }
}
