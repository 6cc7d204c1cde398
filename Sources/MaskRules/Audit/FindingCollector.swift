/// The findings of one session, each kept once.
///
/// A value a page shows on every screen, or a field typed into one keystroke at a time, would
/// otherwise make hundreds of findings. Each finding has a key (its check, and what makes it the
/// same finding: the channel, rule and normalised value, or the field); a repeat only counts an
/// occurrence, and the finding keeps its first location. For fields typed into, the longest value
/// is kept. At most `maximum` distinct findings are kept; later ones are only counted.
struct FindingCollector {
    private var findings: [Finding] = []
    private var occurrences: [Int] = []
    private var keys: [String: Int] = [:]
    /// The distinct findings not kept because `maximum` was reached.
    private(set) var suppressed = 0
    /// The most distinct findings kept.
    let maximum: Int

    init(maximum: Int) {
        self.maximum = maximum
    }

    /// The number of distinct findings kept.
    var count: Int { findings.count }

    /// Adds a finding, or counts one more occurrence of the finding with the same key.
    /// - Parameters:
    ///   - key: What makes two findings the same, within the check.
    ///   - checkID: The check.
    ///   - value: The value of this occurrence, kept instead of the first one's when `keepLongestValue`
    ///     is set and it is longer.
    ///   - keepLongestValue: For values typed keystroke by keystroke.
    ///   - make: Builds the finding; called only for a new key.
    mutating func add(key: String, checkID: String, value: SensitiveValue? = nil, keepLongestValue: Bool = false,
                      make: () -> Finding) {
        let fullKey = checkID + "\u{1F}" + key
        if let index = keys[fullKey] {
            occurrences[index] += 1
            if keepLongestValue, let value,
               value.unredactedValue.count > (findings[index].value?.unredactedValue.count ?? 0) {
                findings[index].value = value
            }
            return
        }
        guard findings.count < maximum else {
            suppressed += 1
            return
        }
        keys[fullKey] = findings.count
        findings.append(make())
        occurrences.append(1)
    }

    /// The findings in message order, each noting how often it occurred when more than once.
    func finished() -> [Finding] {
        var result = findings
        for index in result.indices where occurrences[index] > 1 {
            result[index].evidence.append("occurs \(occurrences[index]) times in the session")
        }
        return result.enumerated().sorted { lhs, rhs in
            let left = Self.messageIndex(lhs.element), right = Self.messageIndex(rhs.element)
            return (left, lhs.offset) < (right, rhs.offset)
        }.map(\.element)
    }

    private static func messageIndex(_ finding: Finding) -> Int {
        if case .recording(let location) = finding.location { return location.messageIndex ?? Int.max }
        return Int.max
    }
}
