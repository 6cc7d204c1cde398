/// The relation between two compound selectors of a complex selector.
public enum Combinator: String, CaseIterable, Hashable, Sendable {
    /// Whitespace: the left compound matches an ancestor.
    case descendant = " "
    /// `>`: the left compound matches the parent.
    case child = ">"
    /// `+`: the left compound matches the immediately preceding element sibling.
    case nextSibling = "+"
    /// `~`: the left compound matches some preceding element sibling.
    case subsequentSibling = "~"
}
