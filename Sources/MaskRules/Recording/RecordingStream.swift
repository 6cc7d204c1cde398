/// One stream of a recorded session: files whose decompressed bytes, concatenated in order, form one
/// message stream.
///
/// `dom.mobs` and `dom.mobe` are one stream (storage split one file in two, possibly in the middle of
/// a record); `devtools.mob` is another; every other file (a tracker batch, an unprocessed
/// `dom.mob`) is a stream of its own.
public struct RecordingStream: Sendable, Hashable {
    /// What the stream holds.
    public var kind: Kind
    /// The files, in the order their bytes follow each other.
    public var inputs: [RecordingInput]

    /// What a stream holds, told by its file names.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The DOM file (`dom.mobs` + `dom.mobe`, `dom.mob`, or the backend's local `<id>s`/`<id>e`).
        case dom
        /// The devtools file (`devtools.mob`, or the backend's local `<id>devtools`).
        case devtools
        /// Any other file: tracker batches, or a recording whose name says nothing.
        case other
    }

    /// Creates a stream.
    public init(kind: Kind, inputs: [RecordingInput]) {
        self.kind = kind
        self.inputs = inputs
    }
}
