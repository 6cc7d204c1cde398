/// What the masking levels of a rebuilt page depend on, under one rule set: the attributes that any
/// selector or input-name rule reads (with `type`, `contenteditable` and the `data-openreplay-*`
/// attributes), and whether a selector relates siblings (`+`, `~`).
///
/// Levels are cached until something they depend on changes: a change of another attribute (a class
/// toggled by an animation, a style) leaves them valid, and so does a new element unless a selector
/// relates siblings. Removing or moving nodes, and new pages, always invalidate them.
struct MaskingDependencies: Sendable {
    /// Lower-case names of the attributes that can change a level.
    let attributeNames: Set<String>
    /// Whether a selector has a sibling combinator, so that adding an element can change the level of
    /// another.
    let dependsOnSiblings: Bool
    /// The UTF-8 of `attributeNames`, by length, for comparing recorded names without making strings.
    private let namesByLength: [Int: [[UInt8]]]

    init(_ rules: CompiledMaskingRules) {
        var names = Set(rules.fieldAttributes.map(RebuiltDOM.asciiLowercased))
        names.formUnion(OpenReplayAttribute.allCases.map(\.rawValue))
        names.formUnion(["type", InputNameRuleScope.editableAttribute])
        var siblings = false
        var lists = rules.selectorRules.map(\.selector) + rules.selectorGroups.map(\.selector)
        while let list = lists.popLast() {
            for selector in list.selectors {
                let compounds = [selector.first] + selector.steps.map(\.compound)
                if selector.steps.contains(where: { $0.combinator == .nextSibling || $0.combinator == .subsequentSibling }) {
                    siblings = true
                }
                for compound in compounds {
                    for simple in compound.subclassSelectors {
                        switch simple {
                        case .id: names.insert("id")
                        case .class: names.insert("class")
                        case .attribute(let attribute): names.insert(attribute.name)
                        case .is(let inner), .where(let inner), .not(let inner): lists.append(inner)
                        }
                    }
                }
            }
        }
        attributeNames = names
        dependsOnSiblings = siblings
        namesByLength = Dictionary(grouping: names.map { Array($0.utf8) }, by: \.count)
    }

    /// Whether applying `message` to `dom` may change a cached level. Ask before applying it.
    func mayChangeLevels(_ message: RecordedMessage, in dom: RebuiltDOM) -> Bool {
        switch message.body {
        case .moveNode, .removeNode, .createDocument, .createIFrameDocument:
            return true
        case .createElementNode, .createTextNode:
            return dependsOnSiblings || dom.wouldFreeNodes(message)
        case .setNodeAttribute(_, let name, _), .setNodeAttributeURLBased(_, let name, _, _), .removeNodeAttribute(_, let name):
            return message.withUTF8(name) { isRelevant($0) }
        case .setNodeAttributeDictGlobal, .setNodeAttributeDict, .setNodeAttributeDictDeprecated:
            guard let name = message.resolvedAttribute?.name else { return false }
            return name.withUTF8 { isRelevant($0) }
        default:
            return dom.wouldFreeNodes(message)
        }
    }

    /// Whether a recorded attribute name is one of `attributeNames`, compared ASCII case-insensitively.
    private func isRelevant(_ name: UnsafeRawBufferPointer) -> Bool {
        guard let candidates = namesByLength[name.count] else { return false }
        return candidates.contains { candidate in
            zip(candidate, name).allSatisfy { $0 == ASCII.lowercased($1) }
        }
    }
}
