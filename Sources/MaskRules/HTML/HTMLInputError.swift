/// A reason an HTML document could not be read at all.
///
/// These are failures, not findings: the input exceeded a limit set in ``HTMLParseOptions``, or
/// the parser could not be set up. Markup errors never fail a parse; they become
/// ``HTMLParseDiagnostic`` values.
public enum HTMLInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The input is larger than ``HTMLParseOptions/maxInputBytes``. The location is the first byte
    /// past the limit.
    case inputTooLarge(byteCount: Int, limit: Int, location: SourceLocation)
    /// Elements are nested deeper than ``HTMLParseOptions/maxNestingDepth``. The location is the
    /// start tag that went past the limit.
    case nestingTooDeep(limit: Int, location: SourceLocation)
    /// The document has more nodes than ``HTMLParseOptions/maxNodeCount``. The location is where
    /// the node past the limit starts.
    case tooManyNodes(limit: Int, location: SourceLocation)
    /// libxml2 could not create a parser (it ran out of memory).
    case parserUnavailable(location: SourceLocation)

    /// Where the failure happened.
    public var location: SourceLocation {
        switch self {
        case .inputTooLarge(_, _, let location), .nestingTooDeep(_, let location),
            .tooManyNodes(_, let location), .parserUnavailable(let location):
            location
        }
    }

    /// A short human-readable form, for messages and debugging.
    public var description: String {
        switch self {
        case .inputTooLarge(let byteCount, let limit, let location):
            "\(location): input is \(byteCount) bytes, more than the limit of \(limit) bytes"
        case .nestingTooDeep(let limit, let location):
            "\(location): elements are nested more than \(limit) levels deep"
        case .tooManyNodes(let limit, let location):
            "\(location): the document has more than \(limit) nodes"
        case .parserUnavailable(let location):
            "\(location): the HTML parser could not be created (out of memory)"
        }
    }
}
