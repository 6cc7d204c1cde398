/// Content behind a shadow-root or iframe boundary whose host is masked: the tracker does not carry
/// the host's level across the boundary.
public struct MaskNotInheritedCheck: LintCheck {
    public static let description = CheckDescription(
        id: "mask-not-inherited",
        name: "Mask Not Inherited",
        summary: "A field in a shadow root, or an iframe, sits under a masked host, but OpenReplay records what is inside from Plain.",
        rationale: """
            The tracker observes each shadow root and each same-origin iframe document as a new root \
            whose level starts at Plain: an obscured or hidden host does not pass its level on \
            (openreplay.md §1.1, confirmed in Chromium). A form whose container carries \
            `data-openreplay-hidden` therefore still records the values typed into fields of a web \
            component inside it, and the text and fields of an iframe inside it. An iframe that carries \
            `data-openreplay-obscured` itself is not captured at all (unless it also has \
            `data-openreplay-capture`); one that is only hidden, or sits inside a masked container, is.

            This check reports every field and editable region of a shadow tree whose host (or a host \
            further out) is masked more than the field is, and every iframe that is masked but still \
            captured. privateMode covers shadow roots and iframes, so nothing is reported under it. Fix \
            it by putting the attribute inside the boundary: on the field or a container in the shadow \
            root, in the framed page, or `data-openreplay-obscured` on the `<iframe>` itself.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            """
            <div data-openreplay-hidden>
              <payment-form>
                <template shadowrootmode="open">
                  ↓<input name="card" autocomplete="off">
                </template>
              </payment-form>
            </div>
            """,
            #"<section data-openreplay-obscured>↓<iframe src="/profile-frame.html"></iframe></section>"#,
            #"↓<iframe src="/support-chat.html" data-openreplay-hidden></iframe>"#,
        ],
        nonTriggeringExamples: [
            """
            <div data-openreplay-hidden>
              <payment-form>
                <template shadowrootmode="open">
                  <input name="card" autocomplete="off" data-openreplay-hidden>
                </template>
              </payment-form>
            </div>
            """,
            #"<iframe src="/profile-frame.html" data-openreplay-obscured></iframe>"#,
            #"<section><iframe src="/help.html"></iframe></section>"#,
            CheckExample(
                """
                <div data-openreplay-hidden><x-field><template shadowrootmode="open"><input name="n"></template></x-field></div>
                """, privateMode: true),
        ])

    public init() {}

    public func findings(in document: LintDocument) -> [Finding] {
        guard !document.trackerOptions.privateMode else { return [] }
        var findings: [Finding] = []
        for field in document.fields where field.element.isInShadowTree {
            guard let protection = field.recording.protection,
                  let host = maskedHost(of: field.element, above: protection, in: document),
                  let hostLevel = document.level(of: host)
            else { continue }
            findings.append(finding(
                Message.shadowField(field: field.element.description, host: host.description, hostLevel: hostLevel, recorded: protection),
                at: field.element.sourceLocation, in: document, category: field.category, ruleID: field.ruleID,
                fix: Message.shadowFix(level: hostLevel)))
        }
        for element in document.document.allElements where element.isHTMLElement && element.localName == "iframe" {
            guard let level = document.level(of: element), level > .plain, FrameCapture.isCaptured(element) else { continue }
            findings.append(finding(
                Message.capturedFrame(frame: element.description, level: level),
                at: element.sourceLocation, in: document, fix: Message.frameFix))
        }
        return findings
    }

    /// The nearest shadow host around `element` (crossing nested shadow trees outwards) whose level
    /// is above `protection`.
    private func maskedHost(of element: HTMLElement, above protection: MaskingLevel, in document: LintDocument) -> HTMLElement? {
        var current = element.shadowHost
        while let host = current {
            if let level = document.level(of: host), level > protection { return host }
            current = host.shadowHost
        }
        return nil
    }
}

extension MaskNotInheritedCheck {
    enum Message {
        static func shadowField(field: String, host: String, hostLevel: MaskingLevel, recorded: MaskingLevel) -> String {
            "\(field) is in the shadow root of \(host), which is \(hostLevel), but OpenReplay records shadow roots from Plain: "
                + "the field is recorded \(recorded)"
        }

        static func shadowFix(level: MaskingLevel) -> String {
            "add \(FieldFix.maskingAttribute(for: level).rawValue) inside the shadow root (on the field or a container in it)"
        }

        static func capturedFrame(frame: String, level: MaskingLevel) -> String {
            "\(frame) is \(level), but OpenReplay still captures its document and records it from Plain"
        }

        static let frameFix = "add data-openreplay-obscured to the <iframe> itself (it is then not captured), or mask the content inside the framed page"
    }
}
