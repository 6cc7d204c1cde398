/// CSS paths of rebuilt elements, the `nodePath` of findings about DOM content.
extension RebuiltElement {
    /// The most segments a path shows; longer paths start with `… > `.
    static let maximumPathSegments = 32

    /// A CSS path that selects the element in the rebuilt page, such as
    /// `#checkout > fieldset:nth-of-type(2) > input`.
    ///
    /// The path climbs from the element to the nearest ancestor with a plain identifier as its `id`
    /// (written `tag#id`; the path starts there) or to the top of the tree scope. Elements are written
    /// as their tag, with `:nth-of-type(n)` when siblings share the tag. Inside a shadow root or an
    /// iframe's document the path continues with its host's path and `>>>`.
    ///
    /// Only ids made of letters, digits, `-` and `_`, without four digits in a row, are shown, so a
    /// path does not carry a value that an application put into an id (a user's email address or a
    /// customer number).
    public var cssPath: String {
        var scopes: [String] = []
        var current: Int32? = slot
        while let start = current {
            let (path, root) = pathInScope(from: start)
            scopes.append(path)
            let host = root >= 0 ? dom.nodes[Int(root)].host : -1
            current = host >= 0 && dom.nodes[Int(host)].kind == .element ? host : nil
            if scopes.count > 8 { break }
        }
        return scopes.reversed().joined(separator: " >>> ")
    }

    /// The path inside one tree scope, and the slot of the scope's root (-1 when detached).
    private func pathInScope(from start: Int32) -> (String, Int32) {
        var segments: [String] = []
        var current = start
        while true {
            let node = dom.nodes[Int(current)]
            if let id = node.attributes.first(where: { $0.name == "id" })?.value, Self.isShowableID(id) {
                segments.append(node.localName + "#" + id)
                return (Self.join(segments), scopeRoot(of: current))
            }
            segments.append(node.localName + nthOfType(current))
            let parent = node.parent
            if parent < 0 { return (Self.join(segments), -1) }
            if dom.nodes[Int(parent)].kind != .element { return (Self.join(segments), parent) }
            if segments.count >= Self.maximumPathSegments {
                return ("… > " + Self.join(segments), scopeRoot(of: parent))
            }
            current = parent
        }
    }

    private func scopeRoot(of slot: Int32) -> Int32 {
        var current = slot
        while true {
            let parent = dom.nodes[Int(current)].parent
            if parent < 0 { return dom.nodes[Int(current)].kind.isRoot ? current : -1 }
            current = parent
        }
    }

    private static func join(_ segments: [String]) -> String { segments.reversed().joined(separator: " > ") }

    /// `:nth-of-type(n)` when another sibling element has the same tag, else nothing.
    private func nthOfType(_ slot: Int32) -> String {
        let name = dom.nodes[Int(slot)].localName
        var position = 1
        var shared = false
        var sibling = dom.nodes[Int(slot)].previousSibling
        while sibling >= 0 {
            let node = dom.nodes[Int(sibling)]
            if node.kind == .element && node.localName == name { position += 1 }
            sibling = node.previousSibling
        }
        if position > 1 { shared = true }
        sibling = dom.nodes[Int(slot)].nextSibling
        while !shared && sibling >= 0 {
            let node = dom.nodes[Int(sibling)]
            if node.kind == .element && node.localName == name { shared = true }
            sibling = node.nextSibling
        }
        return shared ? ":nth-of-type(\(position))" : ""
    }

    /// Whether an id can be shown in a path: a plain identifier as findings quote them
    /// (`MarkupIdentifier.isPlain`: no `@`, no white space, no four digits in a row) that is also a
    /// CSS identifier that needs no escape (ASCII letters, digits, `-` and `_`, starting with a letter)
    /// of at most 64 bytes.
    static func isShowableID(_ id: String) -> Bool {
        guard MarkupIdentifier.isPlain(id) else { return false }
        let bytes = id.utf8
        guard let first = bytes.first, bytes.count <= 64, ASCII.isLetter(first) else { return false }
        return bytes.allSatisfy { ASCII.isWordByte($0) || $0 == UInt8(ascii: "-") }
    }
}
