/// What reading one stream found.
public struct StreamReport: Sendable, Hashable {
    /// What the stream holds.
    public var kind: RecordingStream.Kind
    /// The files read, in order.
    public var files: [FileReport]
    /// The layout detected (or given); `nil` when the stream is empty or no layout fits.
    public var format: RecordingFormat?
    /// The counts.
    public var statistics: StreamStatistics
    /// The fault that stopped reading, if any.
    public var fault: RecordingFault?

    /// Creates a stream report.
    public init(kind: RecordingStream.Kind, files: [FileReport], format: RecordingFormat?, statistics: StreamStatistics,
                fault: RecordingFault?) {
        self.kind = kind
        self.files = files
        self.format = format
        self.statistics = statistics
        self.fault = fault
    }
}
