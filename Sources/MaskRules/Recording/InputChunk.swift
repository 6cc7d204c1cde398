/// One step of reading a file in pieces: the next bytes, the end, or a read error.
enum InputChunk {
    /// The next bytes (never empty).
    case bytes([UInt8])
    /// No more bytes.
    case end
    /// The file could not be read further.
    case failed(String)
}
