/// Which of the tracker's streams a message travels in, which decides the file it is stored in.
///
/// Protocol v2 trackers send four kinds of batches (`BatchMetadata.Version` 2 to 5); the backend
/// appends player and assets batches to `dom.mobs`/`dom.mobe`, devtools batches to `devtools.mob`,
/// and never stores analytics batches in a file.
public enum MessageStream: String, Sendable, Hashable, CaseIterable {
    /// DOM and page messages, stored in the DOM file.
    case player
    /// URL-based messages, rewritten by the backend's assets service, then stored in the DOM file.
    case assets
    /// Console, network, state and performance messages, stored in `devtools.mob`.
    case devtools
    /// Events and identity sent for the database only: in tracker batches, never in stored files.
    case analytics
    /// Messages the backend produces; never sent by the tracker.
    case backend
    /// Batch headers: `BatchMetadata` and its predecessors, written without a size prefix.
    case batchHeader = "batch-header"
}
