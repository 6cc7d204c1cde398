/// Reads one stream: its files in order, decompressed as they are read, into one `MessageReader`.
struct StreamPipeline {
    let stream: RecordingStream
    let options: MessageReaderOptions
    var reader: MessageReader
    private var files: [FileReport] = []
    private var fault: RecordingFault?
    private var stopped = false
    private var decodedTotal = 0

    init(stream: RecordingStream, options: MessageReaderOptions, dictionaries: AttributeDictionaries, firstIndex: Int) {
        self.stream = stream
        self.options = options
        reader = MessageReader(options: options, file: stream.inputs.first?.name)
        reader.dictionaries = dictionaries
        reader.dictionaries.resetUnresolvedReferences()
        reader.nextMessageIndex = firstIndex
    }

    /// The report, once `run` returned.
    var report: StreamReport {
        StreamReport(kind: stream.kind, files: files, format: reader.format, statistics: reader.statistics,
                     fault: fault ?? reader.fault)
    }

    /// Reads every file; returns false when `visit` asked to stop.
    mutating func run(_ visit: (RecordedMessage) -> Bool) -> Bool {
        for input in stream.inputs {
            read(input, visit)
            if stopped { return false }
            if fault != nil || reader.fault != nil { return true }
        }
        reader.finish()
        drain(visit)
        return !stopped
    }

    private mutating func read(_ input: RecordingInput, _ visit: (RecordedMessage) -> Bool) {
        reader.startFile(named: input.name)
        var chunks: InputChunkReader
        do {
            chunks = try InputChunkReader(input)
        } catch {
            fault = RecordingFault(file: input.name, byteOffset: 0, reason: .unreadable(detail: error.detail))
            return
        }
        // Read enough to tell the compression, then hand those bytes out first.
        var head: [UInt8] = []
        var afterHead: InputChunk?
        while head.count < RecordingCompression.magicLength, afterHead == nil {
            switch chunks.next() {
            case .bytes(let bytes): head += bytes
            case let other: afterHead = other
            }
        }
        let compression = RecordingCompression.detect(head)
        var pendingHead: [UInt8]? = head.isEmpty ? nil : head
        let decodedBefore = decodedTotal
        let nextInput = { () -> InputChunk in
            if let bytes = pendingHead {
                pendingHead = nil
                return .bytes(bytes)
            }
            return afterHead ?? chunks.next()
        }
        let outcome: DecompressionOutcome
        let budget = options.limits.maximumDecompressedSize - decodedTotal
        switch compression {
        case .none:
            outcome = copy(nextInput, budget: budget, visit)
        case .zstd:
            outcome = ZstdCodec.decompress(nextInput: nextInput, maximumOutputSize: budget) { feed($0, visit) }
        case .gzip:
            outcome = GzipCodec.decompress(nextInput: nextInput, maximumOutputSize: budget) { feed($0, visit) }
        }
        let storedBytes = chunks.bytesRead
        files.append(FileReport(name: input.name, compression: compression, storedBytes: storedBytes,
                                decodedBytes: decodedTotal - decodedBefore, sha256: chunks.finishDigest()))
        guard reader.fault == nil, !stopped else { return }
        switch outcome {
        case .finished, .stopped:
            return
        default:
            break
        }
        // The data ends here: hand over every message completed before the failure; the failure, not
        // the record it cut, is the stream's fault.
        reader.finish()
        drain(visit)
        guard !stopped else { return }
        switch outcome {
        case .finished, .stopped:
            break
        case .inputFailed(let detail):
            fault = RecordingFault(file: input.name, byteOffset: storedBytes, reason: .unreadable(detail: detail))
        case .failed(let reason, let offset):
            // Decompression faults count compressed bytes, except the size limit, which counts output.
            if case .decompressedSizeLimit = reason {
                fault = RecordingFault(file: input.name, byteOffset: decodedTotal - decodedBefore,
                                       reason: .decompressedSizeLimit(limit: options.limits.maximumDecompressedSize))
            } else {
                fault = RecordingFault(file: input.name, byteOffset: offset, reason: reason)
            }
        }
    }

    /// Hands uncompressed input to the reader.
    private mutating func copy(_ nextInput: () -> InputChunk, budget: Int, _ visit: (RecordedMessage) -> Bool)
        -> DecompressionOutcome
    {
        var copied = 0
        while true {
            switch nextInput() {
            case .bytes(let bytes):
                copied += bytes.count
                if copied > budget { return .failed(.decompressedSizeLimit(limit: budget), offset: 0) }
                decodedTotal += bytes.count
                reader.append(bytes)
                if !drain(visit) { return .stopped }
            case .end:
                return .finished
            case .failed(let detail):
                return .inputFailed(detail)
            }
        }
    }

    /// Hands decompressed output to the reader; false stops decompression.
    private mutating func feed(_ output: UnsafeRawBufferPointer, _ visit: (RecordedMessage) -> Bool) -> Bool {
        decodedTotal += output.count
        reader.append(contentsOf: output)
        return drain(visit)
    }

    /// Hands every message now complete to `visit`; false when the reader faulted or `visit` said stop.
    @discardableResult
    private mutating func drain(_ visit: (RecordedMessage) -> Bool) -> Bool {
        do {
            if try reader.readAvailable(visit) { return true }
            stopped = true
            return false
        } catch {
            return false
        }
    }
}
