/// A selector's specificity, as Selectors Level 4 §17 defines it: the counts of ID selectors, of class,
/// attribute and pseudo-class selectors, and of type selectors.
///
/// `:is()` and `:not()` count as their most specific argument, `:where()` as zero, and `*` as nothing.
/// Ordering compares the three counts in turn. masklint uses specificity in documentation and
/// diagnostics only: the tracker's masking does not depend on it.
public struct Specificity: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The number of ID selectors.
    public var ids: Int
    /// The number of class, attribute and pseudo-class selectors.
    public var classes: Int
    /// The number of type selectors.
    public var types: Int

    /// Creates a specificity from its three counts.
    public init(ids: Int = 0, classes: Int = 0, types: Int = 0) {
        self.ids = ids
        self.classes = classes
        self.types = types
    }

    /// `(0,0,0)`.
    public static let zero = Specificity()

    /// The component-wise sum.
    public static func + (lhs: Specificity, rhs: Specificity) -> Specificity {
        Specificity(ids: lhs.ids + rhs.ids, classes: lhs.classes + rhs.classes, types: lhs.types + rhs.types)
    }

    /// Compares IDs first, then classes, then types.
    public static func < (lhs: Specificity, rhs: Specificity) -> Bool {
        (lhs.ids, lhs.classes, lhs.types) < (rhs.ids, rhs.classes, rhs.types)
    }

    /// `(a,b,c)`, the usual notation.
    public var description: String { "(\(ids),\(classes),\(types))" }
}

extension SelectorList {
    /// The highest specificity among the list's selectors: what `:is()` and `:not()` of this list count as.
    public var maximumSpecificity: Specificity {
        selectors.map(\.specificity).max() ?? .zero
    }
}

extension ComplexSelector {
    /// The sum of the specificities of its compound selectors.
    public var specificity: Specificity {
        steps.reduce(first.specificity) { $0 + $1.compound.specificity }
    }
}

extension CompoundSelector {
    /// The sum of the specificities of its simple selectors.
    public var specificity: Specificity {
        var total = Specificity.zero
        if case .element = typeSelector { total.types += 1 }
        for selector in subclassSelectors { total = total + selector.specificity }
        return total
    }
}

extension SimpleSelector {
    /// This simple selector's specificity.
    public var specificity: Specificity {
        switch self {
        case .id: Specificity(ids: 1)
        case .class, .attribute: Specificity(classes: 1)
        case .is(let list), .not(let list): list.maximumSpecificity
        case .where: .zero
        }
    }
}
