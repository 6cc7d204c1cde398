/// A parsed HTML document: an immutable tree of plain Swift values.
///
/// Nodes live in one flat array in document order (the order in which they start in the source);
/// ``HTMLNode`` and ``HTMLElement`` are cheap views made of the document and an index. The tree
/// is the one a browser would build for the common cases where libxml2's HTML 4 parser differs
/// (see ``HTMLParser``): `<template>` contents are inert fragments, declarative shadow roots are
/// attached to their hosts, nested forms are flattened, `<tbody>` is implied.
///
/// Comments, processing instructions and the doctype are not nodes; the doctype is kept in
/// ``doctype`` and decides ``quirksMode``.
public final class HTMLDocument: Sendable {
    let storage: HTMLTreeStorage
    /// The path given to the parser, used in every location, or `nil` for in-memory input.
    public let file: String?
    /// The doctype that opened the document, or `nil` when there was none before the first element.
    public let doctype: HTMLDoctype?
    /// The mode a browser would render the document in, decided by ``doctype``.
    public let quirksMode: HTMLQuirksMode
    /// The encoding the input was decoded from.
    public let encoding: HTMLEncoding
    /// What decided ``encoding``.
    public let encodingSource: HTMLEncodingSource
    /// Markup and encoding problems, in source order.
    public let diagnostics: [HTMLParseDiagnostic]

    private struct ScopedID: Hashable, Sendable {
        var scope: Int32
        var id: String
    }

    /// The first element with each `id`, per tree scope.
    private let elementsByID: [ScopedID: Int32]
    private let documentElementIndex: Int
    private let headIndex: Int
    private let bodyIndex: Int?

    init(
        storage: HTMLTreeStorage, file: String?, doctype: HTMLDoctype?, encoding: HTMLEncoding,
        encodingSource: HTMLEncodingSource, diagnostics: [HTMLParseDiagnostic]
    ) {
        self.storage = storage
        self.file = file
        self.doctype = doctype
        self.quirksMode = HTMLQuirksMode(doctype: doctype)
        self.encoding = encoding
        self.encodingSource = encodingSource
        self.diagnostics = diagnostics

        var identified: [(key: ScopedID, index: Int32)] = []
        for (index, record) in storage.nodes.enumerated() where record.kind == .element && record.attributeCount > 0 {
            let attributes = storage.attributes[Int(record.payload)..<Int(record.payload + record.attributeCount)]
            if let id = attributes.first(where: { $0.name == "id" })?.value, !id.isEmpty {
                identified.append((ScopedID(scope: record.scope, id: id), Int32(index)))
            }
        }
        self.elementsByID = Dictionary(identified, uniquingKeysWith: { first, _ in first })

        func child(of parent: Int, named name: HTMLKnownName) -> Int? {
            var child = Int(storage.nodes[parent].firstChild)
            while child >= 0 {
                let record = storage.nodes[child]
                if record.kind == .element, record.namespace == .html, record.name == name.rawValue { return child }
                child = Int(record.nextSibling)
            }
            return nil
        }
        // The tree builder always creates <html> and <head>, and <body> unless there is a <frameset>.
        let html = child(of: 0, named: .html) ?? 0
        documentElementIndex = html
        headIndex = child(of: html, named: .head) ?? html
        bodyIndex = child(of: html, named: .body)
    }

    /// The document node, root of the document tree.
    public var root: HTMLNode { HTMLNode(document: self, index: 0) }

    /// The `<html>` element.
    public var documentElement: HTMLElement { HTMLElement(document: self, index: documentElementIndex) }

    /// The `<head>` element (implied when the source has none, as in browsers).
    public var head: HTMLElement { HTMLElement(document: self, index: headIndex) }

    /// The `<body>` element (implied when the source has none), or `nil` for a frameset document.
    public var body: HTMLElement? { bodyIndex.map { HTMLElement(document: self, index: $0) } }

    /// The number of nodes, the document node included.
    public var nodeCount: Int { storage.nodes.count }

    /// The node at `index` (0 is the document node), or `nil` when out of range.
    public func node(at index: Int) -> HTMLNode? {
        storage.nodes.indices.contains(index) ? HTMLNode(document: self, index: index) : nil
    }

    /// Every element in source order, including those in `<template>` contents and in shadow
    /// trees (ask ``HTMLElement/isInTemplateContent`` and ``HTMLElement/isInShadowTree``).
    public var allElements: HTMLElementSequence {
        HTMLElementSequence(document: self, range: 1..<storage.nodes.count, staysInScope: false)
    }

    /// The elements of the document tree in document order: what `document.querySelectorAll('*')`
    /// returns, without template contents and shadow trees.
    public var documentTreeElements: HTMLElementSequence {
        HTMLElementSequence(document: self, range: 1..<storage.nodes.count, staysInScope: true)
    }

    /// The first element of the document tree whose `id` is `id`, as `document.getElementById`.
    public func element(withID id: String) -> HTMLElement? {
        element(withID: id, inTreeScope: 0)
    }

    func element(withID id: String, inTreeScope scope: Int32) -> HTMLElement? {
        elementsByID[ScopedID(scope: scope, id: id)].map { HTMLElement(document: self, index: Int($0)) }
    }

    // MARK: Shared helpers for the node views

    func record(_ index: Int) -> HTMLNodeRecord { storage.nodes[index] }

    func sourceLocation(of index: Int) -> SourceLocation? {
        let record = storage.nodes[index]
        guard record.line > 0 else { return nil }
        return SourceLocation(
            file: file, line: Int(record.line), column: Int(record.column), byteOffset: record.inputByteOffset)
    }

    /// The concatenated text of the text nodes under `index` in its tree scope (the DOM's
    /// `textContent`): template contents and shadow trees inside it are left out.
    func textContent(of index: Int) -> String {
        let record = storage.nodes[index]
        if record.kind == .text { return storage.texts[Int(record.payload)] }
        var text = ""
        var position = index + 1
        let end = Int(record.subtreeEnd)
        while position < end {
            let descendant = storage.nodes[position]
            switch descendant.kind {
            case .text:
                text += storage.texts[Int(descendant.payload)]
                position += 1
            case .templateContent, .shadowRoot:
                position = Int(descendant.subtreeEnd)
            case .element, .document:
                position += 1
            }
        }
        return text
    }
}
