/// The document type declaration (`<!DOCTYPE …>`) that opened a document.
public struct HTMLDoctype: Hashable, Sendable {
    /// The name after `<!DOCTYPE`, as written (`html` in `<!DOCTYPE html>`), or `nil` when missing.
    public let name: String?
    /// The public identifier (`PUBLIC "…"`), or `nil` when missing.
    public let publicIdentifier: String?
    /// The system identifier (the URI after the public identifier, or after `SYSTEM`), or `nil`.
    public let systemIdentifier: String?
    /// `true` when the declaration was malformed, which puts a browser into quirks mode whatever
    /// it says (the tokenizer's *force-quirks* flag).
    public let isMalformed: Bool

    /// Creates a doctype.
    public init(name: String?, publicIdentifier: String?, systemIdentifier: String?, isMalformed: Bool = false) {
        self.name = name
        self.publicIdentifier = publicIdentifier
        self.systemIdentifier = systemIdentifier
        self.isMalformed = isMalformed
    }
}
