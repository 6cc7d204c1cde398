/// Pairs the elements of two trees of the same document whose selector-visible context is equal.
///
/// Whether an element matches a selector of masklint's subset depends only on the element's own
/// name, namespace and attributes, on those of its ancestors and preceding siblings within its
/// tree scope, and on the document's quirks mode. An element's *context* is exactly that: its
/// label, its parent's context and its previous sibling's context. Contexts are interned into
/// integers shared by both trees, so two elements (one per tree) with the same integer must match
/// the same selectors. When the trees agree, every element pairs with the element at the same
/// index; where they differ (a misnested tag, a moved input), only the elements whose context
/// changed are left out.
struct ElementContexts {
    private struct Label: Hashable {
        let localName: String
        let namespaceURI: String
        let attributes: [[String]]
    }

    private struct Key: Hashable {
        let label: Label
        let parent: Int
        let previous: Int
    }

    private var ids: [Key: Int] = [:]

    private mutating func intern(_ key: Key) -> Int {
        if let id = ids[key] { return id }
        let id = ids.count
        ids[key] = id
        return id
    }

    /// The context of each element of `scope`, whose scope is the `ordinal`-th of its kind.
    ///
    /// Matching never looks outside a tree scope, so scopes are identified by kind and ordinal,
    /// not by their hosts.
    mutating func contexts(of scope: ProofScope, ordinal: Int) -> [Int] {
        let scopeContext = intern(
            Key(label: Label(localName: "#" + scope.kind.rawValue, namespaceURI: "", attributes: []), parent: -2,
                previous: ordinal))
        var contexts: [Int] = []
        contexts.reserveCapacity(scope.elements.count)
        var lastChild: [Int: Int] = [:]
        for element in scope.elements {
            let parentContext = element.parent >= 0 ? contexts[element.parent] : scopeContext
            let previous = lastChild[element.parent] ?? -1
            let context = intern(
                Key(label: Label(localName: element.localName, namespaceURI: element.namespaceURI,
                                 attributes: element.attributes),
                    parent: parentContext, previous: previous))
            contexts.append(context)
            lastChild[element.parent] = context
        }
        return contexts
    }

    /// Pairs of indices `(first, second)` of elements with the same context, in `first`'s order.
    static func pairs(_ first: [Int], _ second: [Int]) -> [(Int, Int)] {
        var positions: [Int: Int] = [:]
        for (index, context) in second.enumerated() { positions[context] = index }
        return first.enumerated().compactMap { index, context in positions[context].map { (index, $0) } }
    }
}
