/// One configurable resource limit: its name (the same as a command-line option, `--max-html-size`,
/// and a key under `limits:` in `.masklint.yaml`), the commands it bounds, its unit and what happens
/// when an input reaches it.
///
/// This list is the single source of the limits' documentation: `docs/limits.md` is generated from it
/// (and checked by a test), and the options' help text is taken from it.
public enum ResourceLimit: String, CaseIterable, Sendable, Hashable {
    case maxFiles = "max-files"
    case maxHTMLSize = "max-html-size"
    case maxHTMLDepth = "max-html-depth"
    case maxHTMLNodes = "max-html-nodes"
    case maxInputSize = "max-input-size"
    case maxDecompressedSize = "max-decompressed-size"
    case maxMessageSize = "max-message-size"
    case maxStringLength = "max-string-length"
    case maxDOMNodes = "max-dom-nodes"
    case maxDOMDepth = "max-dom-depth"
    case pcre2MatchLimit = "pcre2-match-limit"
    case pcre2DepthLimit = "pcre2-depth-limit"
    case pcre2HeapLimit = "pcre2-heap-limit"
    case maxYAMLSize = "max-yaml-size"
    case maxYAMLNodes = "max-yaml-nodes"

    /// How a limit's value is written.
    public enum Unit: String, Sendable {
        /// A size in bytes; `K`, `M` and `G` suffixes (powers of 1024) are accepted.
        case bytes
        /// A plain count.
        case count
    }

    /// The key in `.masklint.yaml` and the long option name (without `--`).
    public var key: String { rawValue }

    /// The unit of the value.
    public var unit: Unit {
        switch self {
        case .maxHTMLSize, .maxInputSize, .maxDecompressedSize, .maxMessageSize, .maxStringLength, .pcre2HeapLimit,
            .maxYAMLSize:
            .bytes
        case .maxFiles, .maxHTMLDepth, .maxHTMLNodes, .maxDOMNodes, .maxDOMDepth, .pcre2MatchLimit, .pcre2DepthLimit,
            .maxYAMLNodes:
            .count
        }
    }

    /// The commands it applies to.
    public var commands: [String] {
        switch self {
        case .maxFiles: ["lint", "scan", "audit"]
        case .maxHTMLSize, .maxHTMLDepth, .maxHTMLNodes: ["lint"]
        case .maxInputSize: ["scan"]
        case .maxDecompressedSize, .maxMessageSize, .maxStringLength, .maxDOMNodes, .maxDOMDepth: ["audit"]
        case .pcre2MatchLimit, .pcre2DepthLimit, .pcre2HeapLimit: ["lint", "audit"]
        case .maxYAMLSize, .maxYAMLNodes: ["lint", "scan", "audit"]
        }
    }

    /// The default value.
    public var defaultValue: Int { ResourceLimits.standard[self] }

    /// The largest value that can be configured.
    public var ceiling: Int {
        switch self {
        case .maxHTMLSize: HTMLParseOptions.inputByteCeiling
        case .maxDecompressedSize: RecordingLimits.decompressedCeiling
        case .maxMessageSize, .maxStringLength: RecordingLimits.ceiling
        case .maxDOMNodes: Int(Int32.max) - 1
        case .pcre2MatchLimit, .pcre2DepthLimit: Int(UInt32.max)
        case .pcre2HeapLimit: Int(UInt32.max) << 10
        case .maxInputSize, .maxYAMLSize: 1 << 40
        case .maxFiles, .maxHTMLDepth, .maxHTMLNodes, .maxDOMDepth, .maxYAMLNodes: Int(Int32.max)
        }
    }

    /// The smallest value that can be configured: 1, and 1K for the PCRE2 heap limit (which PCRE2
    /// counts in kibibytes).
    public var minimum: Int { self == .pcre2HeapLimit ? 1 << 10 : 1 }

