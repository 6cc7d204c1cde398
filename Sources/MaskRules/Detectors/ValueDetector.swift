/// A detector of one kind of personal-data value in free text: logs, JSON, query strings, form bodies,
/// HTML text and the strings a recording carries.
///
/// A detector works on UTF-8 bytes and reports byte ranges into the bytes it is given. It knows
/// nothing of encodings: `ValueScanner` hands it the text as written and each decoded view of it, and
/// maps what it finds back to the original text. Detectors are immutable values, safe to share
/// between tasks.
///
/// Each detector lives in one file and describes itself with a `DetectorDescription`, whose examples
/// the tests check. `BuiltInDetectors.all` lists them.
public protocol ValueDetector: Sendable {
    /// The detector's id, category, options and examples.
    static var description: DetectorDescription { get }

    /// Creates a detector configured with options from a rule file.
    /// - Throws: `DetectorConfigurationError` for unknown options, wrong types and missing options.
    init(options: DetectorOptions) throws(DetectorConfigurationError)

    /// The category of the values this detector finds.
    var category: PIICategory { get }

    /// The values in `bytes`, in order, not overlapping one another.
    func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [DetectorMatch]
}

extension ValueDetector {
    /// The detector's id.
    public var id: String { Self.description.id }

    /// The values this detector finds in `text` and in its decoded views.
    public func values(in text: String) -> [DetectedValue] {
        ValueScanner(detectors: [self]).scan(text)
    }

    /// The values in the UTF-8 bytes of `text` as written, without decoded views.
    public func matches(in text: String) -> [DetectorMatch] {
        if let result = text.utf8.withContiguousStorageIfAvailable({ matches(in: $0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { matches(in: $0) }
    }
}
