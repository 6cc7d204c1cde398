/// `data-openreplay-unmask` where it cannot take effect.
public struct IneffectiveUnmaskCheck: LintCheck {
    public static let description = CheckDescription(
        id: "ineffective-unmask",
        name: "Ineffective Unmask",
        summary: "data-openreplay-unmask cannot take effect here: privateMode is off, or the element still inherits Obscured.",
        rationale: """
            `data-openreplay-unmask` exempts an element from privateMode and does nothing else: \
            without privateMode the tracker never reads it (the generated configuration leaves \
            privateMode off). In privateMode it only helps when every ancestor from `<body>` down also \
            carries it, because the element inherits Obscured from an obscured parent before the \
            attribute is considered; its own `data-openreplay-obscured` or a rule of the rule set \
            masks it as well. A reader of the markup expects the element to be recorded, and it is not.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            #"↓<p data-openreplay-unmask>Order status</p>"#,
            CheckExample(#"<main>↓<p data-openreplay-unmask>Order status</p></main>"#, privateMode: true),
        ],
        nonTriggeringExamples: [
            #"<p>Order status</p>"#,
            CheckExample(
                #"<body data-openreplay-unmask><main data-openreplay-unmask><p data-openreplay-unmask>Order status</p></main></body>"#,
                privateMode: true),
        ])

    public init() {}

    public func findings(in document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        let privateMode = document.trackerOptions.privateMode
        for element in document.document.allElements where OpenReplayAttribute.unmask.isPresent(on: element) {
            let reason: String
            if !privateMode {
                reason = Message.notPrivateMode(profile: document.configuration.profile)
            } else {
                guard let level = document.level(of: element), level > .plain else { continue }
                reason = Self.obscuringReason(for: element, in: document)
            }
            findings.append(finding(
                Message.ineffective(element: element.description, reason: reason),
                at: element.sourceLocation, in: document,
                fix: privateMode ? Message.privateModeFix : Message.noPrivateModeFix))
        }
        return findings
    }

    /// Why an element with `unmask` is still obscured in privateMode, asked of the tracker model:
    /// an obscured parent, its own masking attribute, or a rule of the rule set.
    private static func obscuringReason(for element: HTMLElement, in document: LintDocument) -> String {
        if let parent = element.parentElement, let parentLevel = document.level(of: parent), parentLevel > .plain {
            let blocker = element.ancestors.first {
                !$0.isTopLevelDocumentElement && !OpenReplayAttribute.unmask.isPresent(on: $0)
            } ?? parent
            return Message.ancestorObscured(ancestor: blocker.description)
        }
        let demand = document.model.demand(for: element)
        if let rule = demand.matches.first, demand.level > .plain { return Message.ruleMasks(ruleID: rule.ruleID) }
        return Message.ownAttribute
    }
}

extension IneffectiveUnmaskCheck {
    enum Message {
        static func ineffective(element: String, reason: String) -> String {
            "data-openreplay-unmask on \(element) has no effect: \(reason)"
        }

        static func notPrivateMode(profile: MaskingProfile) -> String {
            "the tracker reads it only in privateMode, which the \(profile) configuration leaves off"
        }

        static func ancestorObscured(ancestor: String) -> String {
            "its ancestor \(ancestor) lacks data-openreplay-unmask, and the element inherits Obscured from it"
        }

        static func ruleMasks(ruleID: String) -> String {
            "rule \(ruleID) of the rule set masks it"
        }

        static let ownAttribute = "its own data-openreplay-obscured or -hidden attribute masks it"

        static let noPrivateModeFix = "remove it (the element is recorded according to the other attributes and the rule set)"
        static let privateModeFix = "add data-openreplay-unmask to every ancestor from <body> down, or remove it"
    }
}
