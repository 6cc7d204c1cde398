/// Identifiers taken from markup (ids, class names, field names) as messages quote them.
///
/// Applications sometimes put values into them (`name="subscriber[jane@example.com]"`,
/// `id="customer-4111111111111111"`), so an identifier is quoted as written only when it cannot carry
/// a value the detectors look for: no `@`, no whitespace, no four digits in a row, at most 80
/// characters. Any other is shown as a `SensitiveValue` preview, which keeps its shape but not its
/// content. The audit's node paths show an id only when it follows this rule and is also a short CSS
/// identifier (`RebuiltElement.cssPath`).
package enum MarkupIdentifier {
    /// `value` as written when it is a plain identifier, its redacted preview otherwise.
    package static func shown(_ value: String) -> String {
        isPlain(value) ? value : SensitiveValue(value, category: nil).redacted
    }

    /// Whether `value` can be quoted as written.
    package static func isPlain(_ value: String) -> Bool {
        guard value.utf8.count <= 80 else { return false }
        var digitRun = 0
        for scalar in value.unicodeScalars {
            if scalar == "@" || isWhitespace(scalar) { return false }
            if ("0"..."9").contains(scalar) {
                digitRun += 1
                if digitRun >= 4 { return false }
            } else {
                digitRun = 0
            }
        }
        return true
    }

    /// The White_Space property, without the property tables for ASCII (whose only whitespace is
    /// U+0009 to U+000D and the space).
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ASCII.isSpace(UInt8(scalar.value)) : scalar.properties.isWhitespace
    }
}
