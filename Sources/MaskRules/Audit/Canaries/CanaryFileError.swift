/// A canary file that cannot be used.
public struct CanaryFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why.
    public enum Reason: Sendable, Hashable {
        /// A value is shorter than `CanarySet.minimumLength` characters.
        case tooShort(length: Int, minimum: Int)
        /// The file cannot be read.
        case unreadable(detail: String)
    }

    /// Where: the file, and the line for a bad value.
    public let location: SourceLocation
    /// Why.
    public let reason: Reason

    /// Creates an error.
    public init(location: SourceLocation, reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .tooShort(let length, let minimum):
            "\(location): a canary of \(length) characters is too short to be told from chance (at least \(minimum))"
        case .unreadable(let detail):
            "\(location): the canary file cannot be read: \(detail)"
        }
    }
}
