/// One kind of finding the auditor looks for in a session: a value recorded plain in a PII field,
/// PII in a recorded string, an identity that is PII, a canary, unmasked obscured text.
///
/// The auditor makes one instance per session and calls it for every message of the types it
/// inspects, after the rebuilt page has applied the message, and for every batch of scanned strings
/// that held a detected value or a canary; then once at the end. Checks report through the session (`SessionState.report`), which
/// merges repeated findings.
protocol SessionCheck: Sendable {
    /// What the check finds.
    static var description: SessionCheckDescription { get }

    /// Creates the check for one session.
    init()

    /// The message types `inspect(_:in:)` looks at (no other message is handed to it): none for a
    /// check that looks only at scanned strings.
    static var inspectedMessageTypes: Set<MessageType> { get }

    /// Called for every message of `inspectedMessageTypes`, in order, after the page has applied it.
    mutating func inspect(_ message: RecordedMessage, in session: SessionState)

    /// Called with the scanned strings that held a detected value or a canary, in message order.
    mutating func inspect(_ strings: [ScannedString], in session: SessionState)

    /// Called once after the last message.
    mutating func finish(in session: SessionState)
}

extension SessionCheck {
    static var inspectedMessageTypes: Set<MessageType> { [] }
    mutating func inspect(_ message: RecordedMessage, in session: SessionState) {}
    mutating func inspect(_ strings: [ScannedString], in session: SessionState) {}
    mutating func finish(in session: SessionState) {}
}
