/// The attributes whose values attribute selectors compare ASCII case-insensitively on HTML elements
/// when the selector has no `i` modifier.
///
/// The list is the one in the HTML standard, "Case-sensitivity of selectors" (the HTML 4.01 attributes
/// whose values were marked case-insensitive). It is the same list, name for name, as Chromium's
/// `HTMLDocument::IsCaseSensitiveAttribute` (`third_party/blink/renderer/core/html/html_document.cc`).
///
/// It applies to HTML elements only: on SVG and MathML elements these attributes compare
/// case-sensitively, as the standard says and as Chromium 156 was observed to do (`[type="foo"]` does
/// not match `<rect type="FOO">`, although older Blink sources applied the list to every element of an
/// HTML document).
enum HTMLCaseInsensitiveAttributes {
    /// The names, in lower case.
    static let names: Set<String> = [
        "accept", "accept-charset", "align", "alink", "axis", "bgcolor", "charset", "checked", "clear",
        "codetype", "color", "compact", "declare", "defer", "dir", "direction", "disabled", "enctype",
        "face", "frame", "hreflang", "http-equiv", "lang", "language", "link", "media", "method",
        "multiple", "nohref", "noresize", "noshade", "nowrap", "readonly", "rel", "rev", "rules",
        "scope", "scrolling", "selected", "shape", "target", "text", "type", "valign", "valuetype",
        "vlink",
    ]

    /// Whether `lowercasedName` is on the list. The ASCII test keeps `String`'s canonical equivalence
    /// out of it: only byte-identical names count.
    static func contains(_ lowercasedName: String) -> Bool {
        lowercasedName.utf8.allSatisfy { $0 < 0x80 } && names.contains(lowercasedName)
    }
}
