import ArgumentParser
import MaskRules

/// The resource-limit options of a command. Each group declares the limits its commands use, under
/// the names of `ResourceLimit` (the same names as the keys under `limits:` in `.masklint.yaml`);
/// an option given on the command line wins over the configuration file, which wins over the default.
protocol LimitOptionGroup: ParsableArguments {
    /// The limits given on the command line.
    var overrides: [ResourceLimit: Int] { get }
}

extension LimitOptionGroup {
    /// Checks every given value against its limit's ceiling.
    func checkCeilings() throws {
        for (limit, value) in overrides where value > limit.ceiling {
            throw ValidationError("--\(limit.key) can be at most \(limit.format(limit.ceiling)).")
        }
    }
}

extension ResourceLimit {
    /// The option's help: what the limit bounds, its default and what happens when it is reached.
    var help: ArgumentHelp {
        ArgumentHelp("\(summary) Default \(format(defaultValue)). \(whenExceeded)", valueName: unit == .bytes ? "size" : "n")
    }
}

/// `--max-files`.
struct FileLimitOptions: LimitOptionGroup {
    @Option(help: ResourceLimit.maxFiles.help) var maxFiles: Int?

    var overrides: [ResourceLimit: Int] { [.maxFiles: maxFiles].compactMapValues { $0 } }

    func validate() throws {
        if let maxFiles, maxFiles < 1 { throw ValidationError("--max-files must be at least 1.") }
        try checkCeilings()
    }
}

/// `--max-yaml-size` and `--max-yaml-nodes`: the rule set's files and `.masklint.yaml`.
struct YAMLLimitOptions: LimitOptionGroup {
    @Option(name: .customLong("max-yaml-size"), help: ResourceLimit.maxYAMLSize.help) var maxYAMLSize: ByteCount?
    @Option(name: .customLong("max-yaml-nodes"), help: ResourceLimit.maxYAMLNodes.help) var maxYAMLNodes: Int?

    var overrides: [ResourceLimit: Int] {
        [.maxYAMLSize: maxYAMLSize?.bytes, .maxYAMLNodes: maxYAMLNodes].compactMapValues { $0 }
    }

    func validate() throws {
        if let maxYAMLNodes, maxYAMLNodes < 1 { throw ValidationError("--max-yaml-nodes must be at least 1.") }
        try checkCeilings()
    }
}

/// `--pcre2-match-limit`, `--pcre2-depth-limit` and `--pcre2-heap-limit`: one rule-pattern match.
struct PatternLimitOptions: LimitOptionGroup {
    @Option(name: .customLong("pcre2-match-limit"), help: ResourceLimit.pcre2MatchLimit.help) var matchLimit: Int?
    @Option(name: .customLong("pcre2-depth-limit"), help: ResourceLimit.pcre2DepthLimit.help) var depthLimit: Int?
    @Option(name: .customLong("pcre2-heap-limit"), help: ResourceLimit.pcre2HeapLimit.help) var heapLimit: ByteCount?
    @Flag(name: .customLong("no-pcre2-jit"), help: """
        Match rule patterns with PCRE2's interpreter instead of its JIT: slower, but held to the depth and heap limits too \
        (JIT code is held to the match limit and a 32K JIT stack). Also pcre2-jit: false under limits: in .masklint.yaml.
        """)
    var noJIT = false

    var overrides: [ResourceLimit: Int] {
        [.pcre2MatchLimit: matchLimit, .pcre2DepthLimit: depthLimit, .pcre2HeapLimit: heapLimit?.bytes].compactMapValues { $0 }
    }

    func validate() throws {
        if let matchLimit, matchLimit < 1 { throw ValidationError("--pcre2-match-limit must be at least 1.") }
        if let depthLimit, depthLimit < 1 { throw ValidationError("--pcre2-depth-limit must be at least 1.") }
        if let heapLimit, heapLimit.bytes < 1 << 10 { throw ValidationError("--pcre2-heap-limit must be at least 1K.") }
        try checkCeilings()
    }
}

/// `--max-html-size`, `--max-html-depth` and `--max-html-nodes`: one page of `lint`.
struct HTMLLimitOptions: LimitOptionGroup {
    @Option(name: .customLong("max-html-size"), help: ResourceLimit.maxHTMLSize.help) var maxHTMLSize: ByteCount?
    @Option(name: .customLong("max-html-depth"), help: ResourceLimit.maxHTMLDepth.help) var maxHTMLDepth: Int?
    @Option(name: .customLong("max-html-nodes"), help: ResourceLimit.maxHTMLNodes.help) var maxHTMLNodes: Int?

    var overrides: [ResourceLimit: Int] {
        [.maxHTMLSize: maxHTMLSize?.bytes, .maxHTMLDepth: maxHTMLDepth, .maxHTMLNodes: maxHTMLNodes].compactMapValues { $0 }
    }

    func validate() throws {
        if let maxHTMLDepth, maxHTMLDepth < 1 { throw ValidationError("--max-html-depth must be at least 1.") }
        if let maxHTMLNodes, maxHTMLNodes < 1 { throw ValidationError("--max-html-nodes must be at least 1.") }
        try checkCeilings()
    }
}

/// The recording and rebuilt-page limits of `audit`.
struct RecordingLimitOptions: LimitOptionGroup {
    @Option(help: ResourceLimit.maxDecompressedSize.help) var maxDecompressedSize: ByteCount?
    @Option(help: ResourceLimit.maxMessageSize.help) var maxMessageSize: ByteCount?
    @Option(help: ResourceLimit.maxStringLength.help) var maxStringLength: ByteCount?
    @Option(name: .customLong("max-dom-nodes"), help: ResourceLimit.maxDOMNodes.help) var maxDOMNodes: Int?
    @Option(name: .customLong("max-dom-depth"), help: ResourceLimit.maxDOMDepth.help) var maxDOMDepth: Int?

    var overrides: [ResourceLimit: Int] {
        [.maxDecompressedSize: maxDecompressedSize?.bytes, .maxMessageSize: maxMessageSize?.bytes,
         .maxStringLength: maxStringLength?.bytes, .maxDOMNodes: maxDOMNodes, .maxDOMDepth: maxDOMDepth].compactMapValues { $0 }
    }

    func validate() throws {
        if let maxDOMNodes, maxDOMNodes < 1 { throw ValidationError("--max-dom-nodes must be at least 1.") }
        if let maxDOMDepth, maxDOMDepth < 1 { throw ValidationError("--max-dom-depth must be at least 1.") }
        try checkCeilings()
    }
}

/// `--max-input-size`: one input of `scan`.
struct ScanLimitOptions: LimitOptionGroup {
    @Option(help: ResourceLimit.maxInputSize.help) var maxInputSize: ByteCount?

    var overrides: [ResourceLimit: Int] { [.maxInputSize: maxInputSize?.bytes].compactMapValues { $0 } }

    func validate() throws {
        try checkCeilings()
    }
}
