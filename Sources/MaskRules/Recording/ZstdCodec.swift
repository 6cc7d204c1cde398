internal import CZstd

/// Zstandard through libzstd: streaming decompression, and one-shot compression for building test
/// fixtures. The only file that imports `CZstd`.
///
/// Memory and threads: each call creates its own libzstd context and frees it before returning, so
/// no C state outlives a call or is shared between calls; calls may run on any thread concurrently.
/// The window a frame may ask for is libzstd's default maximum (2^27 bytes), so a hostile frame cannot
/// make the decoder allocate more; larger windows are reported as corrupt data.
enum ZstdCodec {
    /// Decompresses the chunks `nextInput` yields (one or more concatenated frames), handing the output
    /// to `sink` in pieces of at most `outputChunkSize` bytes; `sink` returns false to stop.
    ///
    /// Output beyond `maximumOutputSize` bytes is a `.decompressedSizeLimit` failure; corrupt data and
    /// data that ends inside a frame are failures with the compressed offset.
    static func decompress(nextInput: () -> InputChunk, maximumOutputSize: Int, outputChunkSize: Int = 1 << 20,
                           sink: (UnsafeRawBufferPointer) -> Bool) -> DecompressionOutcome {
        guard let context = ZSTD_createDCtx() else {
            return .failed(.decompressionFailed(.zstd, detail: "cannot create a decompression context"), offset: 0)
        }
        defer { ZSTD_freeDCtx(context) }
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: outputChunkSize, alignment: 16)
        defer { output.deallocate() }

        var consumed = 0
        var produced = 0
        var frameOpen = false
        while true {
            let chunk: [UInt8]
            switch nextInput() {
            case .bytes(let bytes): chunk = bytes
            case .end:
                return frameOpen ? .failed(.truncatedCompressedData(.zstd), offset: consumed) : .finished
            case .failed(let detail): return .inputFailed(detail)
            }
            let step: DecompressionOutcome? = chunk.withUnsafeBytes { input in
                var source = ZSTD_inBuffer(src: input.baseAddress, size: input.count, pos: 0)
                while true {
                    var destination = ZSTD_outBuffer(dst: output.baseAddress, size: output.count, pos: 0)
                    let result = ZSTD_decompressStream(context, &destination, &source)
                    if ZSTD_isError(result) != 0 {
                        let name = String(cString: ZSTD_getErrorName(result))
                        return .failed(.decompressionFailed(.zstd, detail: name), offset: consumed + source.pos)
                    }
                    frameOpen = result != 0
                    if destination.pos > 0 {
                        produced += destination.pos
                        if produced > maximumOutputSize {
                            return .failed(.decompressedSizeLimit(limit: maximumOutputSize),
                                           offset: consumed + source.pos)
                        }
                        if !sink(UnsafeRawBufferPointer(rebasing: output[..<destination.pos])) { return .stopped }
                    }
                    // All input taken and the output not full: the decoder has flushed what it can.
                    if source.pos == source.size && destination.pos < destination.size { return nil }
                }
            }
            if let step { return step }
            consumed += chunk.count
        }
    }

    /// Compresses `bytes` into one zstd frame (for test fixtures).
    static func compress(_ bytes: [UInt8], level: Int32 = 3) -> [UInt8] {
        let bound = ZSTD_compressBound(bytes.count)
        var output = [UInt8](repeating: 0, count: bound)
        let written = output.withUnsafeMutableBytes { destination in
            bytes.withUnsafeBytes { source in
                ZSTD_compress(destination.baseAddress, bound, source.baseAddress, source.count, level)
            }
        }
        precondition(ZSTD_isError(written) == 0, "zstd compression failed")
        output.removeSubrange(written...)
        return output
    }
}
