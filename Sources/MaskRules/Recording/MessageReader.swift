/// Reads recorded messages from the decompressed bytes of one stream, as they arrive.
///
/// Feed it bytes with `append(_:)` (marking file boundaries with `startFile(named:)` when a stream
/// spans files, as `dom.mobs` and `dom.mobe` do), say `finish()` when there are no more, and take
/// messages with `next()`, or faster with `readAvailable(_:)`. `next()` returns `nil` when it needs
/// more bytes or when the stream is done, and throws a `RecordingFault` once, at the first record it
/// cannot read; everything before that record has been returned. After a fault it returns `nil`.
///
/// The reader never trusts a length: every varint, string length, 3-byte size and index is checked
/// against the bytes present and against `RecordingLimits` before it is used. In size-prefixed
/// formats a message of an unknown type is returned as `.unknown` and skipped by its size; in
/// formats without sizes an unknown type ends the stream with a fault.
///
/// The reader keeps the current time (`Timestamp` messages and batch headers), the current tab
/// (`TabData`) and the attribute dictionaries, and stamps every message with them.
///
/// Memory: appended bytes wait in pieces of at most 64 MiB; reading moves one piece at a time, with
/// the unread end of the previous one, into a block that the messages read from it keep alive. A
/// message waiting for its end is never allowed to grow past `RecordingLimits.maximumMessageSize`.
public struct MessageReader: Sendable {
    /// The options the reader was made with.
    public let options: MessageReaderOptions
    /// The layout, once detected (or as given).
    public private(set) var format: RecordingFormat?
    /// The fault that ended the stream, if any.
    public private(set) var fault: RecordingFault?
    /// What the reader saw so far.
    public private(set) var statistics = StreamStatistics()
    /// Whether the stream ended: all input read after `finish()`, or a fault.
    public var isDone: Bool { ended || failed }

    // The bytes: `block` holds the unread bytes starting at stream offset `blockStart`; `pending`
    // holds appended pieces not yet moved into a block.
    private var block = RecordingBytes.empty
    private var position = 0
    private var blockStart = 0
    private var pending: [[UInt8]] = []
    private var pendingHead = 0
    private var appendedCount = 0
    private var inputEnded = false
    private var ended = false
    private var headerChecked = false
    private var interruption: Interruption?
    private var failed = false

    // The files the stream is made of, by the stream offset where each starts.
    private var segments: [(name: String?, start: Int)]
    private var segmentIndex = 0

    // What decoding knows.
    private var schema: MessageSchema
    private var batchMessagesHaveSizes = true
    private var timestamp: UInt64?
    private var tab: String?
    private var context: MessageContext?
    private var current = RecordedMessage(
        body: .createDocument, context: MessageContext(bytes: .empty, file: nil, tab: nil), resolvedAttribute: nil,
        index: 0, recordIndex: nil, byteOffset: 0, timestamp: nil)
    private var nextRecordIndex: UInt64?
    private var lastRecordIndex: UInt64?
    /// The attribute dictionaries; a session reader carries them from one stream to the next.
    var dictionaries = AttributeDictionaries()
    /// The index the next message gets; a session reader continues it across streams.
    var nextMessageIndex = 0

    /// The most bytes format detection looks at.
    static let detectionWindow = 64 << 10
    /// The largest piece `append` stores; bigger inputs are split.
    static let pieceSize = 64 << 20
    /// The most bytes before a size-prefixed body: a 10-byte type id and the 3-byte size.
    static let maximumPrefixLength = 13

    /// Creates a reader; `file` names the first file of the stream, for locations and faults.
    public init(options: MessageReaderOptions = MessageReaderOptions(), file: String? = nil) {
        self.options = options
        self.format = options.format
        self.schema = MessageSchema(era: options.era ?? options.format?.defaultEra ?? .current)
        self.segments = [(file, 0)]
    }

    /// Marks the start of the next file of the stream: bytes appended from now on belong to it.
    public mutating func startFile(named name: String?) {
        if appendedCount == segments[segments.count - 1].start {
            segments[segments.count - 1].name = name
        } else {
            segments.append((name, appendedCount))
        }
    }

