/// Limits on the YAML files masklint reads (rule set files and `.masklint.yaml`), so that a huge file
/// or an alias bomb ("billion laughs") ends in a located error instead of exhausting memory or time.
public struct YAMLLimits: Sendable, Hashable {
    /// The largest file accepted, in bytes. Default 4 MiB.
    public var maximumFileSize: Int
    /// The most YAML nodes one file may expand to once aliases are followed. Default 200,000.
    public var maximumNodes: Int

    /// The defaults.
    public static let standard = YAMLLimits()

    /// Creates limits; each is at least 1.
    public init(maximumFileSize: Int = 4 << 20, maximumNodes: Int = 200_000) {
        self.maximumFileSize = max(1, maximumFileSize)
        self.maximumNodes = max(1, maximumNodes)
    }
}
