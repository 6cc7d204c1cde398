/// Why the sessions named cannot be audited.
public enum SessionDiscoveryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// More sessions than the limit.
    case tooManySessions(limit: Int)

    public var description: String {
        switch self {
        case .tooManySessions(let limit): "more than \(limit) sessions were named; audit them in parts"
        }
    }
}
