/// A position in an input file that a diagnostic or a finding points at.
///
/// Lines and columns are 1-based. A column counts Unicode scalars from the start of the line, so
/// that a column means the same thing in an editor whatever the encoding. `byteOffset` is the
/// 0-based UTF-8 offset from the start of the file, for binary-minded tools and for inputs whose
/// lines are not meaningful.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The file path as the user gave it, or `nil` for standard input and in-memory text.
    public var file: String?
    /// The 1-based line, or `nil` when only a byte offset is known.
    public var line: Int?
    /// The 1-based column, in Unicode scalars, or `nil` when unknown.
    public var column: Int?
    /// The 0-based byte offset from the start of the input, or `nil` when unknown.
    public var byteOffset: Int?

    /// Creates a location.
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    /// `file:line:column`, leaving out the parts that are unknown (`<stdin>` stands for no file).
    public var description: String {
        var text = file ?? "<input>"
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        } else if let byteOffset {
            text += ":@\(byteOffset)"
        }
        return text
    }

    /// The same position in another file.
    public func inFile(_ file: String?) -> SourceLocation {
        var copy = self
        copy.file = file
        return copy
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file ?? "", lhs.line ?? 0, lhs.column ?? 0, lhs.byteOffset ?? 0)
            < (rhs.file ?? "", rhs.line ?? 0, rhs.column ?? 0, rhs.byteOffset ?? 0)
    }
}
