/// How a decompression run ended.
enum DecompressionOutcome: Equatable {
    /// All input was decompressed and the compressed data ended cleanly.
    case finished
    /// The output sink asked to stop.
    case stopped
    /// The input could not be read (`InputChunk.failed`).
    case inputFailed(String)
    /// The compressed data is corrupt, truncated or decompresses past the limit; `offset` counts
    /// compressed bytes consumed when the decompressor gave up.
    case failed(RecordingFault.Reason, offset: Int)
}
