/// A value of a detector option as written in a rule file.
///
/// Rule files configure detectors with small maps (`regions: [nanp, e164]`, `bare-digits-need-context: true`);
/// this is the typed form of one value in such a map.
public enum OptionValue: Hashable, Sendable, Codable, CustomStringConvertible {
    case bool(Bool)
    case integer(Int)
    case string(String)
    case strings([String])

    /// The value when it is a boolean.
    public var boolValue: Bool? { if case .bool(let value) = self { value } else { nil } }
    /// The value when it is an integer.
    public var integerValue: Int? { if case .integer(let value) = self { value } else { nil } }
    /// The value when it is a string.
    public var stringValue: String? { if case .string(let value) = self { value } else { nil } }
    /// The value as a list of strings; a single string is a list of one.
    public var stringsValue: [String]? {
        switch self {
        case .strings(let values): values
        case .string(let value): [value]
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .bool(let value): String(value)
        case .integer(let value): String(value)
        case .string(let value): value
        case .strings(let values): "[" + values.joined(separator: ", ") + "]"
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else { self = .strings(try container.decode([String].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .strings(let values): try container.encode(values)
        }
    }
}

/// Options for one detector, by option name.
public typealias DetectorOptions = [String: OptionValue]
