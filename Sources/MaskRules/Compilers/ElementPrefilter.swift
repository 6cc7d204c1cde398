/// A cheap necessary condition for an element to match any masking rule: its tag name is one of
/// `tagNames`, or it has one of `attributeNames`.
///
/// It is derived from the selectors and the input-name scope, so it never rejects an element that
/// a rule matches: every selector's subject names a tag (`input[type=email]`), requires an attribute
/// (`[autocomplete~="email" i]`, `#id`, `.class`) or is an `:is()`/`:where()` whose every branch does;
/// input-name rules need a field tag or `contenteditable`. A rule set with a selector whose subject
/// constrains neither (`*`, `:not(.x)`) has no prefilter, and every element is tested.
///
/// The generated `domSanitizer` runs this test before any `matches()` call or regular expression,
/// and returns Plain at once for the great majority of elements (`div`, `span`, `p`, `li` without
/// those attributes). It is applied to HTML elements only: SVG and MathML elements compare attribute
/// names case-sensitively in `hasAttribute`, so they always take the full test.
public struct ElementPrefilter: Hashable, Sendable, Codable {
    /// Lower-case tag names, sorted.
    public let tagNames: [String]
    /// Lower-case attribute names, sorted.
    public let attributeNames: [String]

    /// Creates a prefilter.
    public init(tagNames: Set<String>, attributeNames: Set<String>) {
        self.tagNames = tagNames.sorted()
        self.attributeNames = attributeNames.sorted()
    }

    /// Whether `element` passes: it is not an HTML element, or its tag or one of its attributes is listed.
    public func admits(_ element: some SelectorMatchable) -> Bool {
        guard element.isHTMLElement else { return true }
        if tagNames.contains(element.localName) { return true }
        return attributeNames.contains { element.attributeValue($0) != nil }
    }

    /// The prefilter for these selector lists and, when `includesFields`, the input-name scope; `nil`
    /// when some selector constrains its subject neither by tag nor by attribute.
    static func derive(from lists: [SelectorList], includesFields: Bool) -> ElementPrefilter? {
        var tags: Set<String> = []
        var attributes: Set<String> = []
        for list in lists {
            guard let constraint = SubjectConstraint(list) else { return nil }
            tags.formUnion(constraint.tagNames)
            attributes.formUnion(constraint.attributeNames)
        }
        if includesFields {
            tags.formUnion(InputNameRuleScope.fieldTagNames)
            attributes.insert(InputNameRuleScope.editableAttribute)
        }
        return ElementPrefilter(tagNames: tags, attributeNames: attributes)
    }
}

/// What a selector's subject must have: a tag in `tagNames` or an attribute in `attributeNames`.
private struct SubjectConstraint {
    var tagNames: Set<String> = []
    var attributeNames: Set<String> = []

    /// The union of the constraints of every selector in `list`; `nil` when one has none.
    init?(_ list: SelectorList) {
        for selector in list.selectors {
            guard let constraint = Self.constraint(of: selector.subject) else { return nil }
            tagNames.formUnion(constraint.tagNames)
            attributeNames.formUnion(constraint.attributeNames)
        }
    }

    private init(tagNames: Set<String> = [], attributeNames: Set<String> = []) {
        self.tagNames = tagNames
        self.attributeNames = attributeNames
    }

    /// One conjunct of the compound suffices; the type selector is the cheapest to test, then a
    /// plain attribute, then an `:is()`/`:where()` whose branches are all constrained.
    private static func constraint(of compound: CompoundSelector) -> SubjectConstraint? {
        if case .element(let name) = compound.typeSelector { return SubjectConstraint(tagNames: [name]) }
        for selector in compound.subclassSelectors {
            switch selector {
            case .attribute(let attribute): return SubjectConstraint(attributeNames: [attribute.name])
            case .id: return SubjectConstraint(attributeNames: ["id"])
            case .class: return SubjectConstraint(attributeNames: ["class"])
            case .is, .where, .not: continue
            }
        }
        for selector in compound.subclassSelectors {
            switch selector {
            case .is(let list), .where(let list):
                if let constraint = SubjectConstraint(list) { return constraint }
            case .attribute, .id, .class, .not: continue
            }
        }
        return nil
    }
}
