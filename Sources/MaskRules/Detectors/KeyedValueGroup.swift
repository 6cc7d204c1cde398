/// The keyed-value detectors of a scanner, run together: the separators they look at (`:`, `=`, `<`)
/// are found in one search for all of them, and a separator that no key of any of them can end at is
/// dropped before any detector looks at it.
///
/// A key (or label) that a detector accepts has a letter as its last letter-or-digit-free end: its
/// key matcher walks back from the key's end over bytes that are not letters to its last letter, then
/// to the letter or digit before, and needs that pair to end a pattern. Between a key's end and its
/// separator stand only quotes, backslashes and spaces, so the same walk from the separator finds the
/// same pair. A separator whose pair ends no pattern and no label key of any detector is dropped; each
/// detector then finds exactly what it finds alone. Timestamps (`09:17:13`), URLs and markup hold most
/// separators, and almost all of them are dropped here.
struct KeyedValueGroup: Sendable {
    /// The detectors, in the order of the results.
    let detectors: [KeyedValueDetector]
    /// `lastPairs[b1 << 8 | b2]`: a key or label key of some detector ends in the bytes `b1 b2`
    /// (lower-cased); `nil` when a pattern ends with `*` or is shorter than two bytes, so that no
    /// separator can be dropped.
    private let lastPairs: [Bool]?

    /// Whether separators are dropped (no pattern ends with `*` or is one byte long).
    var dropsSeparators: Bool { lastPairs != nil }

    /// How far before a separator the pair is looked for; further back, the separator is kept.
    private static let reach = 160

    /// - Parameters:
    ///   - detectors: the detectors.
    ///   - dropsSeparators: whether to build the table of pairs that drops separators (64 KB, worth it
    ///     for a scanner that runs many times, not for one call).
    init(_ detectors: [KeyedValueDetector], dropsSeparators: Bool = true) {
        self.detectors = detectors
        guard dropsSeparators else {
            lastPairs = nil
            return
        }
        var table = [Bool](repeating: false, count: 65536)
        var usable = true
        for detector in detectors {
            usable = usable && detector.keys.markLastPairs(in: &table)
            for label in detector.labelKeys {
                guard let pair = LastLetterPair.index(of: label.squashed) else {
                    usable = false
                    continue
                }
                table[pair] = true
            }
        }
        lastPairs = usable ? table : nil
    }

    /// The values each detector finds in `bytes`, in the order of `detectors`.
    func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [[DetectorMatch]] {
        var separators: [Int] = []
        let drops = lastPairs != nil
        (lastPairs ?? []).withUnsafeBufferPointer { lastPairs in
            var index = 0
            let count = bytes.count
            while index < count {
                index = ByteSearch.first(UInt8(ascii: ":"), or: UInt8(ascii: "="), or: UInt8(ascii: "<"), in: bytes, from: index)
                guard index < count else { break }
                if !drops || Self.mayEndKey(before: index, in: bytes, lastPairs) { separators.append(index) }
                index += 1
            }
        }
        return separators.withUnsafeBufferPointer { separators in
            detectors.map { $0.matches(in: bytes, separators: separators) }
        }
    }

    /// Whether a key that ends before the separator at `separator` may end a pattern: its last letter
    /// pair (`LastLetterPair`, as `KeyMatcher` finds it) is in `lastPairs`, or is not found within
    /// `reach` bytes.
    @inline(__always) private static func mayEndKey(
        before separator: Int, in bytes: UnsafeBufferPointer<UInt8>, _ lastPairs: UnsafeBufferPointer<Bool>
    ) -> Bool {
        guard let pair = LastLetterPair.index(endingBefore: separator, notBefore: max(0, separator - reach), in: bytes) else { return true }
        return lastPairs[pair]
    }
}
