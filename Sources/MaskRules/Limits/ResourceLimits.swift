/// Every configurable resource limit of a run, in the structures the library's readers take.
///
/// Built from the defaults, then `limits:` in `.masklint.yaml`, then command-line options (see
/// ``ResourceLimit`` for the names). Every limit, when reached, ends in a reported error or an
/// unverified verdict, never a silently partial result.
public struct ResourceLimits: Sendable, Hashable {
    /// HTML pages (`lint`): size, nesting depth and node count.
    public var html: HTMLParseOptions
    /// Recordings (`audit`): decompressed size, message size, string length.
    public var recording: RecordingLimits
    /// Pages rebuilt from recordings (`audit`): node count and depth.
    public var rebuild: RebuildLimits
    /// Rule-pattern matches (PCRE2).
    public var patterns: PatternLimits
    /// YAML files: rule set files and `.masklint.yaml`.
    public var yaml: YAMLLimits
    /// The most files one run reads.
    public var maximumFiles: Int
    /// The largest input of `scan`.
    public var maximumScanInputSize: Int

    /// The defaults.
    public static let standard = ResourceLimits()

    /// Creates limits, each at its default unless given.
    public init(html: HTMLParseOptions = HTMLParseOptions(), recording: RecordingLimits = .standard,
                rebuild: RebuildLimits = .standard, patterns: PatternLimits = .standard, yaml: YAMLLimits = .standard,
                maximumFiles: Int = 100_000, maximumScanInputSize: Int = ScanInputReader.defaultMaximumSize) {
        self.html = html
        self.recording = recording
        self.rebuild = rebuild
        self.patterns = patterns
        self.yaml = yaml
        self.maximumFiles = maximumFiles
        self.maximumScanInputSize = maximumScanInputSize
    }

    /// The value of one limit. Setting clamps the value to `1...limit.ceiling`.
    public subscript(limit: ResourceLimit) -> Int {
        get {
            switch limit {
            case .maxFiles: maximumFiles
            case .maxHTMLSize: html.maxInputBytes
            case .maxHTMLDepth: html.maxNestingDepth
            case .maxHTMLNodes: html.maxNodeCount
            case .maxInputSize: maximumScanInputSize
            case .maxDecompressedSize: recording.maximumDecompressedSize
            case .maxMessageSize: recording.maximumMessageSize
            case .maxStringLength: recording.maximumStringLength
            case .maxDOMNodes: rebuild.maximumNodes
            case .maxDOMDepth: rebuild.maximumDepth
            case .pcre2MatchLimit: Int(patterns.matchSteps)
            case .pcre2DepthLimit: Int(patterns.depth)
            case .pcre2HeapLimit: Int(patterns.heapKiB) << 10
            case .maxYAMLSize: yaml.maximumFileSize
            case .maxYAMLNodes: yaml.maximumNodes
            }
        }
        set {
            let value = min(max(newValue, limit.minimum), limit.ceiling)
            switch limit {
            case .maxFiles: maximumFiles = value
            case .maxHTMLSize: html.maxInputBytes = value
            case .maxHTMLDepth: html.maxNestingDepth = value
            case .maxHTMLNodes: html.maxNodeCount = value
            case .maxInputSize: maximumScanInputSize = value
            case .maxDecompressedSize: recording.maximumDecompressedSize = value
            case .maxMessageSize: recording.maximumMessageSize = value
            case .maxStringLength: recording.maximumStringLength = value
            case .maxDOMNodes: rebuild = RebuildLimits(maximumNodes: value, maximumDepth: rebuild.maximumDepth)
            case .maxDOMDepth: rebuild = RebuildLimits(maximumNodes: rebuild.maximumNodes, maximumDepth: value)
            case .pcre2MatchLimit: patterns.matchSteps = UInt32(value)
            case .pcre2DepthLimit: patterns.depth = UInt32(value)
            case .pcre2HeapLimit: patterns.heapKiB = UInt32(value >> 10)
            case .maxYAMLSize: yaml.maximumFileSize = value
            case .maxYAMLNodes: yaml.maximumNodes = value
            }
        }
    }

    /// These limits with `overrides` applied.
    public func applying(_ overrides: [ResourceLimit: Int]) -> ResourceLimits {
        var result = self
        for (limit, value) in overrides { result[limit] = value }
        return result
    }
}
