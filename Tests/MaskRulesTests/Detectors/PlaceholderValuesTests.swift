import Testing
@testable import MaskRules

@Suite("Placeholder values: masks, redaction markers, templates and literals")
struct PlaceholderValuesTests {
    @Test("Placeholders", arguments: [
        "********", "  ***  ", "•••", "●●●●", "·····", "∗∗∗", "○○○", "*•*", "####", "???", "...", "---", "___",
        "xxx", "XXXX", "xXx", "[REDACTED]", "<masked>", "***FILTERED***", "(hidden)", "#secret#", "__PII__",
        "n/a", "N/A", "null", "NULL", "None", "undefined", "NaN", "true", "False", "value", "", "   ",
        "{{password}}", "${FIRST_NAME}", "$1", "%s", "%d", "%(name)s", "[]", "**",
    ])
    func placeholders(_ value: String) {
        #expect(PlaceholderValues.isPlaceholder(Array(value.utf8)), "\(value)")
    }

    @Test("Values", arguments: [
        "hunter2", "xx", "Alice", "secretive", "maskedx", "•a", "ab*", "x*x", "nul", "n-a", "$a", "%x",
        "%sx", "Müller", "[Alice]", "***abc", "redacted value", "0000", "12.50",
        "a-very-long-marker-word-that-is-not-one",
    ])
    func values(_ value: String) {
        #expect(!PlaceholderValues.isPlaceholder(Array(value.utf8)), "\(value)")
    }

    @Test("Random values over the placeholders' alphabet agree with the definition")
    func randomValues() {
        var generator = SeededGenerator(state: 0x9A5E)
        let alphabet: [String] = ["*", "•", "●", "x", "X", "[", "]", "<", ">", "_", "-", "#", " ", "n", "a", "/",
                                  "null", "MASKED", "é", "{", "$", "%", "s", "(", "1", "?", "."]
        for _ in 0..<5000 {
            let length = Int.random(in: 0...6, using: &generator)
            let value = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            #expect(PlaceholderValues.isPlaceholder(Array(value.utf8)) == Self.definition(value), "\(value)")
        }
    }

    /// The placeholder rule as written in the detector's documentation, on `String`s.
    static func definition(_ value: String) -> Bool {
        let isSpace: (Character) -> Bool = { [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"].contains($0) }
        let trimmed = String(value.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
        guard !trimmed.isEmpty else { return true }
        let maskCharacters: Set<Character> = ["*", "•", "●", "·", "#", "?", ".", "-", "_", "∗", "○"]
        if trimmed.allSatisfy({ maskCharacters.contains($0) }) { return true }
        if trimmed.utf8.count >= 3 && trimmed.allSatisfy({ $0 == "x" || $0 == "X" }) { return true }
        let bytes = Array(trimmed.utf8)
        let second = bytes.count > 1 ? bytes[1] : 0
        switch bytes[0] {
        case UInt8(ascii: "{") where second == UInt8(ascii: "{"): return true
        case UInt8(ascii: "$") where second == UInt8(ascii: "{") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(second): return true
        case UInt8(ascii: "%") where second == UInt8(ascii: "s") || second == UInt8(ascii: "(") || second == UInt8(ascii: "d"):
            return bytes.count <= 2 || second == UInt8(ascii: "(")
        default: break
        }
        let wrappers = Set("[]<>()*_-#".utf8)
        var inner = bytes[...]
        while let first = inner.first, wrappers.contains(first) { inner = inner.dropFirst() }
        while let last = inner.last, wrappers.contains(last) { inner = inner.dropLast() }
        guard !inner.isEmpty, inner.count <= 16 else { return inner.isEmpty }
        let markers: Set<String> = [
            "redacted", "masked", "mask", "filtered", "hidden", "removed", "omitted", "scrubbed", "censored",
            "sensitive", "private", "secret", "protected", "confidential", "pii", "anonymized", "anonymised",
            "null", "nil", "none", "undefined", "nan", "true", "false", "empty", "n/a", "na", "value",
        ]
        return markers.contains(String(decoding: inner, as: UTF8.self).lowercased())
    }
}
