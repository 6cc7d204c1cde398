/// An attribute selector: `[name]`, or `[name op value]` with an optional `i` modifier.
///
/// The name is ASCII-lowercased, as Chromium does in HTML documents, and it is compared with the
/// element's attribute names case-insensitively (see `SelectorMatchable.attributeValue(_:)`).
/// Values compare as `SelectorMatcher` describes: exactly, or ASCII case-insensitively with `i` or,
/// on HTML elements, for the attributes in `HTMLCaseInsensitiveAttributes`.
///
/// There is no `s` modifier: Selectors Level 4 defines it, but Chromium rejects any selector that uses
/// it (observed with Chromium 156: `element.matches('[type="a" s]')` throws a `SyntaxError`; Blink keeps
/// it behind the disabled `CSSCaseSensitiveSelector` feature), so the tracker could never use one.
public struct AttributeSelector: Hashable, Sendable, CustomStringConvertible {
    /// The comparison between the attribute's value and the selector's value.
    public enum Operator: String, CaseIterable, Hashable, Sendable {
        /// `=`: equal.
        case equals = "="
        /// `~=`: one of the value's ASCII-whitespace-separated tokens is equal. A selector value that is
        /// empty or contains whitespace never matches.
        case includes = "~="
        /// `|=`: equal, or starts with the selector value followed by `-`.
        case dashMatch = "|="
        /// `^=`: starts with a non-empty selector value.
        case prefix = "^="
        /// `$=`: ends with a non-empty selector value.
        case suffix = "$="
        /// `*=`: contains a non-empty selector value.
        case substring = "*="
    }

    /// The modifier written before `]`.
    public enum Modifier: String, CaseIterable, Hashable, Sendable {
        /// `i`: compare values ASCII case-insensitively.
        case caseInsensitive = "i"
    }

    /// What an attribute's value is tested against.
    public struct ValueCondition: Hashable, Sendable {
        /// The comparison.
        public let `operator`: Operator
        /// The selector's value, after CSS escapes are decoded.
        public let value: String
        /// The `i` modifier, if written.
        public let modifier: Modifier?

        /// Creates a condition.
        public init(_ operator: Operator, _ value: String, modifier: Modifier? = nil) {
            self.operator = `operator`
            self.value = value
            self.modifier = modifier
        }

        /// Equal when operator, modifier and value are; values compare as UTF-8 bytes.
        public static func == (lhs: ValueCondition, rhs: ValueCondition) -> Bool {
            lhs.operator == rhs.operator && lhs.modifier == rhs.modifier && ASCIIBytes.identical(lhs.value, rhs.value)
        }
    }

    /// The attribute name, ASCII lower case.
    public let name: String
    /// The value test, or `nil` for `[name]`, which tests presence only.
    public let condition: ValueCondition?

    /// Creates an attribute selector; `name` is ASCII-lowercased.
    ///
    /// - Precondition: `name` is not empty.
    public init(name: String, condition: ValueCondition? = nil) {
        precondition(!name.isEmpty, "an attribute selector has a name")
        self.name = ASCIIBytes.lowercased(name)
        self.condition = condition
    }

    /// Creates `[name op value]` with an optional modifier; `name` is ASCII-lowercased.
    public init(name: String, _ operator: Operator, _ value: String, modifier: Modifier? = nil) {
        self.init(name: name, condition: ValueCondition(`operator`, value, modifier: modifier))
    }

    /// The canonical CSS text; see `SelectorSerializer`.
    public var description: String { SelectorSerializer.serialize(self) }

    /// Equal when names and conditions are; names compare as UTF-8 bytes.
    public static func == (lhs: AttributeSelector, rhs: AttributeSelector) -> Bool {
        ASCIIBytes.identical(lhs.name, rhs.name) && lhs.condition == rhs.condition
    }
}
