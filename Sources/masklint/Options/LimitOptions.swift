import ArgumentParser
import MaskRules

/// The resource-limit options of a command. Each group declares the limits its commands use, under
/// the names of `ResourceLimit` (the same names as the keys under `limits:` in `.masklint.yaml`);
/// an option given on the command line wins over the configuration file, which wins over the default.
/// Values are read by `ResourceLimit.parse`, as in the configuration file.
protocol LimitOptionGroup: ParsableArguments {
    /// The limits given on the command line.
    var overrides: [ResourceLimit: Int] { get }

    /// Applies what the command line gives to `limits`.
    func apply(to limits: inout ResourceLimits)
}

extension LimitOptionGroup {
    func apply(to limits: inout ResourceLimits) {
        limits = limits.applying(overrides)
    }
}

extension ResourceLimit {
    /// The option's help: what the limit bounds, its default and what happens when it is reached.
    var help: ArgumentHelp {
        ArgumentHelp("\(summary) Default \(format(defaultValue)). \(whenExceeded)", valueName: unit == .bytes ? "size" : "n")
    }

    /// Reads the option's value with `parse`, so that the command line and `.masklint.yaml` accept the
    /// same values; a value that cannot be used is a usage error.
    func argument(_ text: String) throws -> Int {
        switch parse(text) {
        case .success(let value): return value
        case .failure(let error): throw ValidationError(error.message)
        }
    }
}

/// `--max-files`.
struct FileLimitOptions: LimitOptionGroup {
    @Option(help: ResourceLimit.maxFiles.help, transform: ResourceLimit.maxFiles.argument) var maxFiles: Int?

    var overrides: [ResourceLimit: Int] { [.maxFiles: maxFiles].compactMapValues { $0 } }
}

/// `--max-yaml-size` and `--max-yaml-nodes`: the rule set's files and `.masklint.yaml`.
struct YAMLLimitOptions: LimitOptionGroup {
    @Option(name: .customLong("max-yaml-size"), help: ResourceLimit.maxYAMLSize.help, transform: ResourceLimit.maxYAMLSize.argument)
    var maxYAMLSize: Int?
    @Option(name: .customLong("max-yaml-nodes"), help: ResourceLimit.maxYAMLNodes.help, transform: ResourceLimit.maxYAMLNodes.argument)
    var maxYAMLNodes: Int?

    var overrides: [ResourceLimit: Int] {
        [.maxYAMLSize: maxYAMLSize, .maxYAMLNodes: maxYAMLNodes].compactMapValues { $0 }
    }
}

/// `--pcre2-match-limit`, `--pcre2-depth-limit` and `--pcre2-heap-limit`: one rule-pattern match.
struct PatternLimitOptions: LimitOptionGroup {
    @Option(name: .customLong("pcre2-match-limit"), help: ResourceLimit.pcre2MatchLimit.help,
            transform: ResourceLimit.pcre2MatchLimit.argument)
    var matchLimit: Int?
    @Option(name: .customLong("pcre2-depth-limit"), help: ResourceLimit.pcre2DepthLimit.help,
            transform: ResourceLimit.pcre2DepthLimit.argument)
    var depthLimit: Int?
    @Option(name: .customLong("pcre2-heap-limit"), help: ResourceLimit.pcre2HeapLimit.help,
            transform: ResourceLimit.pcre2HeapLimit.argument)
    var heapLimit: Int?
    @Flag(name: .customLong("no-pcre2-jit"), help: """
        Match rule patterns with PCRE2's interpreter instead of its JIT: slower, but held to the depth and heap limits too \
        (JIT code is held to the match limit and a 32K JIT stack). Also pcre2-jit: false under limits: in .masklint.yaml.
        """)
    var noJIT = false

    var overrides: [ResourceLimit: Int] {
        [.pcre2MatchLimit: matchLimit, .pcre2DepthLimit: depthLimit, .pcre2HeapLimit: heapLimit].compactMapValues { $0 }
    }

    func apply(to limits: inout ResourceLimits) {
        limits = limits.applying(overrides)
        if noJIT { limits.patterns.usesJIT = false }
    }
}

/// `--max-html-size`, `--max-html-depth` and `--max-html-nodes`: one page of `lint`.
struct HTMLLimitOptions: LimitOptionGroup {
    @Option(name: .customLong("max-html-size"), help: ResourceLimit.maxHTMLSize.help, transform: ResourceLimit.maxHTMLSize.argument)
    var maxHTMLSize: Int?
    @Option(name: .customLong("max-html-depth"), help: ResourceLimit.maxHTMLDepth.help, transform: ResourceLimit.maxHTMLDepth.argument)
    var maxHTMLDepth: Int?
    @Option(name: .customLong("max-html-nodes"), help: ResourceLimit.maxHTMLNodes.help, transform: ResourceLimit.maxHTMLNodes.argument)
    var maxHTMLNodes: Int?

    var overrides: [ResourceLimit: Int] {
        [.maxHTMLSize: maxHTMLSize, .maxHTMLDepth: maxHTMLDepth, .maxHTMLNodes: maxHTMLNodes].compactMapValues { $0 }
    }
}

/// The recording and rebuilt-page limits of `audit`.
struct RecordingLimitOptions: LimitOptionGroup {
    @Option(help: ResourceLimit.maxDecompressedSize.help, transform: ResourceLimit.maxDecompressedSize.argument)
    var maxDecompressedSize: Int?
    @Option(help: ResourceLimit.maxMessageSize.help, transform: ResourceLimit.maxMessageSize.argument)
    var maxMessageSize: Int?
    @Option(help: ResourceLimit.maxStringLength.help, transform: ResourceLimit.maxStringLength.argument)
    var maxStringLength: Int?
    @Option(name: .customLong("max-dom-nodes"), help: ResourceLimit.maxDOMNodes.help, transform: ResourceLimit.maxDOMNodes.argument)
    var maxDOMNodes: Int?
    @Option(name: .customLong("max-dom-depth"), help: ResourceLimit.maxDOMDepth.help, transform: ResourceLimit.maxDOMDepth.argument)
    var maxDOMDepth: Int?

    var overrides: [ResourceLimit: Int] {
        [.maxDecompressedSize: maxDecompressedSize, .maxMessageSize: maxMessageSize, .maxStringLength: maxStringLength,
         .maxDOMNodes: maxDOMNodes, .maxDOMDepth: maxDOMDepth].compactMapValues { $0 }
    }
}

/// `--max-input-size`: one input of `scan`.
struct ScanLimitOptions: LimitOptionGroup {
    @Option(help: ResourceLimit.maxInputSize.help, transform: ResourceLimit.maxInputSize.argument) var maxInputSize: Int?

    var overrides: [ResourceLimit: Int] { [.maxInputSize: maxInputSize].compactMapValues { $0 } }
}
