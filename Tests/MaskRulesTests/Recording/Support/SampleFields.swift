@testable import MaskRules

/// Distinct field values for round-trip tests: large varints, negative zig-zag values, strings with
/// multi-byte UTF-8 and a length prefix longer than one byte, both booleans.
enum SampleFields {
    /// Values for a layout signature (`u`, `i`, `s`, `b` per field), different for each position.
    static func values(for signature: String, seed: Int = 0) -> [EncodedField] {
        signature.enumerated().map { position, letter in
            let n = position + seed * 31
            switch letter {
            case "u": return .uint(n % 3 == 0 ? UInt64(n) : UInt64.max / UInt64(n + 2))
            case "i": return .int(n % 2 == 0 ? -Int64(n) * 1_000_003 - 1 : Int64.max / Int64(n + 1))
            case "s":
                let text = "field \(n) é ✓ 🙂"
                return .string(n % 4 == 1 ? String(repeating: text, count: 12) : (n % 4 == 2 ? "" : text))
            case "b": return .bool(n % 2 == 0)
            default: fatalError("unknown field letter \(letter)")
            }
        }
    }

    /// The values as the reader reports them.
    static func expected(_ fields: [EncodedField]) -> [FieldValue] {
        fields.map { field in
            switch field {
            case .uint(let value): .uint(value)
            case .int(let value): .int(value)
            case .string(let value): .string(RecordedString(value))
            case .bytes(let value): .string(RecordedString(bytes: value))
            case .bool(let value): .bool(value)
            }
        }
    }
}
