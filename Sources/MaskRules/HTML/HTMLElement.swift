/// An element of an ``HTMLDocument``: a cheap value (the document and an index) that compares by
/// identity and answers questions about the element, its attributes and its surroundings.
///
/// Navigation stays inside the element's tree scope, as in the DOM: the top element of a
/// template's contents or of a shadow tree has no ``parentElement``; ``shadowHost`` and
/// ``HTMLNode/host`` cross the boundary explicitly.
public struct HTMLElement: Hashable, Sendable, CustomStringConvertible {
    /// The document the element belongs to.
    public let document: HTMLDocument
    /// The element's node index in the document (see ``HTMLNode/index``).
    public let index: Int

    init(document: HTMLDocument, index: Int) {
        self.document = document
        self.index = index
    }

    private var record: HTMLNodeRecord { document.record(index) }

    /// The element as a node.
    public var node: HTMLNode { HTMLNode(document: document, index: index) }

    /// The local name: lower case for HTML elements, the SVG spelling for SVG elements
    /// (`foreignObject`, `linearGradient`).
    public var localName: String { document.storage.names[Int(record.name)] }

    /// The element's namespace.
    public var namespace: HTMLNamespace { record.namespace }

    /// `true` for elements in the HTML namespace, `false` inside `<svg>` and `<math>`.
    public var isHTMLElement: Bool { record.namespace == .html }

    /// The attributes in source order.
    public var attributes: ArraySlice<HTMLAttribute> {
        let record = record
        return document.storage.attributes[Int(record.payload)..<Int(record.payload + record.attributeCount)]
    }

    /// The value of the attribute named `name`, or `nil`. The name matches ASCII
    /// case-insensitively, on SVG and MathML elements too: in an HTML document Chromium matches
    /// `[viewbox]` against `viewBox` (verified with `querySelectorAll` in Chromium 156).
    public func attribute(_ name: String) -> String? {
        if let value = attribute(lowercasedName: name) { return value }
        // Only a name with an upper-case letter can still match, once lower-cased.
        guard ASCIIBytes.hasUppercase(name) else { return nil }
        return attribute(lowercasedName: ASCIIBytes.lowercased(name))
    }

    /// The value of the attribute named `name`, which is lower case: compared as it is with HTML
    /// elements' names (lower case), lower-cased ones on foreign elements.
    func attribute(lowercasedName name: String) -> String? {
        let record = record
        let count = Int(record.attributeCount)
        guard count > 0 else { return nil }
        let start = Int(record.payload)
        return document.storage.attributes.withUnsafeBufferPointer { all in
            let attributes = UnsafeBufferPointer(rebasing: all[start..<(start + count)])
            if record.namespace == .html {
                // Names of different lengths differ: most comparisons end at the length.
                let length = name.utf8.count
                for attribute in attributes where attribute.name.utf8.count == length && attribute.name == name {
                    return attribute.value
                }
                return nil
            }
            return attributes.first { ASCIIBytes.lowercased($0.name) == name }?.value
        }
    }

    /// Whether the element has an attribute named `name` (matched as by ``attribute(_:)``).
    public func hasAttribute(_ name: String) -> Bool { attribute(name) != nil }

    /// The `id` attribute, or `nil` when absent.
    public var id: String? { attribute("id") }

    /// The classes in the `class` attribute, split on ASCII whitespace.
    public var classNames: [String] {
        guard let value = attribute("class") else { return [] }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
            .map(String.init)
    }

    /// The parent element in the same tree scope, or `nil` at the top of the document, of a
    /// template's contents, or of a shadow tree.
    public var parentElement: HTMLElement? { node.parentElement }

    /// The DOM parent node (an element, the document, template contents or a shadow root).
    public var parentNode: HTMLNode? {
        let record = record
        return record.parent >= 0 ? HTMLNode(document: document, index: Int(record.parent)) : nil
    }

    /// The element children, in order.
    public var children: HTMLChildElementSequence { node.children }

    /// The element and text children, in order.
    public var childNodes: HTMLChildNodeSequence { node.childNodes }

    /// The first element child, or `nil`.
    public var firstElementChild: HTMLElement? { children.first { _ in true } }

    /// The closest preceding sibling that is an element, or `nil`.
    public var previousElementSibling: HTMLElement? {
        var sibling = Int(record.previousSibling)
        while sibling >= 0 {
            let siblingRecord = document.record(sibling)
            if siblingRecord.kind == .element { return HTMLElement(document: document, index: sibling) }
            sibling = Int(siblingRecord.previousSibling)
        }
        return nil
    }

