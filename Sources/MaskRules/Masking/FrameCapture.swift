/// Which iframes the tracker (18.0.6) captures: it observes the document of every same-origin
/// iframe as a new root that starts at Plain, unless the `<iframe>` itself opts out
/// (openreplay.md §1.1, `top_observer.ts`).
enum FrameCapture {
    /// Whether the tracker observes the iframe's document: every same-origin iframe unless it
    /// carries `data-openreplay-obscured` (or its alias `masked`) without `data-openreplay-capture`.
    static func isCaptured(_ frame: some SelectorMatchable) -> Bool {
        let obscured = OpenReplayAttribute.obscured.isPresent(on: frame) || OpenReplayAttribute.masked.isPresent(on: frame)
        return !obscured || OpenReplayAttribute.capture.isPresent(on: frame)
    }
}
