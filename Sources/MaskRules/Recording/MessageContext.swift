/// What consecutive messages share: the block they were read from, the file they are in and the tab
/// they come from. Messages refer to one context each, so that stamping a message costs one
/// reference, and the reader makes a new context only when one of these changes.
@usableFromInline
final class MessageContext: Sendable {
    /// The block holding the messages' bytes.
    @usableFromInline let bytes: RecordingBytes
    /// The file the messages start in.
    let file: String?
    /// The tab the messages come from.
    let tab: String?

    init(bytes: RecordingBytes, file: String?, tab: String?) {
        self.bytes = bytes
        self.file = file
        self.tab = tab
    }
}
