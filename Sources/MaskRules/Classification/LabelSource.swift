/// Where a field's human-readable label came from, in the order a person reading the form sees it.
public enum LabelSource: String, Sendable, Codable, Hashable, CaseIterable {
    /// A `<label for="...">` pointing at the field's id.
    case labelFor = "label[for]"
    /// A `<label>` that contains the field.
    case enclosingLabel = "enclosing label"
    /// `aria-labelledby`: the text of the referenced elements.
    case ariaLabelledBy = "aria-labelledby"
    /// `aria-label`.
    case ariaLabel = "aria-label"
    /// `placeholder`.
    case placeholder
    /// `title`.
    case title
    /// Text just before the field: the previous sibling's text, or the previous table cell's.
    case nearbyText = "nearby text"
}

/// One label text of a field.
public struct FieldLabel: Sendable, Hashable {
    /// Where it came from.
    public let source: LabelSource
    /// The text, whitespace collapsed.
    public let text: String
}
