/// The `data-openreplay-*` attributes the tracker reads (openreplay.md §1.2). Only their presence
/// counts (`hasAttribute`); the value is ignored.
public enum OpenReplayAttribute: String, CaseIterable, Sendable {
    /// The element and its subtree become Obscured; on an `<iframe>`, its document is not captured.
    case obscured = "data-openreplay-obscured"
    /// Deprecated alias of `obscured`; also the only attribute that suppresses click tracking.
    case masked = "data-openreplay-masked"
    /// The element is sent as an empty box of its size; nothing inside it is sent.
    case hidden = "data-openreplay-hidden"
    /// Deprecated alias of `hidden`.
    case htmlmasked = "data-openreplay-htmlmasked"
    /// In privateMode only: exempts the element (and its direct text) from being obscured.
    case unmask = "data-openreplay-unmask"
    /// Overrides the label sent for clicks and input changes; sent verbatim.
    case label = "data-openreplay-label"
    /// On an `<iframe>`: capture it even when `captureIFrames` is off or it is obscured.
    case capture = "data-openreplay-capture"
    /// No effect in the tracker (tracker-assist marks its own UI with it).
    case ignore = "data-openreplay-ignore"

    /// The attribute that replaces a deprecated one, or `nil` when this one is current.
    public var replacement: OpenReplayAttribute? {
        switch self {
        case .masked: .obscured
        case .htmlmasked: .hidden
        default: nil
        }
    }

    /// Whether `element` carries the attribute.
    public func isPresent(on element: some SelectorMatchable) -> Bool {
        element.attributeValue(rawValue) != nil
    }
}
