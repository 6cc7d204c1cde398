public import MaskRules

/// The recording target. An input is two control bytes, then the bytes of a recording file:
///
/// - byte 0, bits 0–3: the layout given in `MessageReaderOptions.format` (8–14, see `formats`), or
///   detection (0–7, 15); bits 4–5: the schema era (2 legacy, 3 current, else the layout's default);
///   bit 6: the file is cut in two, `dom.mobs` and `dom.mobe` of one stream; bit 7: small limits.
/// - byte 1: where the cut is (a fraction of 255 of the file), and the chunk size minus one of the
///   incremental read.
///
/// The session reader reads it as `masklint audit` does (decompression, layout detection, every
/// message's strings). For uncompressed files the messages and fault must be the same from
/// `RecordingSession.read`, from `MessageReader.read` given the whole stream, and from a
/// `MessageReader` given the stream a few bytes at a time.
enum RecordingHarness {
    /// The layouts bits 0–3 of byte 0 select; `nil` detects the layout.
    static let formats: [RecordingFormat?] = [
        nil, nil, nil, nil, nil, nil, nil, nil,
        .storedBatches(headerVersion: 0xFE), .storedBatches(headerVersion: 0xFD),
        .storedRecords(indexed: true), .storedRecords(indexed: false),
        .legacyRecords(indexed: true), .legacyRecords(indexed: false),
        .trackerBatches, nil,
    ]

    /// Limits small enough for inputs of a few kilobytes to reach them.
    static let smallLimits = RecordingLimits(
        maximumDecompressedSize: 64 << 10, maximumMessageSize: 512, maximumStringLength: 256)
    /// The default limits, with a decompressed size that keeps one run short.
    static let fuzzLimits = RecordingLimits(maximumDecompressedSize: 4 << 20)

    static func check(_ input: [UInt8]) -> String? {
        guard input.count >= 2 else { return nil }
        let flags = input[0]
        let parameter = Int(input[1])
        let data = Array(input[2...])
        let era: SchemaEra? = switch (flags >> 4) & 3 {
            case 2: .legacy
            case 3: .current
            default: nil
        }
        let options = MessageReaderOptions(
            format: formats[Int(flags & 0x0F)], era: era, limits: flags & 0x80 != 0 ? smallLimits : fuzzLimits)

        // The files of the stream.
        let files: [(name: String, bytes: [UInt8])]
        let kind: RecordingStream.Kind
        if flags & 0x40 != 0 {
            let cut = data.count * parameter / 255
            files = [("dom.mobs", Array(data[..<cut])), ("dom.mobe", Array(data[cut...]))]
            kind = .dom
        } else {
            files = [("1_1.bin", data)]
            kind = .other
        }
        let uncompressed = files.allSatisfy { RecordingCompression.detect($0.bytes.prefix(4)) == .none }

        // 1. As `masklint audit` reads a session.
        let session = RecordingSession(
            name: "fuzz",
            streams: [RecordingStream(kind: kind, inputs: files.map { .bytes(name: $0.name, $0.bytes) })])
        var fromSession: [RecordedMessage] = []
        var problem: String?
        let report = session.read(options: options) { message in
            if problem == nil { problem = inspect(message, files: uncompressed ? files : nil) }
            if uncompressed { fromSession.append(message) }
        }
        if let problem { return problem }
        for stream in report.streams {
            _ = stream.fault?.description
            _ = stream.format?.description
        }
        guard uncompressed, report.streams.count == 1 else { return nil }
        let sessionFault = report.streams[0].fault

        // 2. The whole stream at once.
        var whole = MessageReader(options: options, file: files[0].name)
        var fromWhole: [RecordedMessage] = []
        for (offset, file) in files.enumerated() {
            if offset > 0 { whole.startFile(named: file.name) }
            whole.append(file.bytes)
        }
        whole.finish()
        _ = try? whole.readAvailable { message in
            fromWhole.append(message)
            return true
        }

        // 3. A few bytes at a time, reading after each piece; the pieces are handed over in turn as
        // arrays and as copied buffers (which go straight into the reader's block).
        var chunked = MessageReader(options: options, file: files[0].name)
        var fromChunks: [RecordedMessage] = []
        let chunkSize = parameter + 1
        var pieceCount = 0
        reading: for (offset, file) in files.enumerated() {
            if offset > 0 { chunked.startFile(named: file.name) }
            var start = 0
            while start < file.bytes.count {
                let end = min(start + chunkSize, file.bytes.count)
                if pieceCount % 2 == 0 {
                    chunked.append(Array(file.bytes[start..<end]))
                } else {
                    file.bytes[start..<end].withUnsafeBytes { chunked.append(contentsOf: $0) }
                }
                pieceCount += 1
                start = end
                do {
                    try chunked.readAvailable { message in
                        fromChunks.append(message)
                        return true
                    }
                } catch {
                    break reading
                }
            }
        }
        chunked.finish()
        _ = try? chunked.readAvailable { message in
            fromChunks.append(message)
            return true
        }

        if let difference = compare(fromWhole, whole.fault, fromSession, sessionFault) {
            return "the session reader and a reader given the whole stream differ: \(difference)"
        }
        if let difference = compare(fromWhole, whole.fault, fromChunks, chunked.fault) {
            return "a reader given the stream in pieces of \(chunkSize) bytes differs from one given it whole: \(difference)"
        }
        if whole.format != chunked.format {
            return "the layout detected from pieces, \(String(describing: chunked.format)), is not the one detected from the whole stream, \(String(describing: whole.format))"
        }
        return nil
    }

