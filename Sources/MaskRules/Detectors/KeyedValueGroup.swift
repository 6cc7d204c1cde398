/// The keyed-value detectors of a scanner, run together: the separators they look at (`:`, `=`, `<`)
/// are found in one search for all of them, and each detector is given only the separators that one
/// of its keys can end at.
///
/// A key (or label) that a detector accepts has a letter as its last letter-or-digit-free end: its
/// key matcher walks back from the key's end over bytes that are not letters to its last letter, then
/// to the letter or digit before, and needs that pair to end a pattern. Between a key's end and its
/// separator stand only quotes, backslashes and spaces, so the same walk from the separator finds the
/// same pair. A separator whose pair ends no pattern and no label key of a detector is not given to
/// that detector, and one that no detector's keys end at is dropped; each detector then finds exactly
/// what it finds alone. Timestamps (`09:17:13`), URLs and markup hold most separators, and almost all
/// of them are dropped here; of the rest, most are looked at by one detector instead of all of them.
struct KeyedValueGroup: Sendable {
    /// The detectors, in the order of the results.
    let detectors: [KeyedValueDetector]
    /// `lastPairs[b1 << 8 | b2]`: which detectors have a key or label key that ends in the bytes
    /// `b1 b2` (lower-cased), a bit per detector (`bit(ofDetector:)`); `nil` when a pattern ends with
    /// `*` or is shorter than two bytes, so that no separator can be dropped.
    private let lastPairs: [UInt8]?

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
        var table = [UInt8](repeating: 0, count: 65536)
        var usable = true
        var pairs = [Bool](repeating: false, count: 65536)
        for (index, detector) in detectors.enumerated() {
            let bit = Self.bit(ofDetector: index)
            pairs.withUnsafeMutableBufferPointer { $0.update(repeating: false) }
            usable = usable && detector.keys.markLastPairs(in: &pairs)
            for label in detector.labelKeys {
                guard let pair = LastLetterPair.index(of: label.squashed) else {
                    usable = false
                    continue
                }
                pairs[pair] = true
            }
            for pair in pairs.indices where pairs[pair] { table[pair] |= bit }
        }
        lastPairs = usable ? table : nil
    }

    /// The bit of the detector at `index` in `lastPairs`: one bit each for the first seven, and the
    /// eighth shared by all the others.
    @inline(__always) private static func bit(ofDetector index: Int) -> UInt8 {
        1 << UInt8(min(index, 7))
    }

    /// The values each detector finds in `bytes`, in the order of `detectors`.
    func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [[DetectorMatch]] {
        guard let lastPairs else {
            var separators: [Int] = []
            var index = 0
            while true {
                index = ByteSearch.first(UInt8(ascii: ":"), or: UInt8(ascii: "="), or: UInt8(ascii: "<"), in: bytes, from: index)
                guard index < bytes.count else { break }
                separators.append(index)
                index += 1
            }
            return separators.withUnsafeBufferPointer { separators in
                detectors.map { $0.matches(in: bytes, separators: separators) }
            }
        }
        // Each detector's separators: those whose key's last pair ends one of its keys or label keys.
        // They are searched for with `;`, which lies between them and is passed over.
        var separators = [[Int]](repeating: [], count: detectors.count)
        lastPairs.withUnsafeBufferPointer { lastPairs in
            var index = 0
            let count = bytes.count
            while index < count {
                index = ByteSearch.first(from: UInt8(ascii: ":"), through: UInt8(ascii: "="), in: bytes, from: index)
                guard index < count else { break }
                if bytes[index] == UInt8(ascii: ";") {
                    index += 1
                    continue
                }
                let detectorBits = Self.detectorsMayEndKey(before: index, in: bytes, lastPairs)
                if detectorBits != 0 {
                    for detector in separators.indices where detectorBits & Self.bit(ofDetector: detector) != 0 {
                        separators[detector].append(index)
                    }
                }
                index += 1
            }
        }
        return zip(detectors, separators).map { detector, separators in
            separators.withUnsafeBufferPointer { detector.matches(in: bytes, separators: $0) }
        }
    }

    /// The detectors (`bit(ofDetector:)`) one of whose keys may end before the separator at
    /// `separator`: those whose key pairs hold the last letter pair of the bytes before it
    /// (`LastLetterPair`, as `KeyMatcher` finds it), or all when no pair is found within `reach` bytes.
    @inline(__always) private static func detectorsMayEndKey(
        before separator: Int, in bytes: UnsafeBufferPointer<UInt8>, _ lastPairs: UnsafeBufferPointer<UInt8>
    ) -> UInt8 {
        guard let pair = LastLetterPair.index(endingBefore: separator, notBefore: max(0, separator - reach), in: bytes) else { return 0xFF }
        return lastPairs[pair]
    }
}
