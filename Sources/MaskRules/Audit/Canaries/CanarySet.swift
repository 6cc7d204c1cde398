/// Fake personal data typed into test forms before recording (`--canaries FILE`): each value must
/// never appear in a recording, in any form.
///
/// The file has one value per line; blank lines and lines starting with `#` are skipped, and
/// surrounding white space is trimmed. A value shorter than `minimumLength` characters is refused,
/// because it would be found by chance.
public struct CanarySet: Sendable {
    /// One canary value.
    public struct Canary: Sendable, Hashable {
        /// The value; its category is the one the detectors see in it, when they see one.
        public let value: SensitiveValue
        /// The 1-based line of the file it came from.
        public let line: Int
    }

    /// The shortest value accepted, in characters.
    public static let minimumLength = 4

    /// The canaries, in file order.
    public let canaries: [Canary]

    /// No canaries.
    public static let empty = CanarySet(canaries: [])

    /// Whether there are no canaries.
    public var isEmpty: Bool { canaries.isEmpty }

    private init(canaries: [Canary]) {
        self.canaries = canaries
    }

    /// Parses the text of a canary file. The values have no category until `categorized(by:)`.
    /// - Parameters:
    ///   - text: The file's text.
    ///   - file: The file's path, for errors.
    /// - Throws: `CanaryFileError` for a value that is too short.
    public init(parsing text: String, file: String? = nil) throws(CanaryFileError) {
        var canaries: [Canary] = []
        var seen: Set<String> = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine).trimmingWhitespace
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard line.count >= Self.minimumLength else {
                throw CanaryFileError(location: SourceLocation(file: file, line: offset + 1),
                                      reason: .tooShort(length: line.count, minimum: Self.minimumLength))
            }
            guard seen.insert(line).inserted else { continue }
            canaries.append(Canary(value: SensitiveValue(line, category: nil), line: offset + 1))
        }
        self.init(canaries: canaries)
    }

    /// The same canaries, each with the category of a value `scanner` detects that covers the whole
    /// canary (so that previews and fingerprints treat `(415) 555-2671` as a phone number).
    public func categorized(by scanner: ValueScanner) -> CanarySet {
        CanarySet(canaries: canaries.map { canary in
            let raw = canary.value.unredactedValue
            let whole = raw.utf8.count
            let category = scanner.scan(raw).first { $0.byteRange.count == whole }?.category
            return Canary(value: SensitiveValue(raw, category: category), line: canary.line)
        })
    }
}
