/// `obscured-text-not-masked`: text inside an element the tracker must obscure or hide was recorded
/// in some other form than the tracker's mask.
///
/// The tracker replaces the text of an obscured node with `*` for every character but white space
/// (before tracker 16.1.0 with `█`, spaces included), and sends no text at all below a hidden
/// element (openreplay.md §1.3, §1.5). Text data (`SetNodeData`) in a node whose level, under the
/// masking model with the rule set and tracker options, is obscured or hidden must therefore match
/// `^[\s*█]*$`. Style text is exempt: the tracker never masks CSS. So is the content of a frame
/// document or shadow root, where the tracker starts again at Plain, unless its host is an
/// `<iframe>` marked `data-openreplay-obscured`, which the tracker does not capture at all.
struct ObscuredTextCheck: SessionCheck {
    static let description = SessionCheckDescription(
        id: "obscured-text-not-masked",
        name: "Obscured Text Not Masked",
        summary: "Text inside an element that must be obscured or hidden was recorded unmasked.",
        rationale: """
            The element (or an ancestor) carries `data-openreplay-obscured` or `-hidden`, or a rule of \
            the rule set masks it, yet its text reached the recording readable. Either the tracker \
            that recorded the session was not configured with the rule set (deploy the configuration \
            `masklint compile` generates), or the text was added in a way the tracker does not mask. \
            Text typed into a `contenteditable` element is sent raw: hide such elements.
            """,
        severity: .error)

    static let inspectedMessageTypes: Set<MessageType> = [.setNodeData]

    mutating func inspect(_ message: RecordedMessage, in session: SessionState) {
        guard case .setNodeData(let id, let data) = message.body, !data.isEmpty, session.isPageReliable,
              let parent = session.dom.parentElement(ofTextNodeWithID: id),
              !(parent.isHTMLElement && (parent.localName == "style" || parent.localName == "script"))
        else { return }
        var level = session.textLevel(parent: parent)
        if level < .obscured && Self.isInUncapturedFrame(parent) { level = .hidden }
        guard level >= .obscured else { return }
        let text = message.text(data)
        guard !Self.isMaskedForm(text) else { return }
        let value = SensitiveValue(text, category: nil)
        let node = NodeReference(id: id, isText: true)
        session.report(key: "\(session.dom.pageCount)|\(id)", checkID: Self.description.id, value: value) {
            Finding(
                checkID: Self.description.id, severity: Self.description.severity,
                message: "Text inside an element the tracker must record \(level.name) was recorded unmasked (SetNodeData).",
                location: session.location(of: message, channel: .domText, node: node), value: value,
                evidence: ["masking level \(level.name) under the rule set and tracker options"],
                fix: "Deploy the tracker configuration `masklint compile` generates, or hide the element.")
        }
    }

    /// Whether `text` is what the tracker sends for obscured text: only white space, `*` and `█`.
    static func isMaskedForm(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar == "*" || scalar == "\u{2588}" || (scalar.value <= 0xFFFF && MaskingModel.isJavaScriptSpace(UInt16(scalar.value)))
        }
    }

    /// Whether `element` is inside the document of an `<iframe>` marked `data-openreplay-obscured`
    /// without `data-openreplay-capture`: the tracker does not capture such a frame.
    static func isInUncapturedFrame(_ element: RebuiltElement) -> Bool {
        // Without hosted roots every tree scope is the top-level document or a detached subtree.
        guard element.dom.hasHostedRoots else { return false }
        var root = element.scopeRootSlot
        while root >= 0 {
            let kind = element.dom.tree.nodes[Int(root)].kind
            let hostSlot = element.dom.tree.nodes[Int(root)].host
            guard kind.isRoot, hostSlot >= 0 else { return false }
            let host = RebuiltElement(dom: element.dom, slot: hostSlot)
            if kind == .frameDocument && !FrameCapture.isCaptured(host) { return true }
            root = host.scopeRootSlot
        }
        return false
    }
}
