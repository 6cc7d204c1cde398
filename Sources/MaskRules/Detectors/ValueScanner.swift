/// Runs a set of detectors over a text and over the decoded views of it, and reports every value
/// found, located in the original text.
///
/// The text as written is always scanned. A decoded view is built only when the text holds what that
/// view decodes (`%XX`; `\u0040` or `\"`; `&#64;` or a named reference other than `&amp;`,
/// `&lt;`, `&gt;` and `&nbsp;`; a `+` between digits on a line with an `=`; a base64 run), and only
/// from the lines that hold it (at most 4 KB either side). Findings from the views are mapped back to the
/// original bytes, escapes included.
///
/// The keyed-value detectors run as one `KeyedValueGroup` (one search for separators) and the digit
/// detectors over one list of digit runs (`DigitRunWalk`); each finds what it finds alone.
///
/// The same value can be found in several views. Findings of one detector that overlap are
/// de-duplicated: the one with the longer original span wins, then the one that needed decoding (its
/// value is the decoded one), then the earlier view in `ValueEncoding`'s order.
public struct ValueScanner: Sendable {
    /// The detectors, in the order `DetectedValue.detectorIndex` refers to.
    public let detectors: [any ValueDetector]
    /// The decoded views to build, besides the plain text.
    public let encodings: Set<ValueEncoding>
    private let detectorIDs: [String]
    private let wanted: ViewTriggers.Wanted
    /// The detectors that run in shared walks, with their indices in `detectors`: the keyed-value
    /// ones in one walk over the separators, the digit ones in one walk over the digits; the others
    /// run alone.
    private let keyedValues: KeyedValueGroup
    private let keyedValueIndices: [Int]
    private let digitRunDetectors: [any DigitRunDetector]
    private let digitRunIndices: [Int]
    private let otherIndices: [Int]

    /// How many times a view is decoded again when its output still holds escapes (`%2540`, JSON in
    /// JSON in JSON).
    private static let maximumRepeatedDecodings = 3

    /// Creates a scanner.
    /// - Parameters:
    ///   - detectors: the detectors to run.
    ///   - encodings: the views to build; `.plain` is always scanned.
    public init(detectors: [any ValueDetector], encodings: Set<ValueEncoding> = Set(ValueEncoding.allCases)) {
        self.detectors = detectors
        self.encodings = encodings
        detectorIDs = detectors.map { type(of: $0).description.id }
        wanted = ViewTriggers.Wanted(encodings)
        var keyedValueDetectors: [KeyedValueDetector] = []
        var keyedValueIndices: [Int] = []
        var digitRunDetectors: [any DigitRunDetector] = []
        var digitRunIndices: [Int] = []
        var otherIndices: [Int] = []
        for (index, detector) in detectors.enumerated() {
            if let keyed = detector as? KeyedValueDetector {
                keyedValueDetectors.append(keyed)
                keyedValueIndices.append(index)
            } else if let digits = detector as? any DigitRunDetector {
                digitRunDetectors.append(digits)
                digitRunIndices.append(index)
            } else {
                otherIndices.append(index)
            }
        }
        // The group's 64 KB table of last letter pairs only when there are keyed-value detectors.
        keyedValues = KeyedValueGroup(keyedValueDetectors, dropsSeparators: !keyedValueDetectors.isEmpty)
        self.keyedValueIndices = keyedValueIndices
        self.digitRunDetectors = digitRunDetectors
        self.digitRunIndices = digitRunIndices
        self.otherIndices = otherIndices
    }

    /// What each detector finds in `bytes`, in the order of `detectors`: the same as each detector's
    /// `matches(in:)`, with the keyed-value and the digit detectors each in one shared walk.
    func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [[DetectorMatch]] {
        var result = [[DetectorMatch]](repeating: [], count: detectors.count)
        for index in otherIndices { result[index] = detectors[index].matches(in: bytes) }
        if !keyedValueIndices.isEmpty {
            for (index, matches) in zip(keyedValueIndices, keyedValues.matches(in: bytes)) {
                result[index] = matches
            }
        }
        if !digitRunDetectors.isEmpty {
            for (index, matches) in zip(digitRunIndices, DigitRunWalk.matches(of: digitRunDetectors, in: bytes)) {
                result[index] = matches
            }
        }
        return result
    }

