/// What the masking levels of a rebuilt page depend on, under one rule set: the attributes that any
/// selector or input-name rule reads (with `type`, `contenteditable` and the `data-openreplay-*`
/// attributes), and whether a selector relates siblings (`+`, `~`).
///
/// Levels are cached until something they depend on changes: a change of another attribute (a class
/// toggled by an animation, a style) leaves them valid, and so does a new element unless a selector
/// relates siblings. Removing or moving nodes, and new pages, always invalidate them.
struct MaskingDependencies: Sendable {
    /// Whether a selector has a sibling combinator, so that adding an element can change the level of
    /// another.
    let dependsOnSiblings: Bool
    /// The UTF-8 of the lower-case names of the attributes that can change a level, by length, for
    /// comparing recorded names without making strings.
    private let namesByLength: [Int: [[UInt8]]]

    init(_ rules: CompiledMaskingRules) {
        var names = Set(rules.fieldAttributes.map(RebuiltDOM.asciiLowercased))
        names.formUnion(OpenReplayAttribute.allCases.map(\.rawValue))
        names.formUnion(["type", InputNameRuleScope.editableAttribute])
        let lists = rules.selectorRules.map(\.selector) + rules.selectorGroups.map(\.selector)
        for list in lists { names.formUnion(list.readAttributeNames) }
        dependsOnSiblings = lists.contains { $0.hasSiblingCombinator }
        namesByLength = Dictionary(grouping: names.map { Array($0.utf8) }, by: \.count)
    }

    /// Whether applying `message` may change a cached level. Ask before applying it, with what
    /// `RebuiltDOM.wouldFreeNodes(_:)` says about it.
    func mayChangeLevels(_ message: RecordedMessage, wouldFreeNodes: Bool) -> Bool {
        switch message.body {
        case .moveNode, .removeNode, .createDocument, .createIFrameDocument:
            return true
        case .createElementNode, .createTextNode:
            return dependsOnSiblings || wouldFreeNodes
        case .setNodeAttribute(_, let name, _), .setNodeAttributeURLBased(_, let name, _, _), .removeNodeAttribute(_, let name):
            return message.withUTF8(name) { isRelevant($0) }
        case .setNodeAttributeDictGlobal, .setNodeAttributeDict, .setNodeAttributeDictDeprecated:
            guard let name = message.resolvedAttribute?.name else { return false }
            return name.withUTF8 { isRelevant($0) }
        default:
            return wouldFreeNodes
        }
    }

    /// Whether a recorded attribute name is one that can change a level, compared ASCII
    /// case-insensitively.
    private func isRelevant(_ name: UnsafeRawBufferPointer) -> Bool {
        guard let candidates = namesByLength[name.count] else { return false }
        return candidates.contains { candidate in
            zip(candidate, name).allSatisfy { $0 == ASCII.lowercased($1) }
        }
    }
}
