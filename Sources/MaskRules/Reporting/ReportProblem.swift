/// An input that could not be examined, or not completely: an unreadable file, a recording that does
/// not decode to its end. Reports list problems apart from findings, because a problem means "not
/// known to be clean", never "clean".
public struct ReportProblem: Sendable, Hashable {
    /// The input, and the place in it when known.
    public var location: FindingLocation?
    /// What went wrong, as one sentence without raw PII.
    public var message: String

    /// Creates a problem.
    public init(location: FindingLocation?, message: String) {
        self.location = location
        self.message = message
    }
}
