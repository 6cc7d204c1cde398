/// Why an input could not be opened.
struct InputOpenError: Error {
    let detail: String
}
