internal import CZlib

/// gzip through zlib: streaming decompression of one or more gzip members, and one-shot compression
/// for building test fixtures. The only file that imports `CZlib`.
///
/// Memory and threads: each call initialises its own `z_stream` and ends it before returning, so no
/// C state outlives a call or is shared between calls; calls may run on any thread concurrently.
enum GzipCodec {
    /// Decompresses the chunks `nextInput` yields, handing the output to `sink` in pieces of at most
    /// `outputChunkSize` bytes; `sink` returns false to stop. Concatenated gzip members are read one
    /// after the other (as `gzip -d` does); bytes after a member that do not start another member are
    /// corrupt data.
    ///
    /// Output beyond `maximumOutputSize` bytes is a `.decompressedSizeLimit` failure; corrupt data and
    /// data that ends inside a member are failures with the compressed offset.
    static func decompress(nextInput: () -> InputChunk, maximumOutputSize: Int, outputChunkSize: Int = 1 << 20,
                           sink: (UnsafeRawBufferPointer) -> Bool) -> DecompressionOutcome {
        var stream = z_stream()
        guard czlib_inflate_init2(&stream, 15 + 16) == Z_OK else {
            return .failed(.decompressionFailed(.gzip, detail: "cannot initialise zlib"), offset: 0)
        }
        defer { inflateEnd(&stream) }
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: outputChunkSize, alignment: 16)
        defer { output.deallocate() }

        var consumed = 0
        var produced = 0
        var memberOpen = false
        var memberEnded = false
        while true {
            let chunk: [UInt8]
            switch nextInput() {
            case .bytes(let bytes): chunk = bytes
            case .end:
                return memberOpen ? .failed(.truncatedCompressedData(.gzip), offset: consumed) : .finished
            case .failed(let detail): return .inputFailed(detail)
            }
            let step: DecompressionOutcome? = chunk.withUnsafeBytes { input in
                let base = input.baseAddress!.assumingMemoryBound(to: UInt8.self)
                stream.next_in = UnsafeMutablePointer(mutating: base)
                stream.avail_in = uInt(input.count)
                while stream.avail_in > 0 || memberOpen {
                    if memberEnded {
                        guard inflateReset(&stream) == Z_OK else {
                            return .failed(.decompressionFailed(.gzip, detail: "cannot reset zlib"), offset: consumed)
                        }
                        memberEnded = false
                    }
                    stream.next_out = output.baseAddress!.assumingMemoryBound(to: UInt8.self)
                    stream.avail_out = uInt(output.count)
                    let result = inflate(&stream, Z_NO_FLUSH)
                    let offset = consumed + input.count - Int(stream.avail_in)
                    switch result {
                    case Z_OK, Z_BUF_ERROR:
                        memberOpen = true
                    case Z_STREAM_END:
                        memberOpen = false
                        memberEnded = true
                    default:
                        let detail = stream.msg.map { String(cString: $0) } ?? "zlib error \(result)"
                        return .failed(.decompressionFailed(.gzip, detail: detail), offset: offset)
                    }
                    let written = output.count - Int(stream.avail_out)
                    if written > 0 {
                        produced += written
                        if produced > maximumOutputSize {
                            return .failed(.decompressedSizeLimit(limit: maximumOutputSize), offset: offset)
                        }
                        if !sink(UnsafeRawBufferPointer(rebasing: output[..<written])) { return .stopped }
                    }
                    // No progress possible without more input.
                    if written == 0 && stream.avail_in == 0 { break }
                    if result == Z_BUF_ERROR && written == 0 {
                        if stream.avail_in > 0 {
                            return .failed(.decompressionFailed(.gzip, detail: "no progress"), offset: offset)
                        }
                        break
                    }
                }
                return nil
            }
            if let step { return step }
            consumed += chunk.count
        }
    }

    /// Compresses `bytes` into one gzip member (for test fixtures).
    static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        let initialised = deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                                        Int32(MemoryLayout<z_stream>.size))
        precondition(initialised == Z_OK, "zlib deflate initialisation failed")
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 64)
        let written = output.withUnsafeMutableBytes { destination in
            bytes.withUnsafeBytes { source -> Int in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress?.assumingMemoryBound(to: UInt8.self))
                stream.avail_in = uInt(source.count)
                stream.next_out = destination.baseAddress!.assumingMemoryBound(to: UInt8.self)
                stream.avail_out = uInt(destination.count)
                let result = deflate(&stream, Z_FINISH)
                precondition(result == Z_STREAM_END, "zlib deflate failed")
                return destination.count - Int(stream.avail_out)
            }
        }
        output.removeSubrange(written...)
        return output
    }
}
