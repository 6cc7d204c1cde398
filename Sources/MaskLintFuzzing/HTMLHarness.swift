import MaskRules

/// The HTML target. An input is a document's bytes, in any encoding.
///
/// The document is parsed with the default options (what `masklint lint` uses), then walked as the
/// lint checks walk it, and every element is matched against selectors of the kinds rules use.
/// Properties: every node is reached exactly once from the document node through its children,
/// template contents and shadow roots, after its parent; a child's parent is the node it was reached
/// from; source locations and diagnostics point inside the input; `element(withID:)` finds an
/// element with that id.
enum HTMLHarness {
    /// Selectors of the kinds rule files use: types, attributes with every operator, combinators,
    /// `:is()`, `:where()` and `:not()`.
    static let selectors: [SelectorList] = [
        "input[type=email]", "[autocomplete~=\"email\" i]", "a[href^=\"mailto:\" i]",
        "form :is(input, textarea, select):not([type=hidden])", "label + input, label ~ textarea",
        "div > p span[class*=card], #name, .secret", "[name$=_ssn i], [lang|=en], [data-private]",
        ":where(svg, math) *, template *",
    ].map { try! SelectorList(parsing: $0) }

    static func check(_ input: [UInt8]) -> String? {
        let document: HTMLDocument
        do {
            document = try HTMLParser().parse(input, file: "fuzz.html")
        } catch {
            return checkLocation(error.location, in: input, what: "the error \(error)")
        }
        for diagnostic in document.diagnostics {
            if let problem = checkLocation(diagnostic.location, in: input, what: "diagnostic \(diagnostic.message)") {
                return problem
            }
        }

        // Every node once, parents before children, through the tree's own links.
        var seen = [Bool](repeating: false, count: document.nodeCount)
        var stack = [document.root]
        seen[0] = true
        var reached = 1
        while let node = stack.popLast() {
            var next: [HTMLNode] = []
            for child in node.childNodes {
                guard child.parentNode == node else {
                    return "node \(child.index) is a child of node \(node.index) but its parent is \(child.parentNode?.index ?? -1)"
                }
                next.append(child)
            }
            if let element = node.element {
                for special in [element.templateContent, element.shadowRoot].compactMap({ $0 }) {
                    guard special.host == element else {
                        return "node \(special.index) hangs under element \(element.index) but its host is \(special.host?.index ?? -1)"
                    }
                    next.append(special)
                }
                _ = element.localName
                _ = element.classNames
                _ = element.form
                _ = element.shadowHost
                for attribute in element.attributes { _ = element.attribute(attribute.name) }
                if let id = element.id, !id.isEmpty {
                    guard let found = element.node.element(withID: id), found.id == id else {
                        return "element(withID: \(String(reflecting: id))) does not find an element with that id"
                    }
                }
                for selector in selectors { _ = selector.matches(element) }
            }
            for child in next {
                guard child.index > node.index, child.index < document.nodeCount else {
                    return "node \(child.index) comes before its parent \(node.index) or past the end"
                }
                guard !seen[child.index] else { return "node \(child.index) is reached twice" }
                seen[child.index] = true
                reached += 1
                stack.append(child)
            }
            if let problem = checkLocation(node.sourceLocation, in: input, what: "node \(node.index)") { return problem }
            _ = node.description
        }
        guard reached == document.nodeCount else {
            return "\(reached) of \(document.nodeCount) nodes are reachable from the document"
        }
        _ = document.root.textContent
        _ = document.body?.textContent
        _ = document.documentTreeElements.reduce(0) { count, _ in count + 1 }
        return nil
    }

    /// A problem when `location` is not a place in `input`.
    private static func checkLocation(_ location: SourceLocation?, in input: [UInt8], what: String) -> String? {
        guard let location else { return nil }
        if let line = location.line, line < 1 { return "\(what) is at line \(line)" }
        if let column = location.column, column < 1 { return "\(what) is at column \(column)" }
        if let offset = location.byteOffset, offset < 0 || offset > input.count {
            return "\(what) is at byte \(offset) of \(input.count)"
        }
        return nil
    }
}
