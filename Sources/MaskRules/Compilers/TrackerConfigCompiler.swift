/// Turns the compiled rule set into the privacy configuration of one session-replay tracker.
///
/// One compiler per target (OpenReplay today; rrweb-based recorders such as PostHog and Sentry
/// next), all reading the same `CompiledMaskingRules`, so that every target masks the same fields
/// for the same reasons. Output must be byte-for-byte deterministic: the same rule set, format and
/// profile give the same bytes, so that `masklint compile --check` can compare a checked-in file.
public protocol TrackerConfigCompiler: Sendable {
    /// The target's id on the command line (`--target openreplay`).
    var target: String { get }
    /// A human-readable name of the tracker and the version whose behaviour the output follows.
    var trackerDescription: String { get }
    /// The formats the compiler writes.
    var formats: [TrackerConfigFormat] { get }

    /// The configuration module for `rules` in `format` under `profile`.
    /// - Throws: `TrackerConfigError` when the rule set needs something the target cannot express
    ///   or the format is not supported.
    func compile(_ rules: CompiledMaskingRules, format: TrackerConfigFormat, profile: MaskingProfile) throws(TrackerConfigError) -> String
}

/// The file formats a tracker configuration can be written in.
public enum TrackerConfigFormat: String, CaseIterable, Sendable, Codable {
    /// A TypeScript module with types.
    case typeScript = "ts"
    /// A JavaScript ES module.
    case javaScript = "js"
    /// The configuration as data, for other tooling.
    case json
}

/// The registry of compilers, one per target.
public enum TrackerConfigCompilers {
    /// Every compiler, in the order listings show them.
    public static let all: [any TrackerConfigCompiler] = [OpenReplayCompiler()]

    /// The compiler for `target`, or `nil`.
    public static func compiler(forTarget target: String) -> (any TrackerConfigCompiler)? {
        all.first { $0.target == target }
    }
}
