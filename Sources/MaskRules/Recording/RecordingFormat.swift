/// How the (decompressed) bytes of a recording stream are laid out.
///
/// OpenReplay has written four layouts over time (see docs/recording-format.md):
/// - stored files with the `FF FF FF FF FF FF FF FE` (v2) or `…FD` (v3) header hold the tracker's
///   batches byte for byte (backend v1.27 and later);
/// - stored files with the `FF×8` header hold message records: with an 8-byte index before each
///   message (backend v1.27's path for legacy trackers) or without (April 2023 to April 2026, when
///   storage sorted the messages and dropped the indexes);
/// - stored files with no header hold indexed message records (before April 2023);
/// - the bodies the tracker POSTs to `/v1/web/i` are batches with no file header.
public enum RecordingFormat: Sendable, Hashable, CustomStringConvertible {
    /// Tracker batches after a stored-file header whose last byte is `headerVersion` (`0xFE` for v2,
    /// `0xFD` for v3).
    case storedBatches(headerVersion: UInt8)
    /// Message records without size prefixes after the `FF×8` header, each preceded by an 8-byte
    /// little-endian index when `indexed`.
    case storedRecords(indexed: Bool)
    /// Message records without size prefixes and without a file header (legacy stored files), each
    /// preceded by an 8-byte little-endian index when `indexed`.
    case legacyRecords(indexed: Bool)
    /// Tracker batches as posted to `/v1/web/i`: a `BatchMetadata` header, then size-prefixed
    /// messages; batches may follow each other.
    case trackerBatches

    /// Whether messages are batches (size-prefixed after a header), as opposed to records.
    public var isBatches: Bool {
        switch self {
        case .storedBatches, .trackerBatches: true
        case .storedRecords, .legacyRecords: false
        }
    }

    /// Whether each record starts with an 8-byte index.
    public var isIndexed: Bool {
        switch self {
        case .storedRecords(let indexed), .legacyRecords(let indexed): indexed
        case .storedBatches, .trackerBatches: false
        }
    }

    /// The length of the file header.
    public var headerLength: Int {
        switch self {
        case .storedBatches, .storedRecords: 8
        case .legacyRecords, .trackerBatches: 0
        }
    }

    /// The schema era assumed when the format carries no sizes to decide by: the legacy schema for
    /// header-less records (written before April 2023), the current one otherwise.
    public var defaultEra: SchemaEra {
        switch self {
        case .legacyRecords: .legacy
        case .storedBatches, .storedRecords, .trackerBatches: .current
        }
    }

    public var description: String {
        switch self {
        case .storedBatches(let version): "stored batches (header v\(version == 0xFD ? 3 : 2))"
        case .storedRecords(let indexed): "stored records (header v1, \(indexed ? "indexed" : "not indexed"))"
        case .legacyRecords(let indexed): "legacy records (no header, \(indexed ? "indexed" : "not indexed"))"
        case .trackerBatches: "tracker batches (no header)"
        }
    }
}
