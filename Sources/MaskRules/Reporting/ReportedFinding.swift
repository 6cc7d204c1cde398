/// A finding as reporters receive it: the finding, and where the span it points at ends, when the
/// command knows (a value found in a text has an end; an HTML element or a recorded message may not).
public struct ReportedFinding: Sendable, Hashable {
    /// The finding.
    public var finding: Finding
    /// The position just past the end of the span (the column after its last scalar), in the same file
    /// as the finding's start, or `nil` when unknown.
    public var end: SourceLocation?

    /// Wraps a finding.
    public init(_ finding: Finding, end: SourceLocation? = nil) {
        self.finding = finding
        self.end = end
    }
}
