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

    /// The names of the attributes the list reads, as written in it: `[name]` and `[type=email]`
    /// give `name` and `type`, `#x` gives `id`, `.x` gives `class`; selectors inside `:is()`,
    /// `:where()` and `:not()` count.
    var readAttributeNames: Set<String> {
        var names: Set<String> = []
        forEachSelector { selector in
            for compound in [selector.first] + selector.steps.map(\.compound) {
                for simple in compound.subclassSelectors {
                    switch simple {
                    case .id: names.insert("id")
                    case .class: names.insert("class")
                    case .attribute(let attribute): names.insert(attribute.name)
                    case .is, .where, .not: continue
                    }
                }
            }
        }
        return names
    }

    /// Whether a selector of the list, or one inside its `:is()`, `:where()` or `:not()`, relates
    /// siblings (`+`, `~`): then a new or removed element can change which elements it matches.
    var hasSiblingCombinator: Bool {
        var found = false
        forEachSelector { selector in
            if selector.steps.contains(where: { $0.combinator == .nextSibling || $0.combinator == .subsequentSibling }) {
                found = true
            }
        }
        return found
    }

    /// Calls `body` with every complex selector of the list and of the lists nested in its
    /// `:is()`, `:where()` and `:not()`, at any depth.
    private func forEachSelector(_ body: (ComplexSelector) -> Void) {
        var lists = [self]
        while let list = lists.popLast() {
            for selector in list.selectors {
                body(selector)
                for compound in [selector.first] + selector.steps.map(\.compound) {
                    for simple in compound.subclassSelectors {
                        switch simple {
                        case .is(let inner), .where(let inner), .not(let inner): lists.append(inner)
                        case .id, .class, .attribute: continue
                        }
                    }
                }
            }
        }
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
