import Testing
@testable import MaskRules

/// The levels a session caches always equal what the masking model computes from scratch, whatever
/// the page does between two questions.
@Suite struct MaskingLevelCacheTests {
    /// A page changed at random: elements created, attributes set and removed (masking ones among
    /// them), nodes moved and removed; after every message, every element's cached level is checked
    /// (seeds 1 to 4), or a random quarter of them, so that levels are asked for after several
    /// changes (seeds 5 to 8).
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func cachedLevelsMatchTheModel(seed: UInt64) {
        var random = AuditSessionGenerator(seed: seed)
        let page = PageBuilder()
        var elements: [UInt64] = [0]
        var nextID: UInt64 = 1
        var messages = page.messages
        let tags = ["DIV", "SPAN", "INPUT", "A", "FORM", "LABEL"]
        let attributes = [("data-openreplay-obscured", ""), ("data-openreplay-hidden", ""), ("autocomplete", "cc-number"),
                          ("name", "email"), ("type", "password"), ("class", "x"), ("id", "card")]
        for _ in 0..<400 {
            switch random.next() % 6 {
            case 0, 1:
                messages.append(.createElementNode(id: nextID, parentID: random.pick(elements), index: random.next() % 3,
                                                   tag: random.pick(tags)))
                elements.append(nextID)
                nextID += 1
            case 2:
                let (name, value) = random.pick(attributes)
                messages.append(.setNodeAttribute(id: random.pick(elements), name: name, value: value))
            case 3:
                messages.append(.removeNodeAttribute(id: random.pick(elements), name: random.pick(attributes).0))
            case 4:
                messages.append(.moveNode(id: random.pick(elements), parentID: random.pick(elements), index: 0))
            default:
                if elements.count > 12 { messages.append(.removeNode(id: random.pick(Array(elements.suffix(8))))) }
            }
        }
        let configuration = AuditTestSupport.configuration
        let state = SessionState(name: "s", configuration: configuration)
        var checked = 0
        for message in RebuiltDOMTests.decoded(messages) {
            let changes = state.mayChangeLevels(message, wouldFreeNodes: state.dom.wouldFreeNodes(message))
            try? state.dom.apply(message)
            state.pageApplied(message, mayChangeLevels: changes)
            for id in elements {
                if seed > 4 && random.next() % 4 != 0 { continue }
                guard let element = state.dom.element(withID: id) else { continue }
                #expect(state.level(of: element) == configuration.maskingModel.level(of: element))
                checked += 1
            }
        }
        #expect(checked > (seed > 4 ? 1_000 : 5_000))
    }

    /// Changes above more elements than `MaskingLevelCache.subtreeMarkingLimit`: a masking attribute
    /// set and removed on their container, and the container moved under a hidden element.
    @Test func changesAboveLargeSubtrees() {
        let descendants = MaskingLevelCache.subtreeMarkingLimit * 2
        var messages = PageBuilder().messages
        messages.append(.createElementNode(id: 1, parentID: 0, index: 0, tag: "DIV"))
        messages.append(.createElementNode(id: 2, parentID: 0, index: 1, tag: "SECTION"))
        let tags = ["SPAN", "INPUT", "P", "LABEL"]
        for offset in 0..<descendants {
            // A few levels deep: every fourth element is the parent of the next three.
            let id = UInt64(3 + offset)
            let parent: UInt64 = offset % 4 == 0 ? 1 : UInt64(3 + offset - offset % 4)
            messages.append(.createElementNode(id: id, parentID: parent, index: 0, tag: tags[offset % 4]))
        }
        messages.append(.setNodeAttribute(id: 1, name: "data-openreplay-obscured", value: ""))
        messages.append(.removeNodeAttribute(id: 1, name: "data-openreplay-obscured"))
        messages.append(.setNodeAttribute(id: 2, name: "data-openreplay-hidden", value: ""))
        messages.append(.moveNode(id: 1, parentID: 2, index: 0))
        messages.append(.moveNode(id: 1, parentID: 0, index: 0))
        let configuration = AuditTestSupport.configuration
        let state = SessionState(name: "s", configuration: configuration)
        var masked = 0
        for message in RebuiltDOMTests.decoded(messages) {
            let changes = state.mayChangeLevels(message, wouldFreeNodes: state.dom.wouldFreeNodes(message))
            try? state.dom.apply(message)
            state.pageApplied(message, mayChangeLevels: changes)
            for id in UInt64(1)..<UInt64(3 + descendants) {
                guard let element = state.dom.element(withID: id) else { continue }
                let expected = configuration.maskingModel.level(of: element)
                #expect(state.level(of: element) == expected, "element \(id) after \(message.name)")
                if expected >= .obscured && element.localName != "input" { masked += 1 }
            }
        }
        #expect(masked >= descendants * 3 / 4 * 2, "the container's changes reached its descendants")
    }
}
