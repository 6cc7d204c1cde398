import Testing
@testable import MaskRules

/// A recording cut at any byte: never a crash, every complete message kept, and a truncation fault at
/// the first incomplete record, unless the cut falls between records.
@Suite struct TruncationTests {
    @Test(arguments: SmallSession.all)
    func cutAtEveryOffset(session: SmallSession) {
        let whole = MessageReader.read(session.bytes, options: MessageReaderOptions(format: session.format), file: "cut")
        #expect(whole.fault == nil)
        #expect(whole.messages.count == session.recordStarts.count)
        for length in 0...session.bytes.count {
            let result = MessageReader.read(Array(session.bytes[..<length]),
                                            options: MessageReaderOptions(format: session.format), file: "cut")
            let complete = session.completeRecords(in: length)
            #expect(result.messages.count == complete, "cut at \(length)")
            #expect(result.messages == Array(whole.messages.prefix(complete)), "cut at \(length)")
            if session.isBoundary(length) {
                #expect(result.fault == nil, "cut at \(length)")
                continue
            }
            guard let fault = result.fault else {
                Issue.record("no fault for a cut at \(length)")
                continue
            }
            #expect(fault.reason.isTruncation, "cut at \(length): \(fault)")
            #expect(fault.file == "cut")
            if length < session.format.headerLength {
                #expect(fault.byteOffset == 0)
            } else {
                #expect(fault.recordOffset == session.recordStarts[complete], "cut at \(length)")
                #expect(fault.byteOffset >= session.recordStarts[complete] && fault.byteOffset <= length, "cut at \(length)")
                #expect(fault.messageIndex == complete)
            }
        }
    }

    /// With the layout detected rather than given, a cut recording still never crashes and never ends
    /// silently inside a record.
    @Test(arguments: SmallSession.all)
    func cutAtEveryOffsetWithDetection(session: SmallSession) {
        for length in 0...session.bytes.count {
            let result = MessageReader.read(Array(session.bytes[..<length]))
            if result.fault == nil && length > 0 {
                #expect(result.statistics.bytes == length, "cut at \(length) read \(result.statistics.bytes) bytes")
            }
        }
    }

    /// Bytes arriving one at a time give the same messages as all at once.
    @Test(arguments: SmallSession.all)
    func byteByByteInput(session: SmallSession) throws {
        var reader = MessageReader()
        var messages: [RecordedMessage] = []
        for byte in session.bytes {
            reader.append([byte])
            while let message = try reader.next() { messages.append(message) }
        }
        reader.finish()
        while let message = try reader.next() { messages.append(message) }
        #expect(reader.format == session.format)
        #expect(messages == MessageReader.read(session.bytes).messages)
        #expect(messages.count == session.recordStarts.count)
    }

    /// A session split between `dom.mobs` and `dom.mobe` at any byte reads the same, and every message
    /// knows the file and offset where its record starts.
    @Test(arguments: [SmallSession.legacyIndexed, .storedUnindexed, .storedBatches])
    func splitAcrossFilesAtEveryOffset(session: SmallSession) throws {
        for split in 0...session.bytes.count {
            let inputs: [RecordingInput] = [.bytes(name: "dom.mobs", Array(session.bytes[..<split])),
                                            .bytes(name: "dom.mobe", Array(session.bytes[split...]))]
            let (messages, report) = RecordingSession(name: "s", inputs: inputs).readAll()
            #expect(report.faults.isEmpty, "split at \(split): \(report.faults)")
            #expect(messages.count == session.recordStarts.count, "split at \(split)")
            for (message, start) in zip(messages, session.recordStarts) {
                let inFirst = start < split
                #expect(message.file == (inFirst ? "dom.mobs" : "dom.mobe"), "split at \(split)")
                #expect(message.byteOffset == (inFirst ? start : start - split), "split at \(split)")
            }
        }
    }
}
