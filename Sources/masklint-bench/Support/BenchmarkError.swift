/// Why a benchmark could not run.
struct BenchmarkError: Error, CustomStringConvertible {
    /// What went wrong, as a sentence.
    let description: String

    /// Creates an error with a message.
    init(_ description: String) { self.description = description }
}
