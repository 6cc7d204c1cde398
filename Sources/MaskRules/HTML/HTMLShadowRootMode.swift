/// The mode of a declarative shadow root, from the `shadowrootmode` attribute of its template.
public enum HTMLShadowRootMode: String, Hashable, Sendable {
    /// `shadowrootmode="open"`: the page's scripts can reach the shadow root through `host.shadowRoot`.
    case open
    /// `shadowrootmode="closed"`: `host.shadowRoot` is `null` for the page's scripts.
    case closed
}
