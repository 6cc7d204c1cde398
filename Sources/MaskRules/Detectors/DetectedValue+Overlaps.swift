extension Array where Element == DetectedValue {
    /// The findings with overlapping findings of the same category reduced to one, for reports that
    /// count values rather than rule hits: `"iban":"DE89…"` is found both by the IBAN detector and by a
    /// keyed-value rule for `iban`, and is one payment value.
    ///
    /// Of findings that overlap, the one from a value detector (any but `keyed-value`) wins over a
    /// keyed value, then the longer span, then the earlier detector. The result is ordered by position,
    /// then detector, like the scanner's.
    public func removingOverlapsWithinCategory() -> [DetectedValue] {
        func isPreferred(_ lhs: DetectedValue, over rhs: DetectedValue) -> Bool {
            let lhsKeyed = lhs.detectorID == KeyedValueDetector.description.id
            let rhsKeyed = rhs.detectorID == KeyedValueDetector.description.id
            if lhsKeyed != rhsKeyed { return !lhsKeyed }
            if lhs.byteRange.count != rhs.byteRange.count { return lhs.byteRange.count > rhs.byteRange.count }
            return lhs.detectorIndex < rhs.detectorIndex
        }
        var kept: [DetectedValue] = []
        let byCategory = Dictionary(grouping: self, by: \.category)
        for (_, findings) in byCategory {
            // Split into groups of findings that overlap one another, and keep the best of each.
            let sorted = findings.sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
            var group: [DetectedValue] = []
            var groupEnd = Int.min
            func flush() {
                var chosen: [DetectedValue] = []
                for finding in group.sorted(by: isPreferred) where !chosen.contains(where: { $0.byteRange.overlaps(finding.byteRange) }) {
                    chosen.append(finding)
                }
                kept.append(contentsOf: chosen)
                group.removeAll(keepingCapacity: true)
            }
            for finding in sorted {
                if finding.byteRange.lowerBound >= groupEnd && !group.isEmpty { flush() }
                group.append(finding)
                groupEnd = Swift.max(groupEnd, finding.byteRange.upperBound)
            }
            if !group.isEmpty { flush() }
        }
        return kept.sorted { ($0.byteRange.lowerBound, $0.detectorIndex) < ($1.byteRange.lowerBound, $1.detectorIndex) }
    }
}
