/// Values that stand in for a value rather than being one: masks, redaction markers, templates and
/// JSON literals. A keyed value that is one of these is not a finding.
enum PlaceholderValues {
    /// Words that, alone or wrapped in brackets or asterisks, mark a value as removed (lower case ASCII).
    private static let markers: [[UInt8]] = [
        "redacted", "masked", "mask", "filtered", "hidden", "removed", "omitted", "scrubbed", "censored",
        "sensitive", "private", "secret", "protected", "confidential", "pii", "anonymized", "anonymised",
        "null", "nil", "none", "undefined", "nan", "true", "false", "empty", "n/a", "na", "value",
    ].map { Array($0.utf8) }

    /// The characters a mask is made of beyond ASCII: `•`, `●`, `·`, `∗`, `○`.
    private static let nonASCIIMaskCharacters: Set<Unicode.Scalar> = ["•", "●", "·", "∗", "○"]

    /// Whether `value` is a placeholder.
    static func isPlaceholder(_ value: [UInt8]) -> Bool {
        var start = 0
        var end = value.count
        while start < end && ASCII.isSpace(value[start]) { start += 1 }
        while end > start && ASCII.isSpace(value[end - 1]) { end -= 1 }
        guard start < end else { return true }
        let trimmed = value[start..<end]
        if isMask(trimmed) { return true }
        if isTemplate(trimmed) { return true }
        // Strip wrapping brackets, asterisks and underscores: `[REDACTED]`, `<masked>`, `***FILTERED***`.
        var inner = trimmed
        while let first = inner.first, Self.isWrapper(first) { inner = inner.dropFirst() }
        while let last = inner.last, Self.isWrapper(last) { inner = inner.dropLast() }
        guard !inner.isEmpty, inner.count <= 16 else { return inner.isEmpty }
        return markers.contains { marker in
            marker.count == inner.count && zip(marker, inner).allSatisfy { $0 == ASCII.lowercased($1) }
        }
    }

    private static func isWrapper(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "#"):
            return true
        default:
            return false
        }
    }

    /// Only mask characters (`*`, `•`, `●`, `·`, `#`, `?`, `.`, `-`, `_`), or three or more `x`.
    private static func isMask(_ value: ArraySlice<UInt8>) -> Bool {
        if value.allSatisfy(isASCIIMaskCharacter) { return true }
        if value.contains(where: { $0 >= 0x80 }) {
            let text = String(decoding: value, as: UTF8.self)
            if text.unicodeScalars.allSatisfy({ $0.isASCII ? isASCIIMaskCharacter(UInt8($0.value)) : nonASCIIMaskCharacters.contains($0) }) {
                return true
            }
        }
        return value.count >= 3 && value.allSatisfy { $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") }
    }

    private static func isASCIIMaskCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    private static func isTemplate(_ value: ArraySlice<UInt8>) -> Bool {
        let first = value.first!
        let second = value.dropFirst().first ?? 0
        if first == UInt8(ascii: "{") && second == UInt8(ascii: "{") { return true }
        if first == UInt8(ascii: "$") && (second == UInt8(ascii: "{") || ASCII.isDigit(second)) { return true }
        if first == UInt8(ascii: "%") && (second == UInt8(ascii: "s") || second == UInt8(ascii: "(") || second == UInt8(ascii: "d")) {
            return value.count <= 2 || second == UInt8(ascii: "(")
        }
        return false
    }
}
