import Foundation

/// SHA-256 digests of recording files the reading did not reach, for the report's evidence (files
/// that were read carry the hash computed while reading, `FileReport.sha256`).
enum FileDigest {
    /// The SHA-256 of the input's bytes in lower-case hex, or `nil` for standard input (which cannot
    /// be read twice) and for files that cannot be read.
    static func sha256(of input: RecordingInput) -> String? {
        switch input {
        case .file(let path):
            guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
            defer { try? handle.close() }
            let hasher = FileSHA256()
            while true {
                let chunk: Data
                do {
                    guard let data = try handle.read(upToCount: 4 << 20), !data.isEmpty else { break }
                    chunk = data
                } catch {
                    return nil
                }
                chunk.withUnsafeBytes { hasher.update($0) }
            }
            return hasher.finalize()?.hexString
        case .bytes(_, let bytes):
            let hasher = FileSHA256()
            bytes.withUnsafeBytes { hasher.update($0) }
            return hasher.finalize()?.hexString
        case .standardInput:
            return nil
        }
    }
}
