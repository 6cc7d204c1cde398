/// How a `MessageReader` reads: the layout, the schema era and the limits.
public struct MessageReaderOptions: Sendable, Hashable {
    /// The layout, or `nil` to detect it from the first bytes.
    public var format: RecordingFormat?
    /// The schema era, or `nil` for the format's default (`RecordingFormat.defaultEra`).
    public var era: SchemaEra?
    /// The limits.
    public var limits: RecordingLimits

    /// Creates options.
    public init(format: RecordingFormat? = nil, era: SchemaEra? = nil, limits: RecordingLimits = .standard) {
        self.format = format
        self.era = era
        self.limits = limits
    }
}
