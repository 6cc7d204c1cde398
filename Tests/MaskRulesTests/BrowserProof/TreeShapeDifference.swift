/// How masklint's tree of a document differs from Chromium's, in words, or `nil` when they agree.
///
/// The trees are compared scope by scope: first the tag sequence (local names in document order,
/// what a reader notices first), then the nesting (each element's parent), then the attributes.
enum TreeShapeDifference {
    static func describe(masklint: ProofTree, chromium: ProofTree) -> [String]? {
        guard masklint != chromium else { return nil }
        var lines: [String] = []
        if masklint.isQuirksMode != chromium.isQuirksMode {
            lines.append("quirks mode: Chromium \(chromium.isQuirksMode), masklint \(masklint.isQuirksMode)")
        }
        let masklintKinds = masklint.scopes.map(\.kind.rawValue)
        let chromiumKinds = chromium.scopes.map(\.kind.rawValue)
        if masklintKinds != chromiumKinds {
            lines.append("tree scopes: Chromium \(chromiumKinds), masklint \(masklintKinds)")
        }
        for (ordinal, pair) in zip(masklint.scopes, chromium.scopes).enumerated() where pair.0 != pair.1 {
            lines.append("scope \(ordinal) (\(pair.0.kind.rawValue)): " + describe(masklint: pair.0, chromium: pair.1))
        }
        return lines
    }

    private static func describe(masklint: ProofScope, chromium: ProofScope) -> String {
        let ours = masklint.elements, theirs = chromium.elements
        let counts = "Chromium \(theirs.count) elements, masklint \(ours.count)"
        if let index = firstDifference(ours.map(\.localName), theirs.map(\.localName)) {
            return "tag sequence differs at element \(index): Chromium \(shown(theirs, index)), masklint \(shown(ours, index)) (\(counts))"
        }
        if let index = firstDifference(ours.map(\.parent), theirs.map(\.parent)) {
            return "same tags, nesting differs at element \(index) \(ours[index].startTag): its parent is "
                + "\(parentName(theirs, index)) for Chromium and \(parentName(ours, index)) for masklint"
        }
        let index = firstDifference(ours.map(\.attributes), theirs.map(\.attributes)) ?? 0
        let attribute = firstDifference(ours[index].attributes, theirs[index].attributes) ?? 0
        return "same elements, attributes differ at element \(index) <\(ours[index].localName)>: Chromium "
            + "\(shown(theirs[index].attributes, attribute)), masklint \(shown(ours[index].attributes, attribute))"
    }

    private static func shown(_ attributes: [[String]], _ index: Int) -> String {
        guard index < attributes.count, attributes[index].count == 2 else { return "(no attribute)" }
        return "\(attributes[index][0])=\(attributes[index][1].debugDescription)"
    }

    private static func firstDifference<T: Equatable>(_ first: [T], _ second: [T]) -> Int? {
        if let index = zip(first, second).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            return index
        }
        return first.count == second.count ? nil : min(first.count, second.count)
    }

    private static func shown(_ elements: [ProofElement], _ index: Int) -> String {
        guard index < elements.count else { return "(no more elements)" }
        return elements[index].startTag + " in " + parentName(elements, index)
    }

    private static func parentName(_ elements: [ProofElement], _ index: Int) -> String {
        let parent = elements[index].parent
        return parent >= 0 ? "<\(elements[parent].localName)>#\(parent)" : "the scope root"
    }
}
