/// The value of one field of a recorded message, as its wire type gives it.
public enum FieldValue: Sendable, Hashable {
    /// An unsigned LEB128 varint (`uint`).
    case uint(UInt64)
    /// A zig-zag encoded varint (`int`).
    case int(Int64)
    /// A length-prefixed UTF-8 string (`string`).
    case string(RecordedString)
    /// One byte, 0 or 1 (`boolean`).
    case bool(Bool)

    /// The wire type of the value.
    public var kind: FieldKind {
        switch self {
        case .uint: .uint
        case .int: .int
        case .string: .string
        case .bool: .boolean
        }
    }
}

/// The wire types of OpenReplay's message fields (`mobs/messages.rb`).
public enum FieldKind: String, Sendable, Hashable, CaseIterable {
    /// Unsigned LEB128 varint, at most 10 bytes.
    case uint
    /// Signed integer, zig-zag encoded, then as `uint`.
    case int
    /// Byte length as `uint`, then that many UTF-8 bytes.
    case string
    /// One byte: `0x00` false, `0x01` true.
    case boolean
}

/// One field of a message layout: its name in OpenReplay's schema, its wire type and, for strings,
/// the channel its content belongs to.
public struct MessageField: Sendable, Hashable {
    /// The field's name in the schema (`Value`, `BaseURL`).
    public let name: String
    /// The wire type.
    public let kind: FieldKind
    /// For a string field, what its content is; `nil` for numbers and booleans.
    public let channel: StringChannel?

    /// Creates a field description.
    public init(_ name: String, _ kind: FieldKind, channel: StringChannel? = nil) {
        self.name = name
        self.kind = kind
        self.channel = channel
    }
}
