/// One attribute of an element, as written in the source.
///
/// Names are lower case as the parser gives them, except on SVG and MathML elements, where the
/// HTML tree builder's case adjustments apply (`viewBox`, `definitionURL`). Values have character
/// references decoded and line breaks normalised to `\n`; an attribute written without a value has
/// the empty string as its value.
public struct HTMLAttribute: Hashable, Sendable, CustomStringConvertible {
    /// The attribute's name.
    public let name: String
    /// The attribute's decoded value.
    public let value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// A short human-readable form, for messages and debugging.
    public var description: String { "\(name)=\"\(value)\"" }
}
