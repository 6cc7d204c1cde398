import Foundation

/// Writes human-facing diagnostics to standard error and machine output to standard output,
/// never mixing the two.
enum StandardStreams {
    /// Writes a line to standard output.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes a line to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes `text` as it is to the file at `path` (atomically), or to standard output when `path` is nil.
    /// - Parameter what: What the text is, for the error message ("the report", "the HTML report").
    /// - Throws: `ExitStatus.couldNotRun`, after saying why on standard error, when the file cannot be written.
    static func write(_ text: String, toFile path: String?, what: String) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Self.error("masklint: cannot write \(what) to \(path): \(error.localizedDescription)")
            throw ExitStatus.couldNotRun
        }
    }

    /// Whether standard error is a terminal, so that colour may be used.
    static var isErrorTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    /// Whether standard output is a terminal.
    static var isOutputTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
