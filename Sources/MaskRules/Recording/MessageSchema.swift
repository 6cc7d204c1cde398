/// Which message kind each type id means in one era, and which other layouts an id has had.
///
/// In formats where every message carries its size, the size settles which layout a message has:
/// the reader decodes the era's layout first and, when it does not fill the body exactly, tries the
/// id's other layouts. In formats without sizes there is no such evidence, and the era decides.
public struct MessageSchema: Sendable, Hashable {
    /// The era whose layouts come first.
    public let era: SchemaEra
    private let primary: [MessageType?]
    private let alternatives: [[MessageType]]

    /// The schema of `era`.
    public init(era: SchemaEra) {
        self.era = era
        var primary = [MessageType?](repeating: nil, count: 128)
        var alternatives = [[MessageType]](repeating: [], count: 128)
        for type in MessageType.allCases {
            let id = Int(type.id)
            if Self.belongs(type, to: era) {
                precondition(primary[id] == nil, "two layouts for id \(id) in era \(era)")
                primary[id] = type
            } else {
                alternatives[id].append(type)
            }
        }
        self.primary = primary
        self.alternatives = alternatives
    }

    /// The legacy schema (January 2023).
    public static let legacy = MessageSchema(era: .legacy)
    /// The current schema (v1.27).
    public static let current = MessageSchema(era: .current)

    /// The kind `id` means in this era, or `nil` when the id is unknown.
    @inline(__always)
    public func type(forID id: UInt64) -> MessageType? {
        id < 128 ? primary[Int(id)] : nil
    }

    /// The other layouts `id` has had, tried when a size-prefixed body does not fit the era's layout.
    public func alternativeTypes(forID id: UInt64) -> [MessageType] {
        id < 128 ? alternatives[Int(id)] : []
    }

    /// Whether `id` has alternative layouts (cheap check for the reader's hot path).
    @inline(__always)
    func hasAlternatives(forID id: UInt64) -> Bool {
        id < 128 && !alternatives[Int(id)].isEmpty
    }

    /// The kinds a given era decodes: everything except the other era's layouts of reused ids.
    private static func belongs(_ type: MessageType, to era: SchemaEra) -> Bool {
        switch type {
        case .clickEvent, .resourceEvent, .domDrop, .graphQLWithoutDuration:
            era == .legacy
        case .pageEvent, .setNodeAttributeDictGlobal, .setNodeAttributeDict, .graphQLDeprecated:
            era == .current
        default:
            true
        }
    }
}
