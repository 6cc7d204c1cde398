/// What the checks of one session share: the rebuilt page, the masking levels and field
/// classifications computed on it (cached until the page changes), and the findings.
///
/// It belongs to one session's task. The rebuild fault and the level cache are read on every message,
/// so their run-time exclusivity checks are off: one task uses them, and no access to them calls out
/// to code that could touch them again.
final class SessionState {
    /// The session's name, as findings show it.
    let name: String
    /// The run's configuration.
    let configuration: AuditConfiguration
    /// The page rebuilt so far.
    let dom: RebuiltDOM
    /// Why the page could no longer be rebuilt, once it cannot.
    @exclusivity(unchecked) var rebuildFault: RebuildFault?
    /// The findings.
    private(set) var collector: FindingCollector
    /// Problems that keep the session from being verified, besides faults: rule patterns that hit
    /// their limits on this session's fields.
    private(set) var verificationProblems: [String] = []

    /// The value the message being inspected records plain for a form field, with the field's
    /// assessment, shared by the checks that judge such values (see `willInspect(_:)`).
    private(set) var plainFieldValue: PlainFieldValue?
    /// The contexts (file and tab) of the messages whose stamps wait for a scan or a finding, in the
    /// order they were first met; `MessageStamp.contextIndex` points here.
    private(set) var contexts: [MessageContext] = []
    /// The context `contextIndex(of:)` last looked up, and its index.
    private var lastContext: (context: MessageContext, index: Int)?

    /// The masking levels computed so far.
    @exclusivity(unchecked) private var levelCache = MaskingLevelCache()
    private var labelIndex: (generation: UInt64, index: FieldClassifier.LabelIndex<RebuiltElement>)?
    private var classifications: [Int32: (generation: UInt64, classification: FieldClassification?)] = [:]

    init(name: String, configuration: AuditConfiguration) {
        self.name = name
        self.configuration = configuration
        let prefilter = configuration.maskingModel.rules.prefilter
        var watched = Set(OpenReplayAttribute.allCases.map(\.rawValue))
        watched.formUnion(prefilter?.attributeNames ?? [])
        self.dom = RebuiltDOM(limits: configuration.rebuildLimits, watchedAttributeNames: watched,
                              watchedTagNames: prefilter.map { Set($0.tagNames) })
        self.collector = FindingCollector(maximum: configuration.maximumFindingsPerSession)
    }

    /// Whether the page reflects the recording: no rebuild limit has been reached.
    var isPageReliable: Bool { rebuildFault == nil }

    // MARK: The page

    /// The element a message's string belongs to: the element itself, or a text node's parent.
    func element(for reference: NodeReference?) -> RebuiltElement? {
        guard let reference, isPageReliable else { return nil }
        return reference.isText ? dom.parentElement(ofTextNodeWithID: reference.id) : dom.element(withID: reference.id)
    }

    /// The CSS path of the element a string belongs to, or `nil` when it is not in the page.
    func nodePath(for reference: NodeReference?) -> String? {
        element(for: reference)?.cssPath
    }

    /// Whether `message` may change masking levels; ask before the page applies it, with what
    /// `dom.wouldFreeNodes(message)` says, and pass the answer to `pageApplied(_:mayChangeLevels:)`.
    /// Whether applying `message` to the page would free nodes (a removal, a new page).
    func wouldFreeNodes(_ message: RecordedMessage) -> Bool {
        dom.wouldFreeNodes(message)
    }

    /// Applies `message` to the rebuilt page and notes what it changed for the cached levels; a fault
    /// stops the rebuilding (`rebuildFault`). A method of the state, so that the page is reached
    /// through the state's own reference, without retaining it for every message.
    func applyToPage(_ message: RecordedMessage, freesNodes: Bool) {
        let mayChangeLevels = mayChangeLevels(message, wouldFreeNodes: freesNodes)
        do {
            try dom.apply(message)
            pageApplied(message, mayChangeLevels: mayChangeLevels)
        } catch {
            rebuildFault = error
        }
    }

    func mayChangeLevels(_ message: RecordedMessage, wouldFreeNodes: Bool) -> Bool {
        configuration.maskingDependencies.mayChangeLevels(message, wouldFreeNodes: wouldFreeNodes)
    }

