import Foundation

/// The compiler for OpenReplay's web tracker (`@openreplay/tracker` 18.0.6).
///
/// It writes an ES module (TypeScript or JavaScript) exporting `privacyOptions`, to spread into
/// `new Tracker({ projectKey, ...privacyOptions })`: the profile's input and text options,
/// `domSanitizer`, `network.capturePayload` and `network.sanitizer`, and `urls.urlSanitizer` and
/// `urls.titleSanitizer`; or the same configuration as JSON data. docs/openreplay-config.md explains
/// every option and how the output was verified in a browser.
public struct OpenReplayCompiler: TrackerConfigCompiler {
    /// Creates the compiler.
    public init() {}

    /// `openreplay`.
    public var target: String { "openreplay" }
    /// The tracker and version whose behaviour the output follows.
    public var trackerDescription: String { "OpenReplay web tracker (@openreplay/tracker 18.0.6)" }
    /// TypeScript, JavaScript and JSON.
    public var formats: [TrackerConfigFormat] { TrackerConfigFormat.allCases }

    /// The module (`ts`, `js`) or the data (`json`) for `rules` under `profile`.
    /// - Throws: `TrackerConfigError.detectorWithoutJavaScript` when a detector rule cannot be
    ///   written in JavaScript.
    public func compile(
        _ rules: CompiledMaskingRules, format: TrackerConfigFormat, profile: MaskingProfile
    ) throws(TrackerConfigError) -> String {
        try NetworkSanitizerEmitter.validate(rules, target: target)
        switch format {
        case .typeScript, .javaScript:
            return OpenReplayModuleWriter(rules: rules, profile: profile, typeScript: format == .typeScript).source
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let document = OpenReplayConfigDocument(rules: rules, profile: profile)
            guard let data = try? encoder.encode(document) else {
                throw .unsupportedFormat(target: target, format: "json for this rule set")
            }
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }
}
