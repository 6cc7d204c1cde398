/// A key name or context term from a rule set's vocabulary, matched against squashed text word by
/// word, ignoring case and separators.
///
/// `first name` matches the key `billing_firstName` and the label `First name:`, but not `username`:
/// a match must start where a word starts and end where a word ends. A leading `*` lifts the first
/// condition (`*name` matches `username`), a trailing `*` the second (`passw*` matches `passwd`).
/// Trailing digits are ignored on both sides: `cvv2` matches `cvv`, `cvv2` and `cvv_3`.
struct WordPattern: Hashable, Sendable {
    /// The lower-cased letters and digits of the pattern.
    let squashed: [UInt8]
    /// The pattern began with `*`: it may start inside a word.
    let openStart: Bool
    /// The pattern ended with `*`: it may end inside a word.
    let openEnd: Bool

    /// Parses a pattern; `nil` when it holds no letters or digits.
    init?(_ text: String) {
        var body = Substring(text)
        openStart = body.hasPrefix("*")
        if openStart { body = body.dropFirst() }
        openEnd = body.hasSuffix("*")
        if openEnd { body = body.dropLast() }
        let text = SquashedText(String(body))
        guard !text.isEmpty else { return nil }
        // Keys are compared without their trailing digits (`cvv2` is a `cvv` key), so patterns are too.
        squashed = Array(text.bytes.prefix(text.countWithoutTrailingDigits))
    }

    /// Parses a list of patterns, leaving out those that hold no letters or digits.
    static func list(_ texts: [String]) -> [WordPattern] { texts.compactMap(WordPattern.init) }

    /// Whether the pattern occurs in `text` at word boundaries (as loosened by `*`).
    func occurs(in text: some SquashedWords) -> Bool {
        let last = text.count - squashed.count
        guard last >= 0 else { return false }
        for offset in 0...last where openStart || text.isWordStart(offset) {
            guard text.has(squashed, at: offset) else { continue }
            if openEnd || text.wordEnds(before: offset + squashed.count) { return true }
        }
        return false
    }

    /// Whether `key` ends with the pattern: the pattern matches at word boundaries and only the rest of
    /// the key's last word may follow it when the pattern ends with `*`. Trailing digits of the key
    /// are ignored (`email2` is an `email` key).
    func matchesEnd(of key: some SquashedWords) -> Bool {
        let count = key.countWithoutTrailingDigits
        let last = count - squashed.count
        guard last >= 0 else { return false }
        if !openEnd {
            return key.has(squashed, at: last) && (openStart || key.isWordStart(last))
        }
        for offset in stride(from: last, through: 0, by: -1) where openStart || key.isWordStart(offset) {
            guard key.has(squashed, at: offset) else { continue }
            var index = offset + squashed.count
            while index < count && !key.isWordStart(index) { index += 1 }
            if index == count { return true }
        }
        return false
    }
}
