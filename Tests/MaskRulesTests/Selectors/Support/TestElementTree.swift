@testable import MaskRules

/// A small element tree for selector tests, built from HTML-like markup.
///
/// The markup reader knows just enough HTML to build the trees the tests need:
/// - start tags with attributes (double-quoted, single-quoted, unquoted or bare), end tags, `/>`,
///   the HTML void elements, comments and a doctype (both skipped), and text (skipped);
/// - the character references `&quot;` `&apos;` `&amp;` `&lt;` `&gt;` `&#N;` `&#xH;`, so that values can
///   hold tabs, newlines and quotes;
/// - namespaces as the HTML parser assigns them: `<svg>`, `<math>` and the elements inside them are
///   not HTML elements and keep the case of their tag and attribute names as written
///   (`foreignObject`, `viewBox`), except inside `<foreignObject>`, where elements are HTML again
///   (until the next `<svg>` or `<math>`); HTML tag and attribute names are lowercased.
///
/// Attribute lookup compares names ASCII case-insensitively for every element, as Chromium does in
/// HTML documents (and as `SelectorMatchable` requires).
final class TestElementTree: Sendable {
    struct Attribute: Sendable {
        var name: String
        var value: String
    }

    struct Node: Sendable {
        var localName: String
        var isHTMLElement: Bool
        var attributes: [Attribute]
        var parent: Int?
        var previousSibling: Int?
    }

    let nodes: [Node]
    let isQuirksMode: Bool

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Builds the tree of `markup`; `quirksMode` makes it a quirks-mode document.
    init(_ markup: String, quirksMode: Bool = false) {
        isQuirksMode = quirksMode
        var reader = MarkupReader(Array(markup.unicodeScalars))
        var nodes: [Node] = []
        var openElements: [Int] = []
        var lastChild: [Int?] = [nil]  // per open element, plus the root level

        while let tag = reader.nextTag() {
            switch tag {
            case .end(let name):
                if let position = openElements.lastIndex(where: {
                    CSSCharacters.asciiLowercased(nodes[$0].localName) == CSSCharacters.asciiLowercased(name)
                }) {
                    openElements.removeSubrange(position...)
                    lastChild.removeSubrange((position + 1)...)
                }
            case .start(let rawName, let rawAttributes, let selfClosing):
                let parent = openElements.last
                let parentNode = parent.map { nodes[$0] }
                let lowercasedName = CSSCharacters.asciiLowercased(rawName)
                let isHTML: Bool
                if lowercasedName == "svg" || lowercasedName == "math" {
                    isHTML = false
                } else if let parentNode, !parentNode.isHTMLElement {
                    isHTML = parentNode.localName == "foreignObject"
                } else {
                    isHTML = true
                }
                let node = Node(
                    localName: isHTML ? lowercasedName : rawName,
                    isHTMLElement: isHTML,
                    attributes: rawAttributes.map {
                        Attribute(name: isHTML ? CSSCharacters.asciiLowercased($0.name) : $0.name, value: $0.value)
                    },
                    parent: parent,
                    previousSibling: lastChild[lastChild.count - 1])
                nodes.append(node)
                let index = nodes.count - 1
                lastChild[lastChild.count - 1] = index
                if !selfClosing && !(isHTML && Self.voidElements.contains(lowercasedName)) {
                    openElements.append(index)
                    lastChild.append(nil)
                }
            }
        }
        self.nodes = nodes
    }

    /// Every element, in document order.
    var elements: [TestElement] {
        nodes.indices.map { TestElement(tree: self, index: $0) }
    }

    /// The element whose `id` is `id`.
    func element(id: String) -> TestElement? {
        elements.first { $0.attributeValue("id").map { Array($0.utf8) == Array(id.utf8) } ?? false }
    }

    /// The labels of the elements that `selector` matches, in document order. An element's label is
    /// its `id`, or `localName@index` when it has none.
    func select(_ selector: String) throws -> [String] {
        let list = try SelectorList(parsing: selector)
        return elements.filter { list.matches($0) }.map(\.label)
    }
}

/// An element of a `TestElementTree`.
struct TestElement: SelectorMatchable, Sendable {
    let tree: TestElementTree
    let index: Int