    /// What it bounds, as one sentence.
    public var summary: String {
        switch self {
        case .maxFiles:
            "The most files one run reads: pages that lint's arguments expand to, scan's inputs, audit's recording files."
        case .maxHTMLSize: "The largest HTML page lint reads."
        case .maxHTMLDepth: "The deepest element nesting of an HTML page (the html element is at depth 1)."
        case .maxHTMLNodes: "The most nodes (elements and text runs) of an HTML page."
        case .maxInputSize: "The largest input scan reads (a file, or standard input)."
        case .maxDecompressedSize:
            "The most bytes one recording stream may hold after zstd or gzip decompression (guards against decompression bombs)."
        case .maxMessageSize: "The largest recorded message, from its type id to its last field."
        case .maxStringLength: "The longest string field of a recorded message."
        case .maxDOMNodes: "The most nodes alive at once in a page rebuilt from a recording."
        case .maxDOMDepth: "The deepest a node of a rebuilt page may sit below the top of its tree scope."
        case .pcre2MatchLimit: "The most internal steps of one rule-pattern match (PCRE2 match limit)."
        case .pcre2DepthLimit: "The deepest backtracking of one rule-pattern match (PCRE2 depth limit)."
        case .pcre2HeapLimit: "The most heap one rule-pattern match may use for backtracking (PCRE2 heap limit)."
        case .maxYAMLSize: "The largest YAML file read: each rule set file and .masklint.yaml."
        case .maxYAMLNodes: "The most YAML nodes one file may expand to once aliases are followed (guards against alias bombs)."
        }
    }

    /// What happens when an input reaches the limit.
    public var whenExceeded: String {
        switch self {
        case .maxFiles: "Nothing is read; the run stops with an error naming the limit. Exit 2."
        case .maxHTMLSize, .maxHTMLDepth, .maxHTMLNodes:
            "The page is not linted: an error with the file (and line and column for depth and nodes) is reported, the other pages are linted. Exit 2."
        case .maxInputSize: "The input is not scanned: an error is reported, the other inputs are scanned. Exit 2."
        case .maxDecompressedSize, .maxMessageSize, .maxStringLength:
            "The session is unverified (never clean): the reason names the file and byte offset; what was read before is still checked. Exit 2."
        case .maxDOMNodes, .maxDOMDepth:
            "The page is no longer rebuilt and the session is unverified, with the file and byte offset; recorded strings are still checked. Exit 2."
        case .pcre2MatchLimit, .pcre2DepthLimit, .pcre2HeapLimit:
            "The match ends at once with an error: lint reports the page as not verified, audit marks the session unverified. Exit 2. Depth and heap bind PCRE2's interpreter only (see --no-pcre2-jit)."
        case .maxYAMLSize, .maxYAMLNodes:
            "The rule set or configuration is not used: an error with the file (and line and column for nodes) is reported. Exit 2."
        }
    }

    /// The default as it is written: `64M` for sizes, `1000000` for counts.
    public func format(_ value: Int) -> String {
        unit == .bytes ? ByteSize.format(value) : "\(value)"
    }

    /// Reads a value as written on the command line or in `.masklint.yaml`.
    /// - Returns: the value, or a sentence saying why it is not acceptable.
    public func parse(_ text: String) -> Result<Int, ResourceLimitValueError> {
        let trimmed = text.trimmingWhitespace
        let value: Int? = switch unit {
        case .bytes: ByteSize.parse(trimmed)
        case .count: Int(trimmed).flatMap { $0 > 0 ? $0 : nil }
        }
        guard let value else {
            return .failure(ResourceLimitValueError(limit: self, message: unit == .bytes
                ? "\(key) must be a positive size in bytes, optionally with K, M or G (got '\(text)')"
                : "\(key) must be a positive whole number (got '\(text)')"))
        }
        guard value >= minimum else {
            return .failure(ResourceLimitValueError(limit: self, message: "\(key) must be at least \(format(minimum)) (got '\(text)')"))
        }
        guard value <= ceiling else {
            return .failure(ResourceLimitValueError(limit: self, message: "\(key) can be at most \(format(ceiling)) (got '\(text)')"))
        }
        return .success(value)
    }
}

/// A limit's value that cannot be used.
public struct ResourceLimitValueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The limit.
    public let limit: ResourceLimit
    /// Why, as a sentence.
    public let message: String

    public var description: String { message }
}
