/// The view of an element that field classification needs, on top of selector matching: its text,
/// its neighbours and the elements its label references point to. HTML documents and pages rebuilt
/// from recordings both provide it.
public protocol ClassifiableElement: SelectorMatchable, Hashable {
    /// The concatenated text of the element's descendants, as the DOM's `textContent`.
    var textContent: String { get }
    /// The text of the text nodes directly before the element, after its previous element sibling.
    var precedingSiblingText: String { get }
    /// The element with this `id` in the same tree scope, or `nil`.
    func elementInTreeScope(withID id: String) -> Self?
    /// An identity shared by all elements of one tree scope (a document, a shadow root, template contents).
    var treeScopeKey: Int { get }
}

extension HTMLElement: ClassifiableElement {
    public var precedingSiblingText: String {
        guard let parent = parentNode else { return "" }
        var text = ""
        for child in parent.childNodes {
            if child.index == index { return text }
            if child.kind == .element { text = "" } else if let data = child.text { text += data }
        }
        return text
    }

    public func elementInTreeScope(withID id: String) -> HTMLElement? { treeScopeRoot.element(withID: id) }

    public var treeScopeKey: Int { treeScopeRoot.index }
}
