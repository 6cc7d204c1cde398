/// Positions inside a text node, from the node's start in the source.
enum TextPosition {
    /// The location of the character at UTF-8 offset `offset` of `text`, a text node that starts at
    /// `start`. Lines advance at each line feed (the parser has already normalised line breaks);
    /// columns count Unicode scalars. The column is exact when no character reference precedes the
    /// offset on its line (a reference is one character in the text but several in the source).
    static func location(of offset: Int, in text: String, start: SourceLocation) -> SourceLocation {
        guard var line = start.line, var column = start.column else { return start }
        var consumed = 0
        for scalar in text.unicodeScalars {
            if consumed >= offset { break }
            consumed += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: start.file, line: line, column: column)
    }
}
