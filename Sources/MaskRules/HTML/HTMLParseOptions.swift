/// Settings for ``HTMLParser``: limits that protect against hostile or broken input, and an
/// optional encoding that overrides what the document declares.
public struct HTMLParseOptions: Hashable, Sendable {
    /// The largest input accepted, in bytes. Default 64 MiB; at most 512 MiB.
    public var maxInputBytes: Int
    /// The deepest element nesting accepted (the `<html>` element is at depth 1). Default 1,024.
    /// Chromium stops nesting at 512 and makes deeper elements siblings; an input that deep is
    /// almost certainly generated or hostile.
    public var maxNestingDepth: Int
    /// The most nodes (elements and text runs) accepted. Default 4,000,000.
    public var maxNodeCount: Int
    /// The most diagnostics recorded; further problems are counted in one final
    /// ``HTMLParseDiagnostic/Kind/diagnosticLimitReached`` diagnostic. Default 1,000.
    public var maxDiagnostics: Int
    /// An encoding known from outside the document (an HTTP `Content-Type` charset, a command-line
    /// option). A byte order mark still wins over it, as in browsers; it wins over `<meta charset>`.
    public var encodingOverride: HTMLEncoding?

    /// The largest value ``maxInputBytes`` may take.
    public static let inputByteCeiling = 512 << 20

    /// Creates options; every parameter has a default suitable for linting pages and templates.
    public init(
        maxInputBytes: Int = 64 << 20, maxNestingDepth: Int = 1_024, maxNodeCount: Int = 4_000_000,
        maxDiagnostics: Int = 1_000, encodingOverride: HTMLEncoding? = nil
    ) {
        self.maxInputBytes = maxInputBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxNodeCount = maxNodeCount
        self.maxDiagnostics = maxDiagnostics
        self.encodingOverride = encodingOverride
    }
}