    /// Adds bytes at the end of the stream.
    public mutating func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, !inputEnded else { return }
        appendedCount += bytes.count
        if bytes.count <= Self.pieceSize {
            pending.append(bytes)
        } else {
            var start = 0
            while start < bytes.count {
                let stop = min(start + Self.pieceSize, bytes.count)
                pending.append(Array(bytes[start..<stop]))
                start = stop
            }
        }
    }

    /// Adds a copy of `bytes` at the end of the stream.
    ///
    /// When no appended piece is waiting and few bytes are unread (a caller that reads after every
    /// append), the bytes go straight into a new block behind the unread ones, which is what reading
    /// would do with them next: copied once instead of once into a piece and once more into the block.
    public mutating func append(contentsOf bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty, !inputEnded else { return }
        if pendingHead == pending.count && bytes.count <= Self.pieceSize && block.count - position <= bytes.count
            && !ended && !failed
        {
            appendedCount += bytes.count
            startBlock(with: bytes)
            return
        }
        var start = 0
        while start < bytes.count {
            let stop = min(start + Self.pieceSize, bytes.count)
            append(Array(UnsafeRawBufferPointer(rebasing: bytes[start..<stop])))
            start = stop
        }
    }

    /// Says that no more bytes will come: a record still incomplete is now a fault.
    public mutating func finish() {
        inputEnded = true
    }

    /// The next message; `nil` when more bytes are needed or the stream is done.
    ///
    /// - Throws: the fault at the first record that cannot be read, once.
    public mutating func next() throws(RecordingFault) -> RecordedMessage? {
        var next: RecordedMessage?
        try readAvailable { message in
            next = message
            return false
        }
        return next
    }

    /// Hands every message that can be read now to `visit`, until more bytes are needed, the stream is
    /// done, or `visit` returns false. Returns false when `visit` stopped it.
    ///
    /// This is `next()` without returning each message by value, the faster way for a loop that
    /// consumes messages as they come.
    ///
    /// - Throws: the fault at the first record that cannot be read, once.
    @discardableResult
    public mutating func readAvailable(_ visit: (RecordedMessage) -> Bool) throws(RecordingFault) -> Bool {
        while true {
            if ended || failed { return true }
            if !headerChecked {
                guard try (format == nil ? detectFormat() : checkHeader()) else { return true }
                headerChecked = true
                continue
            }
            if position == block.count {
                if loadNextPiece() { continue }
                if inputEnded { finishStream() }
                return true
            }
            if let record = format!.isBatches ? readBatchMessage() : readRecord() {
                if !stamp(consume record, visit) { return false }
                continue
            }
            guard let interruption = interruption.take() else { return true }
            switch interruption {
            case .needsMoreData(let failure, let recordStart, let typeID):
                // A record never grows past the message limit while it waits for its end, so a block
                // stays below limit + one piece. (Records without a size stop at the limit as they are
                // decoded; a size-prefixed body was checked against it, but its type id and size come
                // on top.)
                let buffered = block.count - recordStart
                if buffered > options.limits.maximumMessageSize + Self.maximumPrefixLength {
                    let reason = RecordingFault.Reason.messageTooLarge(size: UInt64(buffered),
                                                                       limit: options.limits.maximumMessageSize)
                    throw fail(fault(at: recordStart, record: recordStart, reason))
                }
                if loadNextPiece() { continue }
                if inputEnded {
                    throw fail(truncation(failure, recordStart: recordStart, typeID: typeID))
                }
                return true
            case .fault(let fault):
                throw fail(fault)
            }
        }
    }

    /// Reads all of `bytes` as one stream: every message, and the fault if there is one.
    public static func read(
        _ bytes: [UInt8], options: MessageReaderOptions = MessageReaderOptions(), file: String? = nil
    ) -> (messages: [RecordedMessage], fault: RecordingFault?, statistics: StreamStatistics) {
        var reader = MessageReader(options: options, file: file)
        var messages: [RecordedMessage] = []
        var start = 0
        repeat {
            let stop = min(start + pieceSize, bytes.count)
            reader.append(Array(bytes[start..<stop]))
            start = stop
            if start == bytes.count { reader.finish() }
            do {
                try reader.readAvailable { message in
                    messages.append(message)
                    return true
                }
            } catch {
                break
            }
        } while start < bytes.count
        return (messages, reader.fault, reader.statistics)
    }

    // MARK: - Bytes

    /// Moves the unread bytes and the next pending piece into a new block. Returns false when there is
    /// no pending piece.
    private mutating func loadNextPiece() -> Bool {
        guard pendingHead < pending.count else { return false }
        let piece = pending[pendingHead]
        pending[pendingHead] = []
        pendingHead += 1
        if pendingHead == pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingHead = 0
        }
        piece.withUnsafeBytes { startBlock(with: $0) }
        return true
    }

    /// Replaces the block with a new one: the unread bytes, then `bytes`.
    private mutating func startBlock(with bytes: UnsafeRawBufferPointer) {
        let unread = block.buffer(offset: position, count: block.count - position)
        block = RecordingBytes(unread, bytes)
        blockStart += position
        position = 0
        context = nil
    }

    private mutating func finishStream() {
        ended = true
        statistics.unresolvedDictionaryReferences = dictionaries.unresolvedReferences
    }

    private mutating func fail(_ fault: RecordingFault) -> RecordingFault {
        self.fault = fault
        failed = true
        statistics.unresolvedDictionaryReferences = dictionaries.unresolvedReferences
        return fault
    }

    // MARK: - Locations

    /// The file holding stream offset `offset`, and the offset of that file's start.
    private mutating func segment(containing offset: Int) -> (name: String?, start: Int) {
        while segmentIndex + 1 < segments.count && segments[segmentIndex + 1].start <= offset {
            segmentIndex += 1
        }
        return segments[segmentIndex]
    }

    /// A fault at block offset `offset`, inside the record starting at block offset `record`; offsets
    /// are reported relative to the file the record starts in.
    private mutating func fault(at offset: Int, record: Int?, _ reason: RecordingFault.Reason) -> RecordingFault {
        let recordStream = blockStart + (record ?? offset)
        let file = segment(containing: recordStream)
        return RecordingFault(file: file.name, byteOffset: blockStart + offset - file.start,
                              recordOffset: record.map { blockStart + $0 - file.start },
                              messageIndex: nextMessageIndex, reason: reason)
    }

    private mutating func truncation(_ failure: DecodeFailure, recordStart: Int, typeID: UInt64?) -> RecordingFault {
        switch failure {
        case .lengthPastEnd(let length, let available, let at):
            let reason = RecordingFault.Reason.lengthPastEnd(length: length, available: available, typeID: typeID)
            return fault(at: at, record: recordStart, reason)
        default:
            return fault(at: failure.offset, record: recordStart, .truncated(typeID: typeID))
        }
    }

    /// The fault for a primitive that is corrupt (not merely cut off).
    private mutating func corruption(_ failure: DecodeFailure, recordStart: Int, typeID: UInt64?) -> RecordingFault {
        switch failure {
        case .varintTooLong(let at): fault(at: at, record: recordStart, .varintTooLong)
        case .varintOverflow(let at): fault(at: at, record: recordStart, .varintOverflow)
        case .stringTooLong(let length, let at):
            fault(at: at, record: recordStart,
                  .stringTooLong(length: length, limit: options.limits.maximumStringLength))
        case .invalidBoolean(let value, let at):
            fault(at: at, record: recordStart, .invalidBoolean(value, typeID: typeID ?? 0))
        case .endOfData, .lengthPastEnd: truncation(failure, recordStart: recordStart, typeID: typeID)
        }
    }

    // MARK: - Decoding

    /// Why reading a message stopped short: the bytes end inside it, or it is faulty.
    private enum Interruption: Error {
        case needsMoreData(DecodeFailure, recordStart: Int, typeID: UInt64?)
        case fault(RecordingFault)
    }

    private func makeCursor() -> ByteCursor {
        ByteCursor(storage: block, position: position, end: block.count,
                   maximumStringLength: options.limits.maximumStringLength)
    }

    /// A cursor for a message without a size, which ends at the message size limit when more bytes
    /// than that are present: a message that runs past it is too large, found at the same byte
    /// whether the stream came whole or in pieces.
    private func makeLimitedCursor() -> ByteCursor {
        var cursor = makeCursor()
        if block.count - position > options.limits.maximumMessageSize {
            cursor.end = position + options.limits.maximumMessageSize
        }
        return cursor
    }

    /// The interruption for a primitive of a message without a size that could not be read: past the
    /// end of a cursor that stops at the size limit, the message is too large.
    private mutating func interruption(_ failure: DecodeFailure, recordStart: Int, typeID: UInt64?,
                                       cursor: ByteCursor) -> Interruption {
        if failure.isOutOfData && cursor.end < block.count {
            return .fault(fault(at: recordStart, record: recordStart,
                                .messageTooLarge(size: UInt64(options.limits.maximumMessageSize) + 1,
                                                 limit: options.limits.maximumMessageSize)))
        }
        return interruption(failure, recordStart: recordStart, typeID: typeID)
    }

    /// A message decoded but not yet stamped with time, tab and place.
    private struct DecodedRecord {
        var body: MessageBody
        var start: Int
        var recordIndex: UInt64?
    }

    /// Records why reading stopped short and returns `nil`, for `next()` to handle.
    private mutating func interrupt(_ reason: Interruption) -> DecodedRecord? {
        interruption = reason
        return nil
    }

    /// The interruption for a primitive that could not be read inside the record at `recordStart`.
    private mutating func interruption(_ failure: DecodeFailure, recordStart: Int, typeID: UInt64?) -> Interruption {
        if failure.isOutOfData { return .needsMoreData(failure, recordStart: recordStart, typeID: typeID) }
        return .fault(corruption(failure, recordStart: recordStart, typeID: typeID))
    }

    /// Reads one record of a record format: `[index]` type, fields without a size.
    private mutating func readRecord() -> DecodedRecord? {
        let start = position
        var cursor = makeLimitedCursor()
        var recordIndex: UInt64?
        let id: UInt64
        do throws(DecodeFailure) {
            if format!.isIndexed { recordIndex = try cursor.recordIndex() }
            id = try cursor.uint()
        } catch {
            return interrupt(interruption(error, recordStart: start, typeID: nil, cursor: cursor))
        }
        guard let type = schema.type(forID: id) else {
            return interrupt(.fault(fault(at: cursor.position - 1, record: start, .unknownMessageType(id))))
        }
        let body: MessageBody
        do throws(DecodeFailure) {
            body = try MessageBody.decode(type, from: &cursor)
        } catch {
            return interrupt(interruption(error, recordStart: start, typeID: id, cursor: cursor))
        }
        if let recordIndex {
            if let lastRecordIndex, recordIndex < lastRecordIndex { statistics.outOfOrderRecords += 1 }
            lastRecordIndex = recordIndex
        }
        position = cursor.position
        return DecodedRecord(body: body, start: start, recordIndex: recordIndex)
    }

    /// Reads one message of a batch format: a batch header without a size, or type, 3-byte size, body.
    private mutating func readBatchMessage() -> DecodedRecord? {
        let start = position
        var cursor = makeCursor()
        let id: UInt64
        do throws(DecodeFailure) {
            id = try cursor.uint()
        } catch {
            return interrupt(interruption(error, recordStart: start, typeID: nil))
        }
        let body: MessageBody
        if id == 81 || id == 80 || id == 82 || !batchMessagesHaveSizes {
            guard let type = schema.type(forID: id) else {
                return interrupt(.fault(fault(at: start, record: start, .unknownMessageType(id))))
            }
            cursor.end = makeLimitedCursor().end
            do throws(DecodeFailure) {
                body = try MessageBody.decode(type, from: &cursor)
            } catch {
                return interrupt(interruption(error, recordStart: start, typeID: id, cursor: cursor))
            }
        } else {
            let sizeOffset = cursor.position
            let size: Int
            do throws(DecodeFailure) {
                size = try cursor.messageSize()
            } catch {
                return interrupt(interruption(error, recordStart: start, typeID: id))
            }
            if size > options.limits.maximumMessageSize {
                return interrupt(tooLarge(size, at: sizeOffset, record: start))
            }
            guard size <= cursor.remaining else {
                let failure = DecodeFailure.lengthPastEnd(length: UInt64(size), available: cursor.remaining,
                                                          at: sizeOffset)
                return interrupt(.needsMoreData(failure, recordStart: start, typeID: id))
            }
            let bodyStart = cursor.position
            cursor.end = bodyStart + size
            do throws(Interruption) {
                body = try decodeSized(id: id, cursor: &cursor, bodyStart: bodyStart, recordStart: start)
            } catch {
                return interrupt(error)
            }
            cursor.position = bodyStart + size
        }
        let recordIndex: UInt64?
        switch body {
        case .batchMetadata(let version, let pageNo, let firstIndex, let time, _):
            guard version <= 5 else {
                return interrupt(.fault(fault(at: start, record: start, .unsupportedBatchVersion(version))))
            }
            batchMessagesHaveSizes = version >= 1
            startBatch(pageNo: pageNo, firstIndex: firstIndex, time: time)
            recordIndex = nextRecordIndex
        case .batchMeta(let pageNo, let firstIndex, let time):
            batchMessagesHaveSizes = false
            startBatch(pageNo: pageNo, firstIndex: firstIndex, time: time)
            recordIndex = nextRecordIndex
        default:
            nextRecordIndex = nextRecordIndex.map { $0 &+ 1 }
            recordIndex = nextRecordIndex
        }
        position = cursor.position
        return DecodedRecord(body: body, start: start, recordIndex: recordIndex)
    }

    /// The fault for a message larger than the limit.
    private mutating func tooLarge(_ size: Int, at offset: Int, record: Int) -> Interruption {
        .fault(fault(at: offset, record: record,
                     .messageTooLarge(size: UInt64(size), limit: options.limits.maximumMessageSize)))
    }

    private mutating func startBatch(pageNo: UInt64, firstIndex: UInt64, time: Int64) {
        statistics.batches += 1
        nextRecordIndex = (pageNo << 32) &+ firstIndex
        if time > 0 { timestamp = UInt64(time) }
    }

    /// Decodes a body whose size is known: the era's layout first; when it does not fill the body
    /// exactly, the id's other layouts; an unknown id becomes `.unknown` with the raw body.
    private mutating func decodeSized(id: UInt64, cursor: inout ByteCursor, bodyStart: Int,
                                      recordStart: Int) throws(Interruption) -> MessageBody {
        let bodyEnd = cursor.end
        guard let type = schema.type(forID: id) else {
            statistics.unknownTypes[id, default: 0] += 1
            return .unknown(typeID: id, body: cursor.range(from: bodyStart, to: bodyEnd))
        }
        var failure: DecodeFailure?
        var decoded: MessageBody?
        do throws(DecodeFailure) {
            decoded = try MessageBody.decode(type, from: &cursor)
        } catch {
            failure = error
        }
        if let decoded, cursor.position == bodyEnd { return decoded }
        if schema.hasAlternatives(forID: id) {
            for alternative in schema.alternativeTypes(forID: id) {
                var trial = cursor
                trial.position = bodyStart
                if let body = try? MessageBody.decode(alternative, from: &trial), trial.position == bodyEnd {
                    statistics.alternativeLayouts += 1
                    return body
                }
            }
        }
        if let decoded {
            statistics.messagesWithTrailingBytes += 1
            return decoded
        }
        let error = failure ?? .endOfData(at: bodyEnd)
        if error.isOutOfData {
            throw .fault(fault(at: error.offset, record: recordStart,
                               .fieldPastMessageEnd(typeID: id, size: bodyEnd - bodyStart)))
        }
        throw .fault(corruption(error, recordStart: recordStart, typeID: id))
    }

    /// Updates the reader's state from a decoded message, stamps it and hands it to `visit`.
    @inline(__always)
    private mutating func stamp(_ record: consuming DecodedRecord, _ visit: (RecordedMessage) -> Bool) -> Bool {
        var resolved: ResolvedAttribute?
        switch record.body {
        case .timestamp(let time):
            timestamp = time
        case .tabData(let tabID):
            let bytes = block.buffer(offset: Int(tabID.offset), count: tabID.utf8Count)
            let newTab = tabID.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
            if newTab != context?.tab { context = nil }
            tab = newTab
        case .stringDictGlobal, .stringDict, .stringDictDeprecated, .createDocument,
             .setNodeAttributeDictGlobal, .setNodeAttributeDict, .setNodeAttributeDictDeprecated:
            resolved = dictionaries.apply(record.body, bytes: block)
        default:
            break
        }
        let streamOffset = blockStart + record.start
        if segmentIndex + 1 < segments.count && segments[segmentIndex + 1].start <= streamOffset {
            _ = segment(containing: streamOffset)
            context = nil
        }
        if context == nil { current.context = makeContext() }
        // The message is built in place over the previous one, so that handing it over costs no
        // reference counting beyond what its own strings need; the body is swapped in, not copied
        // (the previous body leaves with the record).
        swap(&current.body, &record.body)
        current.resolvedAttribute = resolved
        current.index = nextMessageIndex
        current.recordIndex = record.recordIndex
        current.byteOffset = streamOffset - segments[segmentIndex].start
        current.timestamp = timestamp
        nextMessageIndex += 1
        statistics.messages += 1
        statistics.bytes = blockStart + position
        return visit(current)
    }

    /// A context for the current block, file and tab.
    private mutating func makeContext() -> MessageContext {
        let context = MessageContext(bytes: block, file: segments[segmentIndex].name, tab: tab)
        self.context = context
        return context
    }

    // MARK: - Format detection

    /// Skips the header of a format given in the options, checking that it is there. Returns false
    /// when more bytes are needed.
    private mutating func checkHeader() throws(RecordingFault) -> Bool {
        let length = format!.headerLength
        guard length > 0 else { return true }
        while block.count - position < length, loadNextPiece() {}
        let available = block.count - position
        if available < length {
            if !inputEnded { return false }
            if available == 0 {
                ended = true
                return true
            }
            throw fail(fault(at: position, record: nil, .truncated(typeID: nil)))
        }
        let header = block.buffer(offset: position, count: length)
        let expected: UInt8 = if case .storedBatches(let version) = format! { version } else { 0xFF }
        guard header.prefix(7).allSatisfy({ $0 == 0xFF }), header[7] == expected else {
            throw fail(fault(at: position, record: nil, .unknownFileHeader(version: header[7])))
        }
        position += length
        statistics.bytes = blockStart + position
        return true
    }

    /// Detects the format from the first bytes. Returns false when more bytes are needed.
    private mutating func detectFormat() throws(RecordingFault) -> Bool {
        while block.count - position < Self.detectionWindow, loadNextPiece() {}
        let complete = inputEnded && pendingHead >= pending.count
        let available = block.count - position
        if available < Self.detectionWindow && !complete { return false }
        if available == 0 {
            ended = true
            return true
        }
        let window = block.buffer(offset: position, count: min(available, Self.detectionWindow))
        switch FormatDetector.detect(window, isComplete: complete && available <= Self.detectionWindow,
                                     options: options) {
        case .format(let detected):
            format = detected
            schema = MessageSchema(era: options.era ?? detected.defaultEra)
            position += detected.headerLength
            statistics.bytes = blockStart + position
            return true
        case .fault(let reason):
            throw fail(fault(at: position, record: nil, reason))
        }
    }
}

extension RecordingBytes {
    /// A block with no bytes.
    static let empty = RecordingBytes(copying: UnsafeRawBufferPointer(start: nil, count: 0))
}
