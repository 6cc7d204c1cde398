/// Finds canary values in text in every form a recording may hold them: as typed, in another letter
/// case, as digits with other separators, and inside percent-, JSON-, HTML-, form- or base64-encoded
/// text.
///
/// - Exact and case-folded: ASCII letters compare case-insensitively (the Unicode lower-case form of
///   the canary is searched too, so `JÜRGEN` finds `jürgen`).
/// - Digits: a canary with at least `minimumDigits` digits is also found as a run of digits in which
///   single separators (` `, `-`, `.`, `/`, `(`, `)`, `+`) may differ or be missing:
///   `4111 1111 1111 1111` finds `4111111111111111` and `(415) 555-2671` finds `+1 415 555 2671`.
/// - Encoded: the decoded views of `ValueScanner` (percent, JSON escapes, HTML references, form
///   bodies, base64, JSON in JSON) are searched, and what is found there is mapped back to the
///   original bytes.
struct CanaryMatcher: Sendable {
    /// How a canary was found.
    enum Form: String, Sendable, Hashable {
        case exact
        case caseFolded = "case-folded"
        case digits = "digits-only"
        case percent = "percent-escaped"
        case jsonEscape = "json-escaped"
        case htmlEntity = "html-entity"
        case formPlus = "form-encoded"
        case base64
        case nestedJSON = "nested-json-escaped"

        init(_ encoding: ValueEncoding) {
            switch encoding {
            case .plain: self = .exact
            case .percent: self = .percent
            case .jsonEscape: self = .jsonEscape
            case .htmlEntity: self = .htmlEntity
            case .formPlus: self = .formPlus
            case .base64: self = .base64
            case .nestedJSON: self = .nestedJSON
            }
        }
    }

    /// One canary found.
    struct Hit: Sendable, Hashable {
        /// The canary's index in the set.
        var canary: Int
        /// Where, in the searched bytes.
        var range: Range<Int>
        /// How.
        var form: Form
    }

    /// The fewest digits a canary needs to be searched for as digits only.
    static let minimumDigits = 6

    private struct Pattern: Sendable {
        var folded: [UInt8]
        var exact: [UInt8]
        var canary: Int
        /// The form a match of this pattern is in, when the pattern is itself an encoding of the canary.
        var encodedForm: Form?
    }

    private let patterns: [Pattern]
    /// Pattern indices by the folded first byte.
    private let byFirstByte: [[Int]]
    private let digitPatterns: [(digits: [UInt8], canary: Int)]
    private let views: ValueScanner

    /// Whether there is anything to search for.
    var isEmpty: Bool { patterns.isEmpty }

    init(_ set: CanarySet) {
        var patterns: [Pattern] = []
        var digitPatterns: [(digits: [UInt8], canary: Int)] = []
        for (index, canary) in set.canaries.enumerated() {
            let raw = canary.value.unredactedValue
            var forms = [raw]
            let lower = raw.lowercased()
            if lower != raw { forms.append(lower) }
            for form in forms {
                let exact = Array(form.utf8)
                patterns.append(Pattern(folded: exact.map(ASCII.lowercased), exact: Array(raw.utf8), canary: index))
                // Form bodies write spaces as `+`, which the decoded views leave alone between letters.
                if form.contains(" ") {
                    let plus = form.utf8.map { $0 == UInt8(ascii: " ") ? UInt8(ascii: "+") : $0 }
                    patterns.append(Pattern(folded: plus.map(ASCII.lowercased), exact: plus, canary: index, encodedForm: .formPlus))
                }
            }
            let digits = raw.utf8.filter(ASCII.isDigit)
            if digits.count >= Self.minimumDigits { digitPatterns.append((Array(digits), index)) }
        }
        var table = Array(repeating: [Int](), count: 256)
        for (index, pattern) in patterns.enumerated() where !pattern.folded.isEmpty {
            table[Int(pattern.folded[0])].append(index)
        }
        self.patterns = patterns
        self.byFirstByte = table
        self.digitPatterns = digitPatterns
        self.views = ValueScanner(detectors: [], encodings: Set(ValueEncoding.allCases))
    }

    /// Every canary in `bytes`, in every form; one hit per canary and place, the plainest form first.
    func hits(in bytes: UnsafeBufferPointer<UInt8>) -> [Hit] {
        guard !patterns.isEmpty, !bytes.isEmpty else { return [] }
        return hits(in: bytes, views: views.views(of: bytes))
    }

