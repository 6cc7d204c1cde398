import Testing
@testable import MaskRules

/// zstd and gzip files are decompressed as they are read; corrupt, cut and oversized data are faults
/// with the compressed offset.
@Suite struct DecompressionTests {
    private let recording = RecordingEncoder.records(
        (0..<2_000).map { EncodedMessage.setNodeData(id: UInt64($0), data: "text number \($0)") },
        indexed: true, header: false)

    private func session(_ bytes: [UInt8], name: String = "dom.mobs",
                         limits: RecordingLimits = .standard) -> (messages: [RecordedMessage], report: SessionReadReport) {
        RecordingSession(name: "s", inputs: [.bytes(name: name, bytes)]).readAll(options: MessageReaderOptions(limits: limits))
    }

    @Test(arguments: [RecordingCompression.zstd, .gzip])
    func compressedFileReadsLikeThePlainOne(compression: RecordingCompression) throws {
        let compressed = compression == .zstd ? RecordingEncoder.zstd(recording) : RecordingEncoder.gzip(recording)
        #expect(RecordingCompression.detect(compressed) == compression)
        let (messages, report) = session(compressed)
        #expect(report.isComplete)
        #expect(messages.count == 2_000)
        let file = try #require(report.streams.first?.files.first)
        #expect(file.compression == compression)
        #expect(file.storedBytes == compressed.count)
        #expect(file.decodedBytes == recording.count)
        #expect(messages == session(recording).messages)
    }

    @Test func concatenatedFramesAndMembersFollowEachOther() {
        let half = recording.count / 2 + 3
        let zstd = RecordingEncoder.zstd(Array(recording[..<half])) + RecordingEncoder.zstd(Array(recording[half...]))
        let gzip = RecordingEncoder.gzip(Array(recording[..<half])) + RecordingEncoder.gzip(Array(recording[half...]))
        #expect(session(zstd).messages.count == 2_000)
        #expect(session(zstd).report.isComplete)
        #expect(session(gzip).messages.count == 2_000)
        #expect(session(gzip).report.isComplete)
    }

    /// A cut compressed file keeps the messages decompressed before the cut, then reports the cut.
    @Test(arguments: [RecordingCompression.zstd, .gzip])
    func cutCompressedFile(compression: RecordingCompression) throws {
        let compressed = compression == .zstd ? RecordingEncoder.zstd(recording) : RecordingEncoder.gzip(recording)
        for length in stride(from: 4, to: compressed.count, by: max(1, compressed.count / 97)) {
            let (messages, report) = session(Array(compressed[..<length]))
            let fault = try #require(report.faults.first, "cut at \(length)")
            #expect(fault.reason.isTruncation, "cut at \(length): \(fault)")
            #expect(messages.count < 2_000)
            #expect(messages == Array(session(recording).messages.prefix(messages.count)))
        }
    }

    @Test(arguments: [RecordingCompression.zstd, .gzip])
    func corruptCompressedFile(compression: RecordingCompression) throws {
        var compressed = compression == .zstd ? RecordingEncoder.zstd(recording) : RecordingEncoder.gzip(recording)
        let middle = compressed.count / 2
        for index in middle..<(middle + 16) { compressed[index] ^= 0x5A }
        let (messages, report) = session(compressed)
        let fault = try #require(report.faults.first)
        #expect(fault.file == "dom.mobs")
        #expect(messages.count < 2_000)
        switch fault.reason {
        case .decompressionFailed(let codec, _):
            #expect(codec == compression)
            #expect(fault.byteOffset > 0 && fault.byteOffset <= compressed.count)
        case .unknownMessageType, .truncated, .lengthPastEnd, .varintTooLong, .invalidBoolean, .varintOverflow:
            // zstd without a checksum may hand out damaged bytes; the reader then faults on them.
            #expect(compression == .zstd)
        default:
            Issue.record("unexpected fault \(fault)")
        }
    }

    @Test func gzipChecksumMismatch() throws {
        var compressed = RecordingEncoder.gzip(recording)
        compressed[compressed.count - 6] ^= 0xFF
        let (_, report) = session(compressed)
        let fault = try #require(report.faults.first)
        #expect(fault.reason.code == "decompression-failed")
    }

    @Test func gzipFollowedByGarbage() throws {
        let compressed = RecordingEncoder.gzip(recording) + Array("trailing garbage".utf8)
        let (messages, report) = session(compressed)
        #expect(messages.count == 2_000)
        #expect(report.faults.first?.reason.code == "decompression-failed")
    }

    /// A decompression bomb stops at the limit.
    @Test(arguments: [RecordingCompression.zstd, .gzip, .none])
    func decompressedSizeLimit(compression: RecordingCompression) throws {
        let bomb = RecordingEncoder.records([.setNodeData(id: 1, data: String(repeating: "A", count: 3_000_000))],
                                            indexed: false, header: true)
        let stored = switch compression {
        case .zstd: RecordingEncoder.zstd(bomb)
        case .gzip: RecordingEncoder.gzip(bomb)
        case .none: bomb
        }
        let (messages, report) = session(stored, limits: RecordingLimits(maximumDecompressedSize: 1 << 20))
        #expect(messages.isEmpty)
        let fault = try #require(report.faults.first)
        #expect(fault.reason == .decompressedSizeLimit(limit: 1 << 20))
        #expect(report.streams[0].files[0].decodedBytes <= 1 << 20 + (4 << 20))
    }

    /// The limit counts the whole stream: `dom.mobs` and `dom.mobe` together.
    @Test func decompressedSizeLimitSpansTheStream() {
        let first = RecordingEncoder.zstd(Array(recording[..<40_000]))
        let second = RecordingEncoder.gzip(Array(recording[40_000...]))
        let inputs: [RecordingInput] = [.bytes(name: "dom.mobs", first), .bytes(name: "dom.mobe", second)]
        let limits = RecordingLimits(maximumDecompressedSize: 50_000)
        let (_, report) = RecordingSession(name: "s", inputs: inputs).readAll(options: MessageReaderOptions(limits: limits))
        #expect(report.faults.first?.reason == .decompressedSizeLimit(limit: 50_000))
        #expect(report.faults.first?.file == "dom.mobe")
    }

    @Test func codecsRoundTrip() {
        for bytes in [[], [1], Array(0...255), recording] as [[UInt8]] {
            var out: [UInt8] = []
            var fed = false
            let outcome = ZstdCodec.decompress(nextInput: {
                defer { fed = true }
                return fed ? .end : .bytes(RecordingEncoder.zstd(bytes))
            }, maximumOutputSize: 1 << 30, outputChunkSize: 4_096) { chunk in
                out += chunk
                return true
            }
            #expect(outcome == .finished)
            #expect(out == bytes)
            out = []
            fed = false
            let gzipOutcome = GzipCodec.decompress(nextInput: {
                defer { fed = true }
                return fed ? .end : .bytes(RecordingEncoder.gzip(bytes))
            }, maximumOutputSize: 1 << 30, outputChunkSize: 4_096) { chunk in
                out += chunk
                return true
            }
            #expect(gzipOutcome == .finished)
            #expect(out == bytes)
        }
    }
}
