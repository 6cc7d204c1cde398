/// One kind of finding the auditor looks for in a session: a value recorded plain in a PII field,
/// PII in a recorded string, an identity that is PII, a canary, unmasked obscured text.
///
/// The auditor makes one instance per session and calls it for every message, after the rebuilt
/// page has applied the message, and for every batch of scanned strings that held a detected value or
/// a canary; then once at the end. Checks report through the session (`SessionState.report`), which
/// merges repeated findings.
protocol SessionCheck: Sendable {
    /// What the check finds.
    static var description: SessionCheckDescription { get }

    /// Creates the check for one session.
    init()

    /// Called for every message of the session, in order, after the page has applied it.
    mutating func inspect(_ message: RecordedMessage, in session: SessionState)

    /// Called with the scanned strings that held a detected value or a canary, in message order.
    mutating func inspect(_ strings: [ScannedString], in session: SessionState)

    /// Called once after the last message.
    mutating func finish(in session: SessionState)
}

extension SessionCheck {
    mutating func inspect(_ message: RecordedMessage, in session: SessionState) {}
    mutating func inspect(_ strings: [ScannedString], in session: SessionState) {}
    mutating func finish(in session: SessionState) {}
}
