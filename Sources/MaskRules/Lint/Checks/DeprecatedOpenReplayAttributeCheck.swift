/// `data-openreplay-masked` and `data-openreplay-htmlmasked`: deprecated aliases.
public struct DeprecatedOpenReplayAttributeCheck: LintCheck {
    public static let description = CheckDescription(
        id: "deprecated-openreplay-attribute",
        name: "Deprecated OpenReplay Attribute",
        summary: "The element uses a deprecated alias: data-openreplay-masked or data-openreplay-htmlmasked.",
        rationale: """
            Tracker 4.1 renamed `data-openreplay-masked` to `data-openreplay-obscured` and \
            `data-openreplay-htmlmasked` to `data-openreplay-hidden`. The old names still work but make \
            the tracker log a warning, and `masked` differs in one way: it is the only attribute that \
            also stops click tracking inside the element. Replace it with the current name (and decide \
            whether clicks there should be recorded).
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            #"↓<div data-openreplay-masked><p>Balance</p></div>"#,
            #"↓<section data-openreplay-htmlmasked>Account</section>"#,
        ],
        nonTriggeringExamples: [
            #"<div data-openreplay-obscured><p>Balance</p></div>"#,
            #"<section data-openreplay-hidden>Account</section>"#,
        ])

    public init() {}

    public func findings(in document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for element in document.document.allElements where !element.attributes.isEmpty {
            for attribute in OpenReplayAttribute.allCases where attribute.replacement != nil && attribute.isPresent(on: element) {
                guard let replacement = attribute.replacement else { continue }
                findings.append(finding(
                    Message.deprecated(attribute, replacement: replacement, element: element.description),
                    at: element.sourceLocation, in: document,
                    fix: "rename it to \(replacement.rawValue)"))
            }
        }
        return findings
    }
}

extension DeprecatedOpenReplayAttributeCheck {
    enum Message {
        static func deprecated(_ attribute: OpenReplayAttribute, replacement: OpenReplayAttribute, element: String) -> String {
            let clicks = attribute == .masked ? " (masked also stops click tracking in the element; obscured does not)" : ""
            return "\(attribute.rawValue) on \(element) is a deprecated alias of \(replacement.rawValue)\(clicks)"
        }
    }
}
