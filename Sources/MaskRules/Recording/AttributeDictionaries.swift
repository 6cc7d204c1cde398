/// The string dictionaries that attribute messages refer to, as OpenReplay's player keeps them.
///
/// - `StringDictGlobal` (34) entries, keyed by number, serve `SetNodeAttributeDictGlobal` (35) for the
///   whole session.
/// - `StringDict` (43) entries, keyed by string, serve `SetNodeAttributeDict` (52) for the whole
///   session.
/// - `StringDictDeprecated` (50) entries serve `SetNodeAttributeDictDeprecated` (51) for one page: a
///   `CreateDocument` starts a new dictionary, and so does a key redefined with another value before
///   it (the player's "false order" rule), in which case the next `CreateDocument` keeps it.
///
/// Entries are compacted (copied out of the block they were read from), so the dictionaries do not
/// keep whole blocks of the recording alive.
struct AttributeDictionaries: Sendable {
    private var global: [UInt64: RecordedString] = [:]
    private var keyed: [RecordedString: RecordedString] = [:]
    private var page: [UInt64: RecordedString] = [:]
    private var pageStartedEarly = false
    /// How many references had no entry.
    private(set) var unresolvedReferences = 0

    /// Updates the dictionaries with a dictionary or document message, or resolves the references of a
    /// dictionary attribute message; `bytes` is the block the message was read from. Other messages are
    /// left alone and give `nil`.
    mutating func apply(_ body: MessageBody, bytes: RecordingBytes) -> ResolvedAttribute? {
        func string(_ range: StringRange) -> RecordedString {
            RecordedString(storage: bytes, offset: Int(range.offset), count: Int(range.count))
        }
        switch body {
        case .stringDictGlobal(let key, let value):
            global[key] = string(value).compacted()
        case .stringDict(let key, let value):
            keyed[string(key).compacted()] = string(value).compacted()
        case .stringDictDeprecated(let key, let value):
            let value = string(value)
            if let existing = page[key], existing != value {
                page = [:]
                pageStartedEarly = true
            }
            page[key] = value.compacted()
        case .createDocument:
            if !pageStartedEarly { page = [:] }
            pageStartedEarly = false
        case .setNodeAttributeDictGlobal(_, let name, let value):
            return ResolvedAttribute(name: lookUp(global[name]), value: lookUp(global[value]))
        case .setNodeAttributeDict(_, let name, let value):
            return ResolvedAttribute(name: lookUp(keyed[string(name)]), value: lookUp(keyed[string(value)]))
        case .setNodeAttributeDictDeprecated(_, let nameKey, let valueKey):
            return ResolvedAttribute(name: lookUp(page[nameKey]), value: lookUp(page[valueKey]))
        default:
            break
        }
        return nil
    }

    /// Starts counting unresolved references from zero (for the next stream's statistics).
    mutating func resetUnresolvedReferences() {
        unresolvedReferences = 0
    }

    private mutating func lookUp(_ entry: RecordedString?) -> RecordedString? {
        if entry == nil { unresolvedReferences += 1 }
        return entry
    }
}