    private var node: TestElementTree.Node { tree.nodes[index] }

    var localName: String { node.localName }
    var isHTMLElement: Bool { node.isHTMLElement }
    var isInQuirksModeDocument: Bool { tree.isQuirksMode }

    func attributeValue(_ name: String) -> String? {
        let wanted = Array(name.utf8).map(ASCIIBytes.lowercased)
        return node.attributes.first { Array($0.name.utf8).map(ASCIIBytes.lowercased) == wanted }?.value
    }

    var parentElement: TestElement? {
        node.parent.map { TestElement(tree: tree, index: $0) }
    }

    var previousElementSibling: TestElement? {
        node.previousSibling.map { TestElement(tree: tree, index: $0) }
    }

    /// The `id`, or `localName@index`.
    var label: String { attributeValue("id") ?? "\(localName)@\(index)" }
}

/// Reads tags out of the test markup.
private struct MarkupReader {
    enum Tag {
        case start(name: String, attributes: [(name: String, value: String)], selfClosing: Bool)
        case end(name: String)
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func starts(with text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        return position + wanted.count <= scalars.count && Array(scalars[position..<position + wanted.count]) == wanted
    }

    private mutating func skip(past text: String) {
        while current != nil && !starts(with: text) { position += 1 }
        position = min(scalars.count, position + text.unicodeScalars.count)
    }

    private mutating func skipWhitespace() {
        while let scalar = current, CSSCharacters.isWhitespace(scalar) { position += 1 }
    }

    private mutating func readName() -> String {
        var name = String.UnicodeScalarView()
        while let scalar = current, !CSSCharacters.isWhitespace(scalar), scalar != ">", scalar != "/", scalar != "=" {
            name.append(scalar)
            position += 1
        }
        return String(name)
    }

    mutating func nextTag() -> Tag? {
        while true {
            while let scalar = current, scalar != "<" { position += 1 }
            guard current != nil else { return nil }
            if starts(with: "<!--") {
                skip(past: "-->")
                continue
            }
            if starts(with: "<!") {
                skip(past: ">")
                continue
            }
            position += 1
            if current == "/" {
                position += 1
                let name = readName()
                skip(past: ">")
                return .end(name: name)
            }
            let name = readName()
            var attributes: [(name: String, value: String)] = []
            while true {
                skipWhitespace()
                guard let scalar = current else { return .start(name: name, attributes: attributes, selfClosing: false) }
                if scalar == ">" {
                    position += 1
                    return .start(name: name, attributes: attributes, selfClosing: false)
                }
                if starts(with: "/>") {
                    position += 2
                    return .start(name: name, attributes: attributes, selfClosing: true)
                }
                if scalar == "/" {
                    position += 1
                    continue
                }
                let attributeName = readName()
                skipWhitespace()
                guard current == "=" else {
                    attributes.append((attributeName, ""))
                    continue
                }
                position += 1
                skipWhitespace()
                attributes.append((attributeName, readValue()))
            }
        }
    }

    private mutating func readValue() -> String {
        var raw = String.UnicodeScalarView()
        if let quote = current, quote == "\"" || quote == "'" {
            position += 1
            while let scalar = current, scalar != quote {
                raw.append(scalar)
                position += 1
            }
            position += 1
        } else {
            while let scalar = current, !CSSCharacters.isWhitespace(scalar), scalar != ">" {
                raw.append(scalar)
                position += 1
            }
        }
        return Self.decodeReferences(String(raw))
    }

    private static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        let named: [String: Unicode.Scalar] = ["quot": "\"", "apos": "'", "amp": "&", "lt": "<", "gt": ">"]
        while index < scalars.count {
            if scalars[index] == "&", let end = scalars[index...].firstIndex(of: ";") {
                let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                var decoded: Unicode.Scalar?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if body.hasPrefix("#") {
                    decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
                } else {
                    decoded = named[body]
                }
                if let decoded {
                    output.append(decoded)
                    index = end + 1
                    continue
                }
            }
            output.append(scalars[index])
            index += 1
        }
        return String(output)
    }
}
