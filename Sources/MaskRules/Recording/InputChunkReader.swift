import Foundation

/// Reads a `RecordingInput` in pieces, counting the bytes read and computing their SHA-256 on the way,
/// so that a file is read once for both its messages and its evidence hash.
struct InputChunkReader {
    /// The size of the pieces read from files and standard input.
    static let chunkSize = 4 << 20

    private let input: RecordingInput
    private var handle: FileHandle?
    private var remainingBytes: ArraySlice<UInt8>?
    private var ended = false
    private var readFailed = false
    private let digest = FileSHA256()
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
            piece.withUnsafeBytes { digest.update($0) }
            return .bytes(Array(piece))
        }
        guard let handle else { return finish() }
        guard let bytes = Self.readPiece(handle, upTo: Self.chunkSize) else {
            ended = true
            readFailed = true
            return .failed("read error after \(bytesRead) bytes")
        }
        guard !bytes.isEmpty else { return finish() }
        bytesRead += bytes.count
        bytes.withUnsafeBytes { digest.update($0) }
        return .bytes(bytes)
    }

    /// Reads up to `count` bytes straight into an array (fewer only at the end of the input); `nil` on
    /// a read error.
    private static func readPiece(_ handle: FileHandle, upTo count: Int) -> [UInt8]? {
        let descriptor = handle.fileDescriptor
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var filled = 0
            while filled < count, let base = buffer.baseAddress {
                let result = read(descriptor, base + filled, count - filled)
                if result > 0 {
                    filled += result
                } else if result == 0 {
                    break
                } else if errno != EINTR {
                    failed = true
                    break
                }
            }
            initialized = filled
        }
        return failed ? nil : bytes
    }

    /// The SHA-256 of the whole input in lower-case hex, once reading stopped: what was not read yet is
    /// read now, for the hash only (it does not count in `bytesRead`). `nil` when the input cannot be
    /// read to its end, and for standard input not read to its end (it may never end).
    mutating func finishDigest() -> String? {
        if !ended {
            if case .standardInput = input { return nil }
            if let bytes = remainingBytes {
                bytes.withUnsafeBytes { digest.update($0) }
            } else if let handle {
                while true {
                    guard let bytes = Self.readPiece(handle, upTo: Self.chunkSize) else {
                        readFailed = true
                        break
                    }
                    if bytes.isEmpty { break }
                    bytes.withUnsafeBytes { digest.update($0) }
                }
            }
            _ = finish()
        }
        guard !readFailed else { return nil }
        return digest.finalize()?.hexString
    }

    /// The SHA-256 of a whole input in lower-case hex, for a file the reading did not reach: `nil`
    /// for standard input (which cannot be read twice) and for inputs that cannot be read.
    static func sha256(of input: RecordingInput) -> String? {
        var reader = try? InputChunkReader(input)
        return reader?.finishDigest()
    }

    private mutating func finish() -> InputChunk {
        ended = true
        if case .file = input { try? handle?.close() }
        handle = nil
        remainingBytes = nil
        return .end
    }
}
