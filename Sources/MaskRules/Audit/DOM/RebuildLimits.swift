/// Limits that keep rebuilding a page from an unvetted recording bounded in memory and time.
///
/// Exceeding one is a `RebuildFault`: the page is no longer rebuilt, its session is unverified, and
/// the strings that follow are still checked.
public struct RebuildLimits: Sendable, Hashable {
    /// The most nodes (elements, text nodes, documents and shadow roots) alive at once in one page.
    /// Default 2,000,000; a heavy real page has tens of thousands.
    public var maximumNodes: Int
    /// The deepest an element or text node may sit below the top of its tree scope. Default 4,096.
    public var maximumDepth: Int

    /// The defaults.
    public static let standard = RebuildLimits()

    /// Creates limits; each is at least 1.
    public init(maximumNodes: Int = 2_000_000, maximumDepth: Int = 4_096) {
        self.maximumNodes = max(1, min(maximumNodes, Int(Int32.max) - 1))
        self.maximumDepth = max(1, maximumDepth)
    }
}
