/// The fuzz targets: what each one does with an input, and the properties it checks.
///
/// Each libFuzzer executable of `Fuzz/Package.swift` hands its inputs to one target's `fuzz(_:_:)`;
/// the regression tests (`Tests/MaskRulesTests/Fuzzing`) replay the saved inputs of `Fuzz/Regressions`
/// through `check(_:)`, so both exercise the same public API the same way. A target finds two kinds
/// of bugs: crashes (a trap, a sanitizer report, a hang) anywhere in the code it calls, and
/// violations of a property that must hold for every input (a `FuzzViolation`). See docs/fuzzing.md.
public enum FuzzTarget: String, CaseIterable, Sendable, CustomStringConvertible {
    /// The recording reader: stored files (plain, zstd, gzip), every layout, tracker batches.
    case recording
    /// The HTML layer: `HTMLParser` to `HTMLDocument`, the tree walked and matched against selectors.
    case html
    /// The rule set loader: YAML rule files to a validated `RuleSet`.
    case rules
    /// The selector parser, serializer and matcher.
    case selector
    /// The rule pattern compiler: portable subset check, PCRE2 compile, matching with limits.
    case pattern
    /// `masklint scan`'s detectors over the text and its decoded views (percent, JSON escapes, HTML
    /// entities, form bodies, base64).
    case scan

    public var description: String { rawValue }

    /// Runs the target on `input`: the violation found, or `nil` when every property held. A crash
    /// is not caught: it ends the process, as it must under the fuzzer.
    public func check(_ input: [UInt8]) -> FuzzViolation? {
        let message: String? =
            switch self {
            case .recording: RecordingHarness.check(input)
            case .html: HTMLHarness.check(input)
            case .rules: RuleSetHarness.check(input)
            case .selector: SelectorHarness.check(input)
            case .pattern: PatternHarness.check(input)
            case .scan: ScanHarness.check(input)
            }
        return message.map { FuzzViolation(target: self, message: $0) }
    }

    /// The body of `LLVMFuzzerTestOneInput`: runs `check` and traps on a violation, so that libFuzzer
    /// saves the input as a crash.
    public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let input = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
        if let violation = check(input) {
            fatalError(violation.description)
        }
        return 0
    }
}

/// A property of a fuzz target that did not hold for an input.
public struct FuzzViolation: Error, Hashable, Sendable, CustomStringConvertible {
    /// The target that checked it.
    public let target: FuzzTarget
    /// What did not hold.
    public let message: String

    public var description: String { "fuzz target \(target): \(message)" }
}
