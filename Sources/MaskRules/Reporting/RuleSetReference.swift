/// The rule set a report was made with, so that a report stands as evidence of what was checked.
public struct RuleSetReference: Sendable, Hashable {
    /// The rule set's name: `masklint-default`.
    public var name: String
    /// Its version.
    public var version: String
    /// The SHA-256 of its files, in hex.
    public var contentHash: String

    /// Creates a reference.
    public init(name: String, version: String, contentHash: String) {
        self.name = name
        self.version = version
        self.contentHash = contentHash
    }

    /// The reference of a loaded rule set.
    public init(_ ruleSet: RuleSet) {
        self.init(name: ruleSet.manifest.name, version: ruleSet.manifest.version.description,
                  contentHash: ruleSet.contentHash)
    }

    /// `name@version`.
    public var identity: String { "\(name)@\(version)" }
}
