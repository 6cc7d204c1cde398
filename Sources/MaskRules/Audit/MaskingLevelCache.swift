/// The masking levels of a rebuilt page's elements, computed once and kept until something they
/// depend on changes.
///
/// Every change that may alter levels (see `MaskingDependencies`) advances `clock` and stamps the
/// element it touches. A cached level is valid when it was computed after every stamp on the element
/// and its ancestors, which one walk up the tree tells; while the clock stands still, every level
/// computed or found valid at its time is valid without a walk. A new element changes no other
/// element's level (selectors see ancestors, and siblings only through `+` and `~`): its slot is
/// only marked as never computed, because it may have held another element whose level is still
/// here, and the clock stands still. When selectors relate siblings, a change stamps the whole page
/// instead.
///
/// A value, so that a lookup is one access to the session's state rather than one per array read.
struct MaskingLevelCache {
    private var clock: UInt64 = 1
    private var pageChangedAt: UInt64 = 1
    private var changedAt: [UInt64] = []
    private var computedAt: [UInt64] = []
    private var levels: [MaskingLevel] = []
    /// Scratch space for `level(of:model:)` and `subtreeChanged(_:nodes:)`.
    private var chain: [Int32] = []
    /// Scratch space for `subtreeChanged(_:nodes:)`.
    private var marking: [Int32] = []

    /// Notes a change of the element in `slot`.
    mutating func elementChanged(_ slot: Int32, capacity: Int) {
        clock &+= 1
        grow(to: capacity)
        changedAt[Int(slot)] = clock
    }

    /// The most nodes a change marks one by one (`subtreeChanged`); a larger subtree advances the clock.
    static let subtreeMarkingLimit = 64

    /// Notes a change of the element in `slot` that may alter its level and its descendants' levels
    /// (a move, a masking attribute): the subtree's levels are marked as never computed when it is
    /// small, so that every other cached level stays valid without a walk; a larger subtree stamps the
    /// element and advances the clock (`elementChanged`).
    mutating func subtreeChanged(_ slot: Int32, nodes: [RebuiltNode]) {
        grow(to: nodes.count)
        // The scratch arrays are moved out and back, so that they are not copied when changed.
        var subtree: [Int32] = []
        var stack: [Int32] = []
        swap(&subtree, &marking)
        swap(&stack, &chain)
        defer {
            swap(&subtree, &marking)
            swap(&stack, &chain)
        }
        subtree.removeAll(keepingCapacity: true)
        stack.removeAll(keepingCapacity: true)
        stack.append(slot)
        let small = nodes.withUnsafeBufferPointer { nodes in
            while let current = stack.popLast() {
                subtree.append(current)
                if subtree.count > Self.subtreeMarkingLimit { return false }
                var child = nodes[Int(current)].firstChild
                while child >= 0 {
                    stack.append(child)
                    child = nodes[Int(child)].nextSibling
                }
            }
            return true
        }
        guard small else {
            elementChanged(slot, capacity: nodes.count)
            return
        }
        for node in subtree { computedAt[Int(node)] = 0 }
    }

    /// Notes a new element in `slot`: its level is computed when first asked for; no other level changes.
    mutating func elementCreated(_ slot: Int32, capacity: Int) {
        grow(to: capacity)
        computedAt[Int(slot)] = 0
    }

    /// Notes a change that may alter any level of the page.
    mutating func pageChanged() {
        clock &+= 1
        pageChangedAt = clock
    }

    /// The level `model` gives `element`, from the cache where it is valid.
    mutating func level(of element: RebuiltElement, model: MaskingModel) -> MaskingLevel {
        grow(to: element.dom.slotCapacity)
        // Nothing changed since the level was computed or last found valid: no walk needed.
        if computedAt[Int(element.slot)] == clock { return levels[Int(element.slot)] }
        // The element and its ancestor elements in the tree scope, nearest first, as slots.
        chain.removeAll(keepingCapacity: true)
        element.dom.tree.nodes.withUnsafeBufferPointer { nodes in
            var slot = element.slot
            while slot >= 0, nodes[Int(slot)].kind == .element {
                chain.append(slot)
                slot = nodes[Int(slot)].parent
            }
        }
        let pageChangedAt = pageChangedAt
        let clock = clock
        let ancestors = chain
        return changedAt.withUnsafeBufferPointer { changedAt in
            computedAt.withUnsafeMutableBufferPointer { computedAt in
                levels.withUnsafeMutableBufferPointer { levels in
                    var newestChange = pageChangedAt
                    var parentLevel = MaskingLevel.plain
                    for slot in ancestors.reversed() {
                        let index = Int(slot)
                        newestChange = max(newestChange, changedAt[index])
                        if computedAt[index] >= newestChange {
                            parentLevel = levels[index]
                            // Valid now: as if computed now, which lets the next lookup skip the walk.
                            computedAt[index] = clock
                            continue
                        }
                        // An element with no `data-openreplay-*` attribute, which the rule set's prefilter
                        // turns away, takes its parent's level (`MaskingModel.level(of:parentLevel:)` steps
                        // 3 to 5).
                        let candidate = RebuiltElement(dom: element.dom, slot: slot)
                        if candidate.isWatched || model.options.privateMode || candidate.isTopLevelDocumentElement {
                            parentLevel = model.level(of: candidate, parentLevel: parentLevel)
                        }
                        levels[index] = parentLevel
                        computedAt[index] = clock
                    }
                    return parentLevel
                }
            }
        }
    }

    private mutating func grow(to capacity: Int) {
        guard levels.count < capacity else { return }
        let extra = capacity - levels.count + 1024
        levels += Array(repeating: .plain, count: extra)
        computedAt += Array(repeating: 0, count: extra)
        changedAt += Array(repeating: 0, count: extra)
    }
}
