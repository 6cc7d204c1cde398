/// Levenshtein distance, for "did you mean" suggestions.
package enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions between `a` and `b`,
    /// or `nil` when it exceeds `limit`.
    package static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        guard abs(a.count - b.count) <= limit else { return nil }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let result = a.isEmpty ? b.count : previous[b.count]
        return result <= limit ? result : nil
    }

    /// The candidate closest to `word` within `limit` edits, ties to the earlier candidate.
    package static func nearest(to word: String, in candidates: [String], limit: Int) -> String? {
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            guard let distance = distance(word, candidate, limit: limit) else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }
}