    /// The closest following sibling that is an element, or `nil`.
    public var nextElementSibling: HTMLElement? {
        var sibling = Int(record.nextSibling)
        while sibling >= 0 {
            let siblingRecord = document.record(sibling)
            if siblingRecord.kind == .element { return HTMLElement(document: document, index: sibling) }
            sibling = Int(siblingRecord.nextSibling)
        }
        return nil
    }

    /// The ancestors in the same tree scope, nearest first.
    public var ancestors: HTMLAncestorSequence { HTMLAncestorSequence(start: self) }

    /// The elements under this one in document order, in the same tree scope (a template's
    /// contents and shadow trees are left out).
    public var descendants: HTMLElementSequence { node.descendantElements }

    /// The text of all text nodes under the element in its tree scope, concatenated, as the DOM's
    /// `textContent`: script and style text included, template contents and shadow trees not.
    public var textContent: String { document.textContent(of: index) }

    /// `true` when the element is in the contents of a `<template>`: inert, not rendered until a
    /// script clones it somewhere.
    public var isInTemplateContent: Bool { record.flags.contains(.inTemplateContent) }

    /// `true` when the element is in a shadow tree (it was inside a declarative shadow root).
    public var isInShadowTree: Bool { record.flags.contains(.inShadowTree) }

    /// The root of the element's tree scope: the document, a template's contents or a shadow root.
    public var treeScopeRoot: HTMLNode { node.treeScopeRoot }

    /// The host of the shadow tree the element is in (the nearest one), or `nil` outside shadow trees.
    public var shadowHost: HTMLElement? {
        var scope = HTMLNode(document: document, index: Int(record.scope))
        while scope.kind == .templateContent, let template = scope.host {
            scope = template.treeScopeRoot
        }
        return scope.kind == .shadowRoot ? scope.host : nil
    }

    /// The declarative shadow root this element hosts, or `nil`.
    public var shadowRoot: HTMLNode? { specialChild(of: .shadowRoot) }

    /// For a `<template>` element, its inert contents; `nil` for other elements.
    public var templateContent: HTMLNode? { specialChild(of: .templateContent) }

    private func specialChild(of kind: HTMLNodeKind) -> HTMLNode? {
        var child = Int(record.firstChild)
        while child >= 0 {
            let childRecord = document.record(child)
            if childRecord.kind == kind { return HTMLNode(document: document, index: child) }
            child = Int(childRecord.nextSibling)
        }
        return nil
    }

    /// The form a form-associated element (`<input>`, `<select>`, `<textarea>`, `<button>`,
    /// `<fieldset>`, `<object>`, `<output>`, `<img>`) belongs to, as `element.form` in a browser:
    /// the form its `form` attribute names, else the form that was open when the parser inserted
    /// it (which, for markup like `<table><form><tr><td><input>`, is not an ancestor), else the
    /// nearest ancestor `<form>`. `nil` for other elements and for fields outside any form.
    public var form: HTMLElement? {
        let record = record
        guard record.kind == .element, record.namespace == .html else { return nil }
        let name = localName
        guard Self.formAssociatedNames.contains(name) else { return nil }
        if name != "img", let formID = attribute("form") {
            guard let named = treeScopeRoot.element(withID: formID), named.isHTMLElement, named.localName == "form"
            else { return nil }
            return named
        }
        if record.formOwner >= 0 { return HTMLElement(document: document, index: Int(record.formOwner)) }
        return ancestors.first { $0.isHTMLElement && $0.localName == "form" }
    }

    private static let formAssociatedNames: Set<String> = [
        "button", "fieldset", "input", "object", "output", "select", "textarea", "img",
    ]

    /// Where the start tag's `<` is, or `nil` for an element the parser implied.
    public var sourceLocation: SourceLocation? { document.sourceLocation(of: index) }

    /// `true` when the element has no start tag in the source (an implied `<html>`, `<head>`,
    /// `<body>` or `<tbody>`, or the `<p>` a stray `</p>` creates).
    public var isImplied: Bool { record.flags.contains(.implied) }

    /// The start tag as a selector-like summary, for messages: `input#email.wide[name=email]`. An id,
    /// class or name that could carry a value (see `MarkupIdentifier`) is shown redacted.
    public var description: String {
        var text = localName
        if let id, !id.isEmpty { text += "#" + MarkupIdentifier.shown(id) }
        for className in classNames { text += "." + MarkupIdentifier.shown(className) }
        if let name = attribute("name") { text += "[name=\(MarkupIdentifier.shown(name))]" }
        return text
    }

    /// Whether both refer to the same node of the same document.
    public static func == (lhs: HTMLElement, rhs: HTMLElement) -> Bool {
        lhs.index == rhs.index && lhs.document === rhs.document
    }

    /// Hashes the document identity and the index.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(document))
        hasher.combine(index)
    }
}
