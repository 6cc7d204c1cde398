import CLibXML2

// The only file that talks to libxml2.
//
// Memory: libxml2 copies the input into its own buffer; the parser context, its dictionary and
// that buffer are freed by `htmlFreeParserCtxt` in a `defer` before `parse` returns. No tree is
// built on the C side: a SAX handler turns each event into Swift values at once (names, attribute
// values and text are copied into Swift strings inside the callback), so no libxml2 pointer
// outlives the callback that received it, and none leaves this file.
//
// Threads: `xmlInitParser` runs once, through a global initialiser. Each parse has its own
// context, and errors go to that context's structured error handler (`sax->serror`, used because
// `sax->initialized` is `XML_SAX2_MAGIC`), so nothing is printed to stderr and nothing is shared
// between threads. As a safety net for errors raised without a context, the calling thread's
// structured error handler (thread-local in libxml2's threaded build) points at the same session
// for the duration of the synchronous parse, and is reset before returning.

/// libxml2's one-time global set-up; Swift runs a global's initialiser exactly once, thread-safely.
private let libxml2IsInitialized: Bool = {
    xmlInitParser()
    return true
}()

/// What a libxml2 parse produced, before source positions are resolved.
struct LibXML2ParseResult {
    var tree: HTMLTreeStorage
    var doctype: HTMLDoctype?
    /// Markup problems, in the order libxml2 reported them, at most the limit given.
    var problems: [HTMLLocatedProblem]
    var uncountedProblems: Int
    /// Where the first problem beyond the limit is.
    var firstUncountedOffset: Int?
    var failure: HTMLTreeBuilderFailure?
}

/// Parses HTML with libxml2's HTML parser and builds the Swift tree from its SAX events.
enum LibXML2HTMLParser {
    /// Parses `text`, which must be valid UTF-8 without NUL bytes (see ``HTMLInputDecoder``).
    /// Returns `nil` when libxml2 cannot create a parser context.
    static func parse(_ text: [UInt8], maxNestingDepth: Int, maxNodeCount: Int, maxProblems: Int) -> LibXML2ParseResult? {
        precondition(libxml2IsInitialized)
        return text.withUnsafeBufferPointer { source -> LibXML2ParseResult? in
            let session = LibXML2ParseSession(
                source: source,
                builder: HTMLTreeBuilder(
                    maxNestingDepth: maxNestingDepth, maxNodeCount: maxNodeCount, expectedInputLength: source.count),
                maxProblems: maxProblems)
            guard let baseAddress = source.baseAddress, source.count > 0 else { return session.result() }
            let created = baseAddress.withMemoryRebound(to: CChar.self, capacity: source.count) {
                htmlCreateMemoryParserCtxt($0, Int32(source.count))
            }
            guard let context = created else { return nil }
            defer { htmlFreeParserCtxt(context) }

            context.pointee.sax.pointee = LibXML2ParseSession.saxHandler()
            context.pointee._private = Unmanaged.passUnretained(session).toOpaque()
            session.context = context
            // The text is UTF-8 already; without this libxml2 switches to ISO-8859-1 at the
            // first non-ASCII byte.
            _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
            let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            _ = htmlCtxtUseOptions(context, Int32(bitPattern: options))

            xmlSetStructuredErrorFunc(Unmanaged.passUnretained(session).toOpaque()) { data, error in
                guard let data, let error else { return }
                Unmanaged<LibXML2ParseSession>.fromOpaque(data).takeUnretainedValue().report(error.pointee)
            }
            defer { xmlSetStructuredErrorFunc(nil, nil) }

            _ = htmlParseDocument(context)
            session.context = nil
            return withExtendedLifetime(session) { session.result() }
        }
    }
}

/// The state of one parse, reachable from libxml2's callbacks through the context's `_private`.
private final class LibXML2ParseSession {
    let source: UnsafeBufferPointer<UInt8>
    let scanner: HTMLSourceScanner
    var builder: HTMLTreeBuilder
    var context: htmlParserCtxtPtr?

    /// Where the construct after the last reported one starts: no start tag's `<` comes before it.
    var resumeOffset = 0
    /// The offset just after an end tag whose own end event (or "unexpected end tag" error) has
    /// been seen; later end events at that offset come from the next start tag.
    var handledEndTagOffset = -1
    var lastErrorOffset = -1
    var isStopped = false
    /// The name of the element whose start tag was the last event, if it was.
    var justStartedName: UnsafePointer<xmlChar>?