    /// The values in `text`, ordered by position, then by detector.
    public func scan(_ text: String) -> [DetectedValue] {
        if let result = text.utf8.withContiguousStorageIfAvailable({ scan(utf8: $0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { scan(utf8: $0) }
    }

    /// The values in UTF-8 `bytes`, ordered by position, then by detector.
    public func scan(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [DetectedValue] {
        scan(utf8: bytes, views: views(of: bytes))
    }

    /// The values in UTF-8 `bytes`, with its decoded views built already: `views` must be what
    /// `views(of: bytes)` gives, for a caller that searches the same views for something else too.
    func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, views: [DecodedView]) -> [DetectedValue] {
        var plain: [[Candidate]] = matches(in: bytes).map { matches in
            matches.map { Candidate(range: $0.byteRange, value: $0.value, encoding: .plain, decoded: false) }
        }
        var fromViews: [[Candidate]] = Array(repeating: [], count: detectors.count)
        var anyFromViews = false
        for view in views {
            view.bytes.withUnsafeBufferPointer { viewBytes in
                for (index, matches) in matches(in: viewBytes).enumerated() {
                    for match in matches {
                        let range = view.originalRange(of: match.byteRange)
                        guard !range.isEmpty else { continue }
                        let decoded = !view.isVerbatim(match.byteRange, original: bytes)
                        fromViews[index].append(
                            Candidate(range: range, value: match.value, encoding: view.encoding, decoded: decoded))
                        anyFromViews = true
                    }
                }
            }
        }
        if anyFromViews {
            for index in detectors.indices where !fromViews[index].isEmpty {
                plain[index] = Self.merge(plain[index], fromViews[index])
            }
        }
        var result: [DetectedValue] = []
        result.reserveCapacity(plain.reduce(0) { $0 + $1.count })
        for (index, candidates) in plain.enumerated() {
            let category = detectors[index].category
            for candidate in candidates {
                result.append(
                    DetectedValue(
                        detectorID: detectorIDs[index], detectorIndex: index, category: category,
                        byteRange: candidate.range, value: candidate.value, encoding: candidate.encoding))
            }
        }
        if detectors.count > 1 || anyFromViews {
            result.sort { ($0.byteRange.lowerBound, $0.detectorIndex) < ($1.byteRange.lowerBound, $1.detectorIndex) }
        }
        return result
    }

    // MARK: Views

    /// The decoded views of `bytes` that hold something to decode.
    func views(of bytes: UnsafeBufferPointer<UInt8>) -> [DecodedView] {
        guard wanted.any, !bytes.isEmpty else { return [] }
        let triggers = ViewTriggers(bytes, wanted: wanted)
        var result: [DecodedView] = []

        if wanted.percent && !triggers.percent.isEmpty {
            var view = DecodedView(encoding: .percent)
            for region in ViewTriggers.regions(around: triggers.percent, in: bytes) {
                PercentDecoding.decode(bytes, range: region, plusIsSpace: false, into: &view)
                view.endRegion()
            }
            result.append(view)
            // Encoded twice or more (`%2540`): the view decoded once is scanned too, because a form
            // value in it ends where its own encoding says (`pwd=a%2523b` is `a#b`), while in the view
            // decoded to the end the `#` or space would cut it.
            if let decoded = Self.decodedAgainIfEncoded(view, while: Self.containsPercentEscape, decode: { inner, output in
                PercentDecoding.decode(inner, range: 0..<inner.count, plusIsSpace: false, into: &output)
            }) {
                result.append(decoded)
            }
        }

        if !triggers.jsonEscape.isEmpty {
            var view = DecodedView(encoding: .jsonEscape)
            for region in ViewTriggers.regions(around: triggers.jsonEscape, in: bytes) {
                JSONEscapeDecoding.decode(bytes, range: region, into: &view)
                view.endRegion()
            }
            if wanted.jsonEscape { result.append(view) }
            if wanted.nestedJSON, view.bytes.withUnsafeBufferPointer(JSONEscapeDecoding.containsTrigger) {
                var nested = Self.decodedAgain(view, encoding: .nestedJSON) { inner, output in
                    JSONEscapeDecoding.decode(inner, range: 0..<inner.count, into: &output)
                }
                nested = Self.decodedAgain(nested) { inner in
                    JSONEscapeDecoding.containsTrigger(inner)
                } decode: { inner, output in
                    JSONEscapeDecoding.decode(inner, range: 0..<inner.count, into: &output)
                }
                result.append(nested)
            }
        }

        if wanted.htmlEntity && !triggers.htmlEntity.isEmpty {
            var view = DecodedView(encoding: .htmlEntity)
            for region in ViewTriggers.regions(around: triggers.htmlEntity, in: bytes) {
                HTMLEntityDecoding.decode(bytes, range: region, into: &view)
                view.endRegion()
            }
            result.append(Self.decodedAgain(view) { inner in
                HTMLEntityDecoding.containsTrigger(inner)
            } decode: { inner, output in
                HTMLEntityDecoding.decode(inner, range: 0..<inner.count, into: &output)
            })
        }

        if wanted.formPlus && !triggers.formPlus.isEmpty {
            var view = DecodedView(encoding: .formPlus)
            for region in ViewTriggers.regions(around: triggers.formPlus, in: bytes)
            where region.contains(where: { bytes[$0] == UInt8(ascii: "=") }) {
                PercentDecoding.decode(bytes, range: region, plusIsSpace: true, into: &view)
                view.endRegion()
            }
            if !view.isEmpty { result.append(view) }
        }

        if wanted.base64 && !triggers.base64Runs.isEmpty {
            var view = DecodedView(encoding: .base64)
            for run in triggers.base64Runs where Base64Decoding.decode(bytes, run: run, into: &view) {
                view.endRegion()
            }
            if !view.isEmpty { result.append(view) }
        }
        return result
    }

    /// `view` decoded once more, as `encoding`.
    private static func decodedAgain(
        _ view: DecodedView, encoding: ValueEncoding,
        decode: (UnsafeBufferPointer<UInt8>, inout DecodedView) -> Void
    ) -> DecodedView {
        var next = DecodedView(encoding: encoding)
        view.bytes.withUnsafeBufferPointer { decode($0, &next) }
        return next.composed(through: view)
    }

    /// `view` decoded again while `needsDecoding` says its bytes still hold escapes, at most
    /// `maximumRepeatedDecodings` times.
    private static func decodedAgain(
        _ view: DecodedView, while needsDecoding: (UnsafeBufferPointer<UInt8>) -> Bool,
        decode: (UnsafeBufferPointer<UInt8>, inout DecodedView) -> Void
    ) -> DecodedView {
        decodedAgainIfEncoded(view, while: needsDecoding, decode: decode) ?? view
    }

    /// `view` decoded again while `needsDecoding` says its bytes still hold escapes, at most
    /// `maximumRepeatedDecodings` times; `nil` when `view` itself holds none.
    private static func decodedAgainIfEncoded(
        _ view: DecodedView, while needsDecoding: (UnsafeBufferPointer<UInt8>) -> Bool,
        decode: (UnsafeBufferPointer<UInt8>, inout DecodedView) -> Void
    ) -> DecodedView? {
        var current: DecodedView? = nil
        for _ in 0..<maximumRepeatedDecodings {
            let next = current ?? view
            guard next.bytes.withUnsafeBufferPointer(needsDecoding) else { break }
            current = decodedAgain(next, encoding: next.encoding, decode: decode)
        }
        return current
    }

    private static func containsPercentEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "%") && PercentDecoding.isEscape(bytes, at: index) {
            return true
        }
        return false
    }

    // MARK: De-duplication

    /// A finding before it is reported.
    struct Candidate {
        var range: Range<Int>
        var value: String
        var encoding: ValueEncoding
        /// Whether the value needed decoding: its original bytes differ from the view's.
        var decoded: Bool

        /// Whether this candidate wins over `other` when they overlap.
        func isPreferred(over other: Candidate) -> Bool {
            if range.count != other.range.count { return range.count > other.range.count }
            if decoded != other.decoded { return decoded }
            return encoding < other.encoding
        }
    }

    /// One detector's plain findings (sorted, not overlapping) and its view findings, merged so that
    /// of findings that overlap only the preferred ones are left: the findings are split into groups
    /// that overlap one another (usually one or two findings), and within a group the most preferred
    /// finding is kept, then the next that overlaps nothing kept, and so on.
    static func merge(_ plain: [Candidate], _ fromViews: [Candidate]) -> [Candidate] {
        let all = (plain + fromViews).sorted { $0.range.lowerBound < $1.range.lowerBound }
        var result: [Candidate] = []
        result.reserveCapacity(plain.count + 1)
        var group: [Candidate] = []
        var groupEnd = Int.min
        func flush() {
            if group.count == 1 {
                result.append(group[0])
            } else if !group.isEmpty {
                var kept: [Candidate] = []
                for candidate in group.sorted(by: { $0.isPreferred(over: $1) })
                where !kept.contains(where: { $0.range.overlaps(candidate.range) }) {
                    kept.append(candidate)
                }
                result.append(contentsOf: kept.sorted { $0.range.lowerBound < $1.range.lowerBound })
            }
            group.removeAll(keepingCapacity: true)
        }
        for candidate in all {
            if candidate.range.lowerBound >= groupEnd { flush() }
            group.append(candidate)
            groupEnd = max(groupEnd, candidate.range.upperBound)
        }
        flush()
        return result
    }
}
