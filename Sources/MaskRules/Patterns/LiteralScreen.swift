/// The required literals of many patterns at once: one pass over a value tells which of the
/// patterns may match it, where asking each pattern's `RequiredLiterals` would pass over it once per
/// pattern (`RequiredLiterals.admits(_:)` is a screen of one pattern). The classifier and the masking model search the same few attribute values of a field
/// with every input-name rule.
///
/// The answer is exact in the same direction as `RequiredLiterals.admits(_:)`: a pattern left out
/// does not match the value. A pattern without required literals, and every pattern for a value that
/// is not ASCII, is always a candidate.
struct LiteralScreen: Sendable {
    /// The most patterns one screen covers (one bit each).
    static let capacity = 128

    /// Literal bytes, one after another, lower case for case-insensitive patterns.
    private let bytes: [UInt8]
    /// Per literal (ordered by the lower-cased first byte): where it starts in `bytes`, its length,
    /// its pattern's bit and whether it compares letters regardless of case.
    private let literals: [Literal]
    /// For each lower-cased first byte, the range of `literals` that start with it (257 bounds).
    private let buckets: [Int32]
    /// A bit per pair of lower-cased bytes (`first << 8 | second`) with which some literal starts;
    /// a one-byte literal sets every pair it begins. Most positions of a value begin no literal, and
    /// this rules them out without visiting the bucket.
    private let pairs: [UInt64]
    /// The patterns that are candidates for every value.
    private let always: UInt128
    /// Every pattern's bit.
    let all: UInt128

    private struct Literal: Sendable {
        var start: Int32
        var count: Int32
        var bit: UInt128
        var caseInsensitive: Bool
    }

    /// A screen for `patterns` (bit `i` for `patterns[i]`), or `nil` when there are more than `capacity`.
    init?(_ patterns: [RulePattern]) {
        self.init(literals: patterns.map { pattern in pattern.requiredLiterals.map { ($0.strings, $0.caseInsensitive) } })
    }

    /// A screen for patterns given by their literal strings (lower case when case-insensitive); `nil`
    /// for a pattern without required literals. `nil` when there are more than `capacity`.
    init?(literals patterns: [(strings: [String], caseInsensitive: Bool)?]) {
        guard patterns.count <= Self.capacity else { return nil }
        var entries: [(first: UInt8, bytes: [UInt8], bit: UInt128, caseInsensitive: Bool)] = []
        var always: UInt128 = 0
        var all: UInt128 = 0
        for (index, pattern) in patterns.enumerated() {
            let bit: UInt128 = 1 << UInt128(index)
            all |= bit
            guard let pattern else {
                always |= bit
                continue
            }
            for string in pattern.strings {
                let literal = Array(string.utf8)
                entries.append((ASCII.lowercased(literal[0]), literal, bit, pattern.caseInsensitive))
            }
        }
        entries.sort { $0.first < $1.first }
        var bytes: [UInt8] = []
        var literals: [Literal] = []
        var buckets = [Int32](repeating: 0, count: 257)
        var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
        for entry in entries {
            let first = Int(entry.first) << 8
            let seconds = entry.bytes.count > 1 ? [ASCII.lowercased(entry.bytes[1])] : Array(0...UInt8.max)
            for second in seconds {
                let pair = first | Int(second)
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
            literals.append(Literal(start: Int32(bytes.count), count: Int32(entry.bytes.count), bit: entry.bit,
                                    caseInsensitive: entry.caseInsensitive))
            bytes += entry.bytes
            buckets[Int(entry.first) + 1] += 1
        }
        for index in 1...256 { buckets[index] += buckets[index - 1] }
        self.bytes = bytes
        self.literals = literals
        self.buckets = buckets
        self.pairs = pairs
        self.always = always
        self.all = all
    }

    /// The bits of the patterns that may match the UTF-8 `value`.
    func candidates(in value: UnsafeBufferPointer<UInt8>) -> UInt128 {
        literals.withUnsafeBufferPointer { literals in
            bytes.withUnsafeBufferPointer { bytes in
                buckets.withUnsafeBufferPointer { buckets in
                    pairs.withUnsafeBufferPointer { pairs in
                        Self.candidates(in: value, always: always, all: all, literals: literals, bytes: bytes,
                                        buckets: buckets, pairs: pairs)
                    }
                }
            }
        }
    }

    private static func candidates(
        in value: UnsafeBufferPointer<UInt8>, always: UInt128, all: UInt128, literals: UnsafeBufferPointer<Literal>,
        bytes: UnsafeBufferPointer<UInt8>, buckets: UnsafeBufferPointer<Int32>, pairs: UnsafeBufferPointer<UInt64>
    ) -> UInt128 {
        var found = always
        let count = value.count
        for index in 0..<count {
            let byte = value[index]
            if byte >= 0x80 { return all }
            let first = Int(ASCII.lowercased(byte))
            // The last byte can only begin a one-byte literal, which its bucket holds.
            if index + 1 < count {
                let pair = first << 8 | Int(ASCII.lowercased(value[index + 1]))
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { continue }
            }
            let range = Int(buckets[first])..<Int(buckets[first + 1])
            for position in range where found & literals[position].bit == 0 && occurs(literals[position], in: value, at: index, bytes: bytes) {
                found |= literals[position].bit
            }
        }
        return found
    }

    /// Whether pattern `index` is among `candidates`; patterns past `capacity`, which no screen
    /// covers, always are.
    static func contains(_ candidates: UInt128, _ index: Int) -> Bool {
        index >= capacity || (candidates >> UInt128(index)) & 1 != 0
    }

    /// The bits of the patterns that may match `value`.
    func candidates(in value: String) -> UInt128 {
        var value = value
        return value.withUTF8 { candidates(in: $0) }
    }

    private static func occurs(
        _ literal: Literal, in value: UnsafeBufferPointer<UInt8>, at start: Int, bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let count = Int(literal.count)
        guard value.count - start >= count else { return false }
        let base = Int(literal.start)
        for offset in 0..<count {
            let byte = value[start + offset]
            if (literal.caseInsensitive ? ASCII.lowercased(byte) : byte) != bytes[base + offset] { return false }
        }
        return true
    }
}
