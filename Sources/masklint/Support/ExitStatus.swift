import ArgumentParser

/// The exit codes masklint promises, in one place.
enum ExitStatus {
    /// Nothing to report.
    static let success = ExitCode(0)
    /// Findings at or above the failure threshold, or failing rule examples.
    static let findings = ExitCode(1)
    /// The tool could not do its job: unreadable or invalid input.
    static let couldNotRun = ExitCode(2)
    /// The command line was wrong (argument-parser's default for validation errors).
    static let usage = ExitCode(64)
}