    /// Reads everything a consumer of the message may read, and checks its location.
    private static func inspect(_ message: RecordedMessage, files: [(name: String, bytes: [UInt8])]?) -> String? {
        var total = 0
        message.forEachString { field in
            total &+= field.value.utf8Count
            _ = field.value.text
        }
        message.forEachStringBytes { _, _, bytes in
            total &-= bytes.count
        }
        if total != 0 { return "forEachString and forEachStringBytes disagree on message \(message.index)" }
        _ = message.fieldValues
        _ = message.name
        _ = message.location(session: "fuzz", channel: .other).description
        if let files {
            guard let file = files.first(where: { $0.name == message.file }) else {
                return "message \(message.index) names file \(message.file ?? "nil"), which is not in the stream"
            }
            guard message.byteOffset >= 0 && message.byteOffset < file.bytes.count else {
                return "message \(message.index) is at byte \(message.byteOffset) of \(file.name), which has \(file.bytes.count)"
            }
        }
        return nil
    }

    /// The first difference between two readings, or `nil`.
    private static func compare(_ first: [RecordedMessage], _ firstFault: RecordingFault?,
                                _ second: [RecordedMessage], _ secondFault: RecordingFault?) -> String? {
        for (index, (one, other)) in zip(first, second).enumerated() where one != other {
            return "message \(index) is \(one.name) at \(one.file ?? "-"):\(one.byteOffset) in one, \(other.name) at \(other.file ?? "-"):\(other.byteOffset) in the other"
        }
        if first.count != second.count {
            return "\(first.count) messages and \(second.count) (faults: \(describe(firstFault)); \(describe(secondFault)))"
        }
        if firstFault != secondFault {
            return "the faults differ after \(first.count) messages: \(describe(firstFault)); \(describe(secondFault))"
        }
        return nil
    }

    private static func describe(_ fault: RecordingFault?) -> String { fault?.description ?? "no fault" }
}

extension FuzzTarget {
    /// An input for the recording target: `data` read with these options.
    /// - Parameters:
    ///   - format: the layout to give the reader, or `nil` to detect it.
    ///   - era: the schema era to give the reader, or `nil` for the layout's default.
    ///   - split: cut the file into `dom.mobs` and `dom.mobe` at this fraction of 255.
    ///   - smallLimits: read with small limits (512-byte messages, 256-byte strings, 64 KiB streams).
    ///   - chunkSize: the size of the pieces of the incremental read, 1 to 256.
    public static func recordingInput(
        _ data: [UInt8], format: RecordingFormat? = nil, era: SchemaEra? = nil, split: UInt8? = nil,
        smallLimits: Bool = false, chunkSize: Int = 1
    ) -> [UInt8] {
        var flags = UInt8(RecordingHarness.formats.firstIndex { $0 == format } ?? 0)
        switch era {
        case .legacy?: flags |= 2 << 4
        case .current?: flags |= 3 << 4
        case nil: break
        }
        if split != nil { flags |= 0x40 }
        if smallLimits { flags |= 0x80 }
        let parameter = split ?? UInt8(clamping: chunkSize - 1)
        return [flags, parameter] + data
    }
}
