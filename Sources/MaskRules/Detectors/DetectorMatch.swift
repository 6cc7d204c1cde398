/// One value that a detector found in the bytes it was given, before the scanner maps it back to
/// the original text.
public struct DetectorMatch: Hashable, Sendable {
    /// The byte offsets of the value in the bytes the detector was given.
    public var byteRange: Range<Int>
    /// The normalized value.
    public var value: String

    /// Creates a match.
    public init(byteRange: Range<Int>, value: String) {
        self.byteRange = byteRange
        self.value = value
    }
}