    let maxProblems: Int
    var problems: [HTMLLocatedProblem] = []
    var uncountedProblems = 0
    var firstUncountedOffset: Int?

    /// A name libxml2 reported, interned, and whether libxml2 treats it as an empty element.
    struct KnownName {
        var id: Int32
        var isEmptyInLibXML2: Bool
    }

    /// Names by the address libxml2 gives them: names come from the parser's dictionary (or are
    /// static strings), so one address always means one name during a parse.
    var namesByAddress: [UnsafeRawPointer: KnownName] = [:]

    init(source: UnsafeBufferPointer<UInt8>, builder: HTMLTreeBuilder, maxProblems: Int) {
        self.source = source
        self.scanner = HTMLSourceScanner(source: source)
        self.builder = builder
        self.maxProblems = maxProblems
    }

    func result() -> LibXML2ParseResult {
        let failure = builder.failure
        let tree = builder.finish()
        return LibXML2ParseResult(
            tree: tree, doctype: builder.doctype, problems: problems, uncountedProblems: uncountedProblems,
            firstUncountedOffset: firstUncountedOffset, failure: failure)
    }

    // MARK: SAX handler

    static func saxHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.initialized = UInt32(truncatingIfNeeded: XML_SAX2_MAGIC)
        handler.startElement = { context, name, attributes in
            guard let name else { return }
            LibXML2ParseSession.session(context)?.startElement(name, attributes)
        }
        handler.endElement = { context, name in LibXML2ParseSession.session(context)?.endElement(name) }
        handler.characters = { context, characters, length in LibXML2ParseSession.session(context)?.characters(characters, length) }
        handler.ignorableWhitespace = { context, characters, length in
            LibXML2ParseSession.session(context)?.characters(characters, length)
        }
        handler.cdataBlock = { context, characters, length in LibXML2ParseSession.session(context)?.characters(characters, length) }
        handler.comment = { context, _ in LibXML2ParseSession.session(context)?.markupWithoutNode() }
        handler.processingInstruction = { context, _, _ in LibXML2ParseSession.session(context)?.markupWithoutNode() }
        handler.internalSubset = { context, name, publicID, systemID in
            LibXML2ParseSession.session(context)?.doctype(name: name, publicID: publicID, systemID: systemID)
        }
        handler.serror = { context, error in
            guard let error else { return }
            LibXML2ParseSession.session(context)?.report(error.pointee)
        }
        return handler
    }

    private static func session(_ context: UnsafeMutableRawPointer?) -> LibXML2ParseSession? {
        guard let context else { return nil }
        let parserContext = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let opaque = parserContext.pointee._private else { return nil }
        return Unmanaged<LibXML2ParseSession>.fromOpaque(opaque).takeUnretainedValue()
    }

    // MARK: Events

    /// The parser's position in the decoded text.
    private var currentOffset: Int {
        guard let input = context?.pointee.input, let base = input.pointee.base, let current = input.pointee.cur else {
            return source.count
        }
        return Int(input.pointee.consumed) + base.distance(to: current)
    }

    private var isActive: Bool { !isStopped && builder.failure == nil }

    func startElement(_ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard isActive else { return }
        let offset = currentOffset
        let nameID = knownName(name).id
        if let attributes {
            var index = 0
            while let attributeName = attributes[index] {
                let value = attributes[index + 1].map { HTMLTreeBuilder.normalizedNewlines(Self.bytes($0)) } ?? ""
                builder.addAttribute(name: knownName(attributeName).id, value: value)
                index += 2
            }
        }
        let tagStart = scanner.startTag(named: Self.bytes(name), from: resumeOffset, before: offset)
        if tagStart != nil { resumeOffset = scanner.endOfStartTag(at: offset) }
        builder.startElement(name: nameID, textOffset: tagStart, isImplied: tagStart == nil)
        justStartedName = tagStart != nil ? name : nil
        stopIfFailed()
    }

    func endElement(_ name: UnsafePointer<xmlChar>?) {
        guard isActive else { return }
        let offset = currentOffset
        let reason: HTMLEndReason
        defer { justStartedName = nil }
        if let name, name == justStartedName, scanner.isAfterSelfClosingTag(offset) {
            reason = .selfClosingTag
        } else if let name, name == justStartedName, knownName(name).isEmptyInLibXML2 {
            // libxml2 ends its empty elements (<input>, <br>) right after the start tag.
            reason = .other
        } else if let startTag = scanner.startTagName(endingAt: offset) {
            // Inside a start tag, after its name: libxml2 closes elements for that tag.
            reason = .closedByStartTag(builder.intern(startTag))
        } else if offset != handledEndTagOffset, let endTag = scanner.endTagStart(endingBefore: offset) {
            let isOwnEndTag = name.map { isEndTag(at: endTag, named: Self.bytes($0)) } ?? false
            if isOwnEndTag { handledEndTagOffset = offset }
            let isForm = name.map { knownName($0).id == HTMLKnownName.form.rawValue } ?? false
            reason = .endTag(isFormEndTag: isOwnEndTag && isForm)
        } else if let startTag = scanner.startTagName(startingAt: offset) {
            // At the '<' of a start tag: libxml2 checks which open elements that tag closes first.
            reason = .closedByStartTag(builder.intern(startTag))
            resumeOffset = max(resumeOffset, offset)
        } else {
            reason = .other
            resumeOffset = max(resumeOffset, offset)
        }
        if case .endTag = reason { resumeOffset = max(resumeOffset, offset) }
        builder.endElement(reason: reason)
        stopIfFailed()
    }

    func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
        justStartedName = nil
        guard isActive, let characters, length > 0 else { return }
        let offset = currentOffset
        builder.appendText(UnsafeBufferPointer(start: characters, count: Int(length)), textOffset: resumeOffset)
        resumeOffset = max(resumeOffset, offset)
        stopIfFailed()
    }

    func markupWithoutNode() {
        justStartedName = nil
        guard isActive else { return }
        builder.markupWithoutNode()
        resumeOffset = max(resumeOffset, currentOffset)
    }

    func doctype(name: UnsafePointer<xmlChar>?, publicID: UnsafePointer<xmlChar>?, systemID: UnsafePointer<xmlChar>?) {
        guard isActive else { return }
        let offset = currentOffset
        let start = scanner.doctypeStart(before: offset) ?? resumeOffset
        let doctype = HTMLDoctype(
            name: name.map { String(decoding: Self.bytes($0), as: UTF8.self) },
            publicIdentifier: publicID.map { String(decoding: Self.bytes($0), as: UTF8.self) },
            systemIdentifier: systemID.map { String(decoding: Self.bytes($0), as: UTF8.self) },
            isMalformed: lastErrorOffset >= start)
        builder.setDoctype(doctype)
        resumeOffset = max(resumeOffset, offset)
    }

    func report(_ error: xmlError) {
        let offset = isActive ? currentOffset : source.count
        lastErrorOffset = offset
        let code = error.code
        let message = error.message.map { Self.trimmed($0) } ?? "unknown HTML parser error"
        if code == Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue), error.str2 == nil, message.hasPrefix("Unexpected end tag"),
            let name = error.str1, isActive
        {
            handledEndTagOffset = offset
            builder.unmatchedEndTag(
                name: builder.intern(String(cString: name)), textOffset: scanner.endTagStart(endingBefore: offset))
            stopIfFailed()
        }
        guard !Self.isIgnored(code: code, message: message) else { return }
        guard problems.count < maxProblems else {
            if uncountedProblems == 0 { firstUncountedOffset = tagStart(around: offset) }
            uncountedProblems += 1
            return
        }
        let severity: HTMLParseDiagnostic.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        problems.append(
            HTMLLocatedProblem(decodedOffset: tagStart(around: offset), kind: .markup, severity: severity, message: message))
    }

    // MARK: Helpers

    /// libxml2 errors that are not errors in HTML as browsers parse it.
    private static func isIgnored(code: Int32, message: String) -> Bool {
        switch code {
        case Int32(XML_HTML_UNKNOWN_TAG.rawValue):
            // HTML5 and custom elements (<main>, <template>, <svg>, <my-widget>) are unknown to libxml2 2.9.
            true
        case Int32(XML_ERR_DOCUMENT_EMPTY.rawValue):
            true
        case Int32(XML_ERR_ENTITYREF_SEMICOL_MISSING.rawValue):
            // "&b=2" in a URL: an ampersand without ';' is not an error in HTML unless it names a
            // character reference, and libxml2 reports them all.
            true
        case Int32(XML_ERR_NAME_REQUIRED.rawValue) where message.hasPrefix("htmlParseEntityRef"):
            // A bare '&' followed by a space is not an error in HTML.
            true
        case Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue) where message.hasSuffix("embeds close tag"):
            // "</div>" inside a <script> string: browsers end a script only at "</script".
            true
        default:
            false
        }
    }

    /// Where to locate a problem libxml2 reported at `offset`: at the `<` of the tag it was
    /// reading, when `offset` is just after an end tag or just after a start tag's name (libxml2
    /// reports those after reading them); else at `offset`.
    private func tagStart(around offset: Int) -> Int {
        if let endTag = scanner.endTagStart(endingBefore: offset) { return endTag }
        if let startTag = scanner.startTagName(endingAt: offset) { return offset - startTag.utf8.count - 1 }
        return offset
    }

    private func stopIfFailed() {
        guard !isStopped, builder.failure != nil, let context else { return }
        isStopped = true
        xmlStopParser(context)
    }

    private func knownName(_ name: UnsafePointer<xmlChar>) -> KnownName {
        let address = UnsafeRawPointer(name)
        if let known = namesByAddress[address] { return known }
        // libxml2 ends its empty elements (HTML 4's void elements) right after the start tag.
        let isEmpty = htmlTagLookup(name).map { $0.pointee.empty != 0 } ?? false
        let known = KnownName(id: builder.intern(String(decoding: Self.bytes(name), as: UTF8.self)), isEmptyInLibXML2: isEmpty)
        namesByAddress[address] = known
        return known
    }

    /// Whether the end tag whose `</` is at `start` is named `name` (lower case).
    private func isEndTag(at start: Int, named name: UnsafeBufferPointer<UInt8>) -> Bool {
        let nameStart = start + 2
        guard nameStart + name.count <= source.count else { return false }
        for (position, expected) in name.enumerated() {
            var byte = source[nameStart + position]
            if byte >= 0x41, byte <= 0x5A { byte += 0x20 }
            if byte != expected { return false }
        }
        let after = nameStart + name.count
        return after >= source.count || !HTMLSourceScanner.isNameByte(source[after])
    }

    private static func bytes(_ string: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: string, count: Int(xmlStrlen(string)))
    }

    /// libxml2's message without its trailing newline.
    private static func trimmed(_ message: UnsafePointer<CChar>) -> String {
        let length = Int(xmlStrlen(UnsafeRawPointer(message).assumingMemoryBound(to: xmlChar.self)))
        var bytes = UnsafeRawBufferPointer(start: message, count: length)[...]
        while let last = bytes.last, last == 0x0A || last == 0x0D || last == 0x20 { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}

// MARK: - Baseline for the benchmark

/// libxml2's own HTML parse, without masklint: the baseline `masklint-bench html` reports next to
/// ``HTMLParser``'s throughput. Package access, so that no other file needs to import libxml2.
package enum LibXML2ParseOnlyBaseline {
    /// The libxml2 version loaded at run time, such as `2.9.14`.
    package static var version: String {
        precondition(libxml2IsInitialized)
        guard let text = __xmlParserVersion()?.pointee, let number = Int(String(cString: text)) else { return "unknown" }
        return "\(number / 10_000).\(number / 100 % 100).\(number % 100)"
    }

    /// Parses UTF-8 `bytes` with `htmlReadMemory` (recovering, no network, errors and warnings
    /// off and routed to a handler that drops them), building libxml2's C tree, then frees it with
    /// `xmlFreeDoc`. Returns whether libxml2 produced a document.
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        precondition(libxml2IsInitialized)
        guard let baseAddress = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else { return false }
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue
        let document = baseAddress.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            htmlReadMemory($0, Int32(bytes.count), nil, "UTF-8", Int32(bitPattern: options))
        }
        guard let document else { return false }
        xmlFreeDoc(document)
        return true
    }
}
