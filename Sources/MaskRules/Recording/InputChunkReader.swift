import Foundation

/// Reads a `RecordingInput` in pieces, counting the bytes read.
struct InputChunkReader {
    /// The size of the pieces read from files and standard input.
    static let chunkSize = 4 << 20

    private let input: RecordingInput
    private var handle: FileHandle?
    private var remainingBytes: ArraySlice<UInt8>?
    private var ended = false
    /// Bytes read so far.
    private(set) var bytesRead = 0

    /// Opens the input.
    ///
    /// - Throws: a description of why a file cannot be opened.
    init(_ input: RecordingInput) throws(InputOpenError) {
        self.input = input
        switch input {
        case .file(let path):
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw InputOpenError(detail: "cannot open the file")
            }
            self.handle = handle
        case .bytes(_, let bytes):
            remainingBytes = bytes[...]
        case .standardInput:
            handle = FileHandle.standardInput
        }
    }

    /// The next piece of the input.
    mutating func next() -> InputChunk {
        guard !ended else { return .end }
        if var bytes = remainingBytes {
            let piece = bytes.prefix(Self.chunkSize)
            bytes = bytes.dropFirst(piece.count)
            remainingBytes = bytes
            guard !piece.isEmpty else { return finish() }
            bytesRead += piece.count
            return .bytes(Array(piece))
        }
        guard let handle else { return finish() }
        do {
            guard let data = try handle.read(upToCount: Self.chunkSize), !data.isEmpty else { return finish() }
            bytesRead += data.count
            return .bytes([UInt8](data))
        } catch {
            ended = true
            return .failed("read error after \(bytesRead) bytes")
        }
    }

    private mutating func finish() -> InputChunk {
        ended = true
        if case .file = input { try? handle?.close() }
        handle = nil
        return .end
    }
}