    /// Whether `scanner` builds the decoded views this matcher searches, so that the views it built
    /// for a text can be passed to `hits(in:views:)`.
    func searchesViews(of scanner: ValueScanner) -> Bool {
        scanner.encodings == views.encodings
    }

    /// Every canary in `bytes`, searching `views`, the decoded views of `bytes` that a scanner for
    /// which `searchesViews(of:)` is true built.
    func hits(in bytes: UnsafeBufferPointer<UInt8>, views: [DecodedView]) -> [Hit] {
        guard !patterns.isEmpty, !bytes.isEmpty else { return [] }
        var hits = textHits(in: bytes, encoding: .plain)
        hits += digitHits(in: bytes)
        for view in views {
            let found = view.bytes.withUnsafeBufferPointer { textHits(in: $0, encoding: view.encoding) }
            for hit in found {
                let range = view.originalRange(of: hit.range)
                guard !range.isEmpty else { continue }
                hits.append(Hit(canary: hit.canary, range: range, form: hit.form))
            }
        }
        return Self.merged(hits)
    }

    /// Exact and case-folded hits in `bytes`, with the form named after `encoding` when it is not plain.
    private func textHits(in bytes: UnsafeBufferPointer<UInt8>, encoding: ValueEncoding) -> [Hit] {
        var hits: [Hit] = []
        let count = bytes.count
        var index = 0
        while index < count {
            let candidates = byFirstByte[Int(ASCII.lowercased(bytes[index]))]
            if !candidates.isEmpty {
                for candidate in candidates {
                    let pattern = patterns[candidate]
                    let length = pattern.folded.count
                    guard index + length <= count else { continue }
                    var equal = true
                    var exact = true
                    for offset in 0..<length {
                        let byte = bytes[index + offset]
                        if ASCII.lowercased(byte) != pattern.folded[offset] {
                            equal = false
                            break
                        }
                        if offset >= pattern.exact.count || byte != pattern.exact[offset] { exact = false }
                    }
                    guard equal else { continue }
                    exact = exact && length == pattern.exact.count
                    let form: Form = pattern.encodedForm ?? (encoding == .plain ? (exact ? .exact : .caseFolded) : Form(encoding))
                    hits.append(Hit(canary: pattern.canary, range: index..<index + length, form: form))
                }
            }
            index += 1
        }
        return hits
    }

    /// Hits of digit canaries in runs of digits with separators.
    private func digitHits(in bytes: UnsafeBufferPointer<UInt8>) -> [Hit] {
        guard !digitPatterns.isEmpty else { return [] }
        var hits: [Hit] = []
        var digits: [UInt8] = []
        var positions: [Int] = []
        var separators = 0
        func endRun() {
            if digits.count >= Self.minimumDigits {
                for pattern in digitPatterns {
                    guard let start = Self.firstIndex(of: pattern.digits, in: digits) else { continue }
                    let end = start + pattern.digits.count - 1
                    hits.append(Hit(canary: pattern.canary, range: positions[start]..<positions[end] + 1, form: .digits))
                }
            }
            digits.removeAll(keepingCapacity: true)
            positions.removeAll(keepingCapacity: true)
            separators = 0
        }
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if ASCII.isDigit(byte) {
                digits.append(byte)
                positions.append(index)
                separators = 0
            } else if !digits.isEmpty && Self.isDigitSeparator(byte) && separators < 2 {
                separators += 1
            } else if !digits.isEmpty {
                endRun()
            }
        }
        endRun()
        return hits
    }

    private static func isDigitSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: "+"):
            true
        default:
            false
        }
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return start }
        }
        return nil
    }

    /// One hit per canary and overlapping place: exact before case-folded before digits before encoded.
    private static func merged(_ hits: [Hit]) -> [Hit] {
        let order: [Form] = [.exact, .caseFolded, .digits, .percent, .jsonEscape, .htmlEntity, .formPlus, .nestedJSON, .base64]
        let sorted = hits.sorted {
            ($0.range.lowerBound, order.firstIndex(of: $0.form)!) < ($1.range.lowerBound, order.firstIndex(of: $1.form)!)
        }
        var kept: [Hit] = []
        for hit in sorted where !kept.contains(where: { $0.canary == hit.canary && $0.range.overlaps(hit.range) }) {
            kept.append(hit)
        }
        return kept
    }
}
