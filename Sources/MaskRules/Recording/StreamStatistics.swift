/// What a reader saw in one stream, beyond the messages themselves.
public struct StreamStatistics: Sendable, Hashable {
    /// Messages decoded (including batch headers and messages of unknown types).
    public var messages = 0
    /// Bytes consumed after decompression, headers included.
    public var bytes = 0
    /// Batch headers (`BatchMetadata`, `BatchMeta`) seen.
    public var batches = 0
    /// Messages of types the schema does not know, skipped by their size, by type id.
    public var unknownTypes: [UInt64: Int] = [:]
    /// Messages whose declared size is larger than their known fields (newer trackers may add
    /// fields); the extra bytes are skipped.
    public var messagesWithTrailingBytes = 0
    /// Messages whose size matched one of their id's other layouts rather than the era's.
    public var alternativeLayouts = 0
    /// Indexed records whose index is lower than the one before (OpenReplay's player skips them;
    /// masklint reads them, so that their content is checked too).
    public var outOfOrderRecords = 0
    /// Dictionary references (attribute names and values) with no dictionary entry.
    public var unresolvedDictionaryReferences = 0

    /// Creates empty statistics.
    public init() {}

    /// The total number of messages of unknown types.
    public var unknownMessages: Int { unknownTypes.values.reduce(0, +) }
}
