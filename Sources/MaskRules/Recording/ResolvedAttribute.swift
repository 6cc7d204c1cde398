/// The attribute name and value that a dictionary-based attribute message refers to, looked up in the
/// string dictionaries by the reader; `nil` parts had no dictionary entry.
public struct ResolvedAttribute: Sendable, Hashable {
    /// The attribute's name.
    public var name: RecordedString?
    /// The attribute's value.
    public var value: RecordedString?

    /// Creates a resolved attribute.
    public init(name: RecordedString?, value: RecordedString?) {
        self.name = name
        self.value = value
    }
}
