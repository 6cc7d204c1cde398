/// Reads HTML documents into ``HTMLDocument`` trees.
///
/// The input is bytes; the parser decides the encoding as a browser does (byte order mark,
/// ``HTMLParseOptions/encodingOverride``, `<meta charset>` in the first 1,024 bytes, else UTF-8),
/// repairs invalid byte sequences with U+FFFD, parses with libxml2's HTML parser and builds a
/// Swift tree that follows Chromium's where libxml2 2.9 differs in common cases.
///
/// ```swift
/// let document = try HTMLParser().parse(Array(html.utf8), file: "signup.html")
/// for element in document.allElements where element.localName == "input" {
///     print(element.sourceLocation!, element.attribute("name") ?? "")
/// }
/// ```
///
/// A parser is a value with no shared state; parsing is safe from any number of threads at once.
public struct HTMLParser: Sendable {
    /// The limits and encoding override used by ``parse(_:file:)``.
    public var options: HTMLParseOptions

    /// Creates a parser.
    public init(options: HTMLParseOptions = HTMLParseOptions()) {
        self.options = options
    }

    /// Parses a document given as bytes.
    ///
    /// - Parameters:
    ///   - bytes: The document, in any supported encoding (see ``HTMLEncoding``).
    ///   - file: The path to report in locations, or `nil` for in-memory input.
    /// - Returns: The document. Markup and encoding problems are in its
    ///   ``HTMLDocument/diagnostics``.
    /// - Throws: ``HTMLInputError`` when the input exceeds a limit of ``options``.
    public func parse(_ bytes: some Collection<UInt8>, file: String? = nil) throws(HTMLInputError) -> HTMLDocument {
        let input = bytes as? [UInt8] ?? Array(bytes)
        let limit = min(max(options.maxInputBytes, 0), HTMLParseOptions.inputByteCeiling)
        guard input.count <= limit else {
            throw .inputTooLarge(
                byteCount: input.count, limit: limit, location: SourceLocation(file: file, byteOffset: limit))
        }
        let sniffed = input.withUnsafeBufferPointer { HTMLEncodingSniffer.sniff($0, override: options.encodingOverride) }
        let decoded = input.withUnsafeBufferPointer {
            HTMLInputDecoder.decode($0, sniffed: sniffed, maxProblems: max(options.maxDiagnostics, 0))
        }
        guard
            let parsed = LibXML2HTMLParser.parse(
                decoded.text, maxNestingDepth: options.maxNestingDepth, maxNodeCount: options.maxNodeCount,
                maxProblems: max(options.maxDiagnostics, 0))
        else {
            throw .parserUnavailable(location: SourceLocation(file: file))
        }
        var cursor = HTMLSourcePositionCursor(
            text: decoded.text, encoding: decoded.encoding, replacements: decoded.replacements,
            byteOrderMarkLength: decoded.byteOrderMarkLength)
        func location(_ offset: Int) -> SourceLocation {
            let position = cursor.position(at: offset)
            return SourceLocation(
                file: file, line: position.line, column: position.column, byteOffset: position.inputByteOffset)
        }

        switch parsed.failure {
        case .nestingTooDeep(let offset)?:
            throw .nestingTooDeep(limit: options.maxNestingDepth, location: location(offset))
        case .tooManyNodes(let offset)?:
            throw .tooManyNodes(limit: options.maxNodeCount, location: location(offset))
        case nil:
            break
        }

        var tree = parsed.tree
        tree.nodes.withUnsafeMutableBufferPointer { nodes in
            for index in nodes.indices where nodes[index].textOffset >= 0 {
                let position = cursor.position(at: Int(nodes[index].textOffset))
                nodes[index].line = Int32(clamping: position.line)
                nodes[index].column = Int32(clamping: position.column)
                nodes[index].inputByteOffset = position.inputByteOffset
            }
        }

        var problems = decoded.problems + parsed.problems
        if let declaration = sniffed.unsupportedDeclaration {
            problems.append(
                HTMLLocatedProblem(
                    decodedOffset: declaration.offset, kind: .unsupportedEncoding, severity: .warning,
                    message: "unsupported encoding \"\(declaration.label)\" in <meta>; decoded as UTF-8"))
        }
        problems = problems.enumerated()
            .sorted { ($0.element.decodedOffset, $0.offset) < ($1.element.decodedOffset, $1.offset) }
            .map(\.element)
        let maxDiagnostics = max(options.maxDiagnostics, 0)
        let omitted = max(problems.count - maxDiagnostics, 0) + decoded.uncountedProblems + parsed.uncountedProblems
        var diagnostics = problems.prefix(maxDiagnostics).map { problem in
            HTMLParseDiagnostic(
                kind: problem.kind, severity: problem.severity, message: problem.message,
                location: location(problem.decodedOffset))
        }
        if omitted > 0 {
            let candidates = [
                problems.count > maxDiagnostics ? problems[maxDiagnostics].decodedOffset : nil,
                decoded.firstUncountedOffset, parsed.firstUncountedOffset,
            ]
            let offset = candidates.compactMap { $0 }.min() ?? decoded.text.count
            diagnostics.append(
                HTMLParseDiagnostic(
                    kind: .diagnosticLimitReached, severity: .warning,
                    message: "\(omitted) more problems were found but not recorded (limit \(maxDiagnostics))",
                    location: location(offset)))
        }
        return HTMLDocument(
            storage: tree, file: file, doctype: parsed.doctype, encoding: decoded.encoding,
            encodingSource: decoded.encodingSource, diagnostics: diagnostics)
    }

    /// Parses a document given as a string. The text is already decoded, so a `<meta charset>`
    /// in it has no effect and byte offsets are UTF-8 offsets into the string.
    public func parse(_ text: String, file: String? = nil) throws(HTMLInputError) -> HTMLDocument {
        var parser = self
        parser.options.encodingOverride = .utf8
        return try parser.parse(Array(text.utf8), file: file)
    }
}
