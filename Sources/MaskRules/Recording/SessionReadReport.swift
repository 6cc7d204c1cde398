/// What reading a session found besides its messages: per stream, the files, the layout, the counts
/// and the fault if reading stopped early.
public struct SessionReadReport: Sendable, Hashable {
    /// The session's name.
    public var session: String
    /// One report per stream, in reading order.
    public var streams: [StreamReport]

    /// Creates a report.
    public init(session: String, streams: [StreamReport]) {
        self.session = session
        self.streams = streams
    }

    /// The faults, one at most per stream. A session with a fault is unverified from that point on.
    public var faults: [RecordingFault] { streams.compactMap(\.fault) }

    /// The number of messages read.
    public var messageCount: Int { streams.reduce(0) { $0 + $1.statistics.messages } }

    /// Whether every stream was read to its end without a fault.
    public var isComplete: Bool { streams.allSatisfy { $0.fault == nil } }
}
