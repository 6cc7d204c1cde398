/// How a report is rendered: whether raw values are shown, the key for fingerprints, colour, and the
/// directory that paths are made relative to.
public struct ReportOptions: Sendable {
    /// Whether raw values are printed (`--show-values`). Off, only redacted previews and keyed
    /// fingerprints are.
    public var showValues: Bool
    /// The key fingerprints are computed with.
    public var fingerprintKey: FingerprintKey
    /// Whether the text format may use ANSI colours.
    public var color: Bool
    /// The directory that absolute paths under it are shown relative to (GitHub annotations and SARIF
    /// need paths relative to the repository), or `nil` to show paths as given.
    public var baseDirectory: String?

    /// Creates options.
    public init(showValues: Bool = false, fingerprintKey: FingerprintKey, color: Bool = false,
                baseDirectory: String? = nil) {
        self.showValues = showValues
        self.fingerprintKey = fingerprintKey
        self.color = color
        self.baseDirectory = baseDirectory
    }

    /// The value as reports print it: the redacted preview, or with `showValues` the raw value. This is
    /// the only place reporters reach `unredactedValue`.
    public func shownValue(of value: SensitiveValue) -> String {
        showValues ? value.unredactedValue : value.redacted
    }

    /// The value's keyed fingerprint.
    public func fingerprint(of value: SensitiveValue) -> String {
        value.fingerprint(with: fingerprintKey)
    }

    /// `path` as reports show it: relative to `baseDirectory` when it lies under it.
    public func displayPath(_ path: String) -> String {
        guard let base = baseDirectory, path.hasPrefix("/") else { return path }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