    /// Stamps what `message` changed in the level cache, after the page applied it. A new element is
    /// always stamped: its slot may have held another element whose level is still cached.
    func pageApplied(_ message: RecordedMessage, mayChangeLevels: Bool) {
        let changedID: UInt64?
        switch message.body {
        case .createElementNode(let id, _, _, _, _), .moveNode(let id, _, _), .setNodeAttribute(let id, _, _),
             .setNodeAttributeURLBased(let id, _, _, _), .removeNodeAttribute(let id, _), .setNodeAttributeDictGlobal(let id, _, _),
             .setNodeAttributeDict(let id, _, _), .setNodeAttributeDictDeprecated(let id, _, _), .createIFrameDocument(_, let id):
            changedID = id
        default:
            // Removals free their nodes (a reused slot is stamped when its new node is created); new
            // pages start empty.
            changedID = nil
        }
        let isCreation = if case .createElementNode = message.body { true } else { false }
        guard mayChangeLevels || isCreation else { return }
        if mayChangeLevels && configuration.maskingDependencies.dependsOnSiblings {
            levelCache.pageChanged()
        }
        if let changedID, let slot = dom.slot(ofNodeWithID: changedID) {
            if mayChangeLevels {
                levelCache.subtreeChanged(slot, nodes: dom.tree.nodes)
            } else {
                levelCache.elementCreated(slot, capacity: dom.slotCapacity)
            }
        }
    }

    /// Works out what the checks share about `message`, once the page applied it and before they
    /// inspect it.
    func willInspect(_ message: RecordedMessage) {
        switch message.body {
        case .setInputValue, .inputChange:
            plainFieldValue = PlainFieldValue(message, in: self)
        default:
            // Nearly every message: no value to assess, and nothing to release when none was kept.
            if plainFieldValue != nil { plainFieldValue = nil }
        }
    }

    /// The level the tracker gives `element` under the expected configuration, computed down its tree
    /// scope and cached until something it depends on changes.
    func level(of element: RebuiltElement) -> MaskingLevel {
        levelCache.level(of: element, model: configuration.maskingModel)
    }

    /// The level of a text node whose parent element is `parent`.
    func textLevel(parent: RebuiltElement) -> MaskingLevel {
        configuration.maskingModel.textLevel(parent: parent, parentLevel: level(of: parent))
    }

    /// What PII the field classifier believes `element` holds, or `nil` when it is not a form field;
    /// cached until the page changes.
    func classification(of element: RebuiltElement) -> FieldClassification? {
        let generation = dom.contentGeneration
        if let cached = classifications[element.slot], cached.generation == generation { return cached.classification }
        if labelIndex?.generation != generation {
            labelIndex = (generation, FieldClassifier.LabelIndex(dom.labelElements))
            classifications.removeAll(keepingCapacity: true)
        }
        let result = configuration.classifier.classify(element, labels: labelIndex!.index)
        for problem in result?.problems ?? [] {
            noteVerificationProblem("a rule pattern could not be evaluated on a field: \(problem)")
        }
        classifications[element.slot] = (generation, result?.classification)
        return result?.classification
    }

    // MARK: Findings

    /// The location of a finding about a message's string.
    func location(of message: RecordedMessage, channel: StringChannel, node: NodeReference?) -> FindingLocation {
        .recording(message.location(session: name, channel: channel, nodePath: nodePath(for: node)))
    }

    /// The location of a finding about a scanned string of a message.
    func location(of message: MessageStamp, channel: StringChannel, node: NodeReference?) -> FindingLocation {
        .recording(message.location(session: name, file: contexts[message.contextIndex].file, channel: channel,
                                    nodePath: nodePath(for: node)))
    }

    /// Where `message`'s context (its file and tab) is in `contexts`, added when it is new. The reader
    /// makes a new context object when the tab or file changes; one with the same file and tab as an
    /// earlier one shares its index, so the list grows with the distinct files and tabs only.
    func contextIndex(of message: RecordedMessage) -> Int {
        let context = message.context
        if let last = lastContext, last.context === context { return last.index }
        let index = contexts.firstIndex { $0.file == context.file && $0.tab == context.tab } ?? {
            contexts.append(context)
            return contexts.count - 1
        }()
        lastContext = (context, index)
        return index
    }

    /// Adds a finding, or counts another occurrence of it (see `FindingCollector`).
    func report(key: String, checkID: String, value: SensitiveValue? = nil, keepLongestValue: Bool = false,
                make: () -> Finding) {
        collector.add(key: key, checkID: checkID, value: value, keepLongestValue: keepLongestValue, make: make)
    }

    /// Records why the session cannot be verified, once per distinct problem.
    func noteVerificationProblem(_ problem: String) {
        if !verificationProblems.contains(problem) && verificationProblems.count < 20 { verificationProblems.append(problem) }
    }
}
