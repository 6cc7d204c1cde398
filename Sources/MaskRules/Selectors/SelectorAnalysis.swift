/// What can be known about a selector without an element: which tag names its matches can have.
///
/// The compiler and the linter use this for fast paths and indexing: a rule whose selector can only
/// match `<input>` and `<textarea>` need only be tried on those elements.
///
/// The answer is always safe: when it is a set, every element the selector matches has a local name
/// whose ASCII lower case is in the set (for SVG elements, compare `localName` lowercased:
/// `foreignObject` is in the set as `foreignobject`). It may be larger than necessary (`:not()` is not
/// looked into), never smaller. An empty set means the selector can never match (`input:is(textarea)`).
extension SelectorList {
    /// The lowercased tag names the subjects of this list can have, or `nil` when any tag is possible.
    ///
    /// `input[type=email]` gives `["input"]`, `:is(input, textarea)[name]` gives `["input", "textarea"]`,
    /// `input, [name=x]` gives `nil`.
    public var subjectTagNames: Set<String>? {
        var union: Set<String> = []
        for selector in selectors {
            guard let names = selector.subjectTagNames else { return nil }
            union.formUnion(names)
        }
        return union
    }
}

extension ComplexSelector {
    /// The lowercased tag names the subject of this selector can have, or `nil` when any tag is possible.
    public var subjectTagNames: Set<String>? {
        subject.tagNames
    }
}

extension CompoundSelector {
    /// The lowercased tag names an element matching this compound can have, or `nil` for any: the
    /// intersection of what the type selector and each `:is()`/`:where()` allow.
    public var tagNames: Set<String>? {
        var result: Set<String>?
        func constrain(_ names: Set<String>) {
            result = result.map { $0.intersection(names) } ?? names
        }
        if case .element(let name) = typeSelector { constrain([name]) }
        for selector in subclassSelectors {
            switch selector {
            case .is(let list), .where(let list):
                if let names = list.subjectTagNames { constrain(names) }
            case .id, .class, .attribute, .not:
                continue
            }
        }
        return result
    }
}
