/// Elements in document order over a range of node indices, optionally skipping the template
/// contents and shadow trees nested in it.
public struct HTMLElementSequence: Sequence, Sendable {
    let document: HTMLDocument
    let range: Range<Int>
    let staysInScope: Bool

    /// Iterates the elements.
    public struct Iterator: IteratorProtocol {
        let document: HTMLDocument
        var position: Int
        let end: Int
        let staysInScope: Bool

        /// The next item, or `nil` at the end.
        public mutating func next() -> HTMLElement? {
            while position < end {
                let record = document.storage.nodes[position]
                if staysInScope, record.kind == .templateContent || record.kind == .shadowRoot {
                    position = Int(record.subtreeEnd)
                    continue
                }
                position += 1
                if record.kind == .element { return HTMLElement(document: document, index: position - 1) }
            }
            return nil
        }
    }

    /// An iterator over the sequence.
    public func makeIterator() -> Iterator {
        Iterator(document: document, position: range.lowerBound, end: range.upperBound, staysInScope: staysInScope)
    }
}

/// The element children of a node, in order.
public struct HTMLChildElementSequence: Sequence, Sendable {
    let document: HTMLDocument
    let first: Int

    /// Iterates the children.
    public struct Iterator: IteratorProtocol {
        let document: HTMLDocument
        var position: Int

        /// The next item, or `nil` at the end.
        public mutating func next() -> HTMLElement? {
            while position >= 0 {
                let record = document.storage.nodes[position]
                let current = position
                position = Int(record.nextSibling)
                if record.kind == .element { return HTMLElement(document: document, index: current) }
            }
            return nil
        }
    }

    /// An iterator over the sequence.
    public func makeIterator() -> Iterator { Iterator(document: document, position: first) }
}

/// The element and text children of a node, in order.
public struct HTMLChildNodeSequence: Sequence, Sendable {
    let document: HTMLDocument
    let first: Int

    /// Iterates the children.
    public struct Iterator: IteratorProtocol {
        let document: HTMLDocument
        var position: Int

        /// The next item, or `nil` at the end.
        public mutating func next() -> HTMLNode? {
            while position >= 0 {
                let record = document.storage.nodes[position]
                let current = position
                position = Int(record.nextSibling)
                if record.kind == .element || record.kind == .text { return HTMLNode(document: document, index: current) }
            }
            return nil
        }
    }

    /// An iterator over the sequence.
    public func makeIterator() -> Iterator { Iterator(document: document, position: first) }
}

/// The ancestors of an element in its tree scope, nearest first.
public struct HTMLAncestorSequence: Sequence, Sendable {
    let start: HTMLElement

    /// Iterates the ancestors.
    public struct Iterator: IteratorProtocol {
        var current: HTMLElement?

        /// The next item, or `nil` at the end.
        public mutating func next() -> HTMLElement? {
            current = current?.parentElement
            return current
        }
    }

    /// An iterator over the sequence.
    public func makeIterator() -> Iterator { Iterator(current: start) }
}
