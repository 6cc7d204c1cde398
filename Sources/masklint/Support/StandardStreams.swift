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

    /// Whether standard error is a terminal, so that colour may be used.
    static var isErrorTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    /// Whether standard output is a terminal.
    static var isOutputTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
