/// The last attribute values that selector matching read on one element, so that the next selectors
/// tested on the same element do not look them up again.
///
/// The rule sets test one attribute with many selectors: a joined level group or a rule such as
/// `[autocomplete~="cc-exp" i], [autocomplete~="cc-exp-month" i], …` reads `autocomplete` once per
/// complex selector, and the classifier tests every selector rule on each field. A memo remembers the
/// two most recent names and their values (`nil` when absent); a lookup of another name asks the
/// element and replaces the older entry.
///
/// A memo belongs to one element: create one for it and pass it to every match on that element
/// (`SelectorList.matches(_:memo:)`). Matching uses it for the subject only; the elements that
/// combinators reach are looked up as before. The values are the element's own answers, so matching
/// with a memo gives the same result as matching without one.
struct SelectorAttributeMemo {
    private var newestName: String?
    private var newestValue: String?
    private var olderName: String?
    private var olderValue: String?

    /// An empty memo.
    init() {}

    /// `element.attributeValue(name)`, remembered. `element` must be the memo's element.
    @inline(__always)
    mutating func value(of name: String, on element: some SelectorMatchable) -> String? {
        if let newestName, Self.same(newestName, name) { return newestValue }
        if let olderName, Self.same(olderName, name) { return olderValue }
        let value = element.attributeValue(name)
        olderName = newestName
        olderValue = newestValue
        newestName = name
        newestValue = value
        return value
    }

    /// Names of different lengths differ: most comparisons end at the length, before `==`.
    @inline(__always)
    private static func same(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.count == rhs.utf8.count && lhs == rhs
    }
}
