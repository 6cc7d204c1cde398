/// Tells a stream's layout from its first bytes (after decompression).
///
/// 1. `FF×7` then `FE` or `FD`: stored tracker batches (v2, v3). `FF×8`: stored message records, with
///    or without indexes. `FF×7` then anything else: an unknown header, a fault.
/// 2. No header: tracker batches when the first byte is `0x51` (`BatchMetadata`), otherwise legacy
///    message records.
/// 3. Whether records carry 8-byte indexes is guessed as OpenReplay's player does (`MFileReader`):
///    indexes when the first byte is not a known type id, or when the first 8 bytes read as a
///    little-endian number up to 2^48 followed by a known type id.
///
/// Where more than one layout is possible (a header-less stream starting with `0x51`, and either
/// answer of the index guess), each candidate decodes the first bytes (at most
/// `MessageReader.detectionWindow` bytes and `trialMessages` messages), the likeliest first; the
/// first that decodes without a fault wins. When all fault, the one that decoded the most messages
/// wins, and reading it reports its fault; when none decodes a single message, the bytes are not a
/// recording.
enum FormatDetector {
    /// The outcome of detection.
    enum Detection: Equatable {
        case format(RecordingFormat)
        case fault(RecordingFault.Reason)
    }

    /// The most messages a candidate decodes during detection.
    static let trialMessages = 1000

    /// Detects the layout of `window`, the first bytes of a stream; `isComplete` says whether it is
    /// the whole stream.
    static func detect(_ window: UnsafeRawBufferPointer, isComplete: Bool, options: MessageReaderOptions) -> Detection {
        if window.count >= 8, window.prefix(7).allSatisfy({ $0 == 0xFF }) {
            switch window[7] {
            case 0xFE, 0xFD:
                return .format(.storedBatches(headerVersion: window[7]))
            case 0xFF:
                let schema = MessageSchema(era: options.era ?? .current)
                let guess = recordsLookIndexed(UnsafeRawBufferPointer(rebasing: window[8...]), schema: schema)
                let candidates: [RecordingFormat] = [.storedRecords(indexed: guess), .storedRecords(indexed: !guess)]
                return .format(choose(among: candidates, window: window, isComplete: isComplete, options: options)
                    ?? candidates[0])
            default:
                return .fault(.unknownFileHeader(version: window[7]))
            }
        }
        var candidates: [RecordingFormat] = []
        if window.first == 0x51 { candidates.append(.trackerBatches) }
        let schema = MessageSchema(era: options.era ?? .legacy)
        let guess = recordsLookIndexed(window, schema: schema)
        candidates += [.legacyRecords(indexed: guess), .legacyRecords(indexed: !guess)]
        guard let chosen = choose(among: candidates, window: window, isComplete: isComplete, options: options) else {
            return .fault(.unrecognizedFormat)
        }
        return .format(chosen)
    }

    /// The player's guess whether message records start with 8-byte indexes.
    static func recordsLookIndexed(_ bytes: UnsafeRawBufferPointer, schema: MessageSchema) -> Bool {
        guard bytes.count > 8 else { return false }
        if schema.type(forID: UInt64(bytes[0])) == nil { return true }
        let value = UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
        return value <= 0xFFFF_FFFF_FFFF && schema.type(forID: UInt64(bytes[8])) != nil
    }

    /// The first candidate that decodes `window` without a fault, or the one that decodes the most
    /// messages; `nil` when none decodes any.
    private static func choose(among candidates: [RecordingFormat], window: UnsafeRawBufferPointer, isComplete: Bool,
                               options: MessageReaderOptions) -> RecordingFormat? {
        var best: (format: RecordingFormat, messages: Int)?
        for candidate in candidates {
            var trialOptions = options
            trialOptions.format = candidate
            var reader = MessageReader(options: trialOptions)
            reader.append(contentsOf: window)
            if isComplete { reader.finish() }
            var decoded = 0
            var faulted = false
            do {
                while decoded < trialMessages, try reader.next() != nil { decoded += 1 }
            } catch {
                faulted = true
            }
            if !faulted { return candidate }
            if decoded > (best?.messages ?? 0) { best = (candidate, decoded) }
        }
        return best?.format
    }
}
