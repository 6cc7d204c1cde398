/// An inline suppression that suppresses nothing: no reason, no check, or an unknown check.
public struct InvalidSuppressionCheck: LintCheck {
    public static let description = CheckDescription(
        id: "invalid-suppression",
        name: "Invalid Suppression",
        summary: "A masklint-disable-next-line comment gives no reason, names no check, or names a check that does not exist.",
        rationale: """
            `<!-- masklint-disable-next-line CHECK-ID: reason -->` silences the named checks on the \
            next line. The reason is required: a reviewer must see why recording that value is \
            acceptable. A suppression without one, or naming an unknown check (often a typo), \
            suppresses nothing and is reported here; findings of this check cannot be suppressed.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            """
            ↓<!-- masklint-disable-next-line pii-in-text -->
            <p>Signed in as alice@example.com</p>
            """,
            """
            ↓<!-- masklint-disable-next-line pii-in-txt: demo account shown in the style guide -->
            <p>Signed in as alice@example.com</p>
            """,
            """
            ↓<!-- masklint-disable-next-line: demo account -->
            <p>Signed in as alice@example.com</p>
            """,
        ],
        nonTriggeringExamples: [
            """
            <!-- masklint-disable-next-line pii-in-text: demo account shown in the style guide -->
            <p>Signed in as alice@example.com</p>
            """,
            "<!-- an ordinary comment -->",
        ])

    public init() {}

    public func findings(in document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for suppression in document.suppressions {
            var problems: [String] = []
            if suppression.checkIDs.isEmpty { problems.append(Message.noCheck) }
            for id in suppression.checkIDs where LintChecks.canonicalIDs[id] == nil {
                let known = LintChecks.descriptions.map(\.id)
                problems.append(Message.unknownCheck(id, suggestion: EditDistance.nearest(to: id, in: known, limit: 3)))
            }
            if suppression.reason.isEmpty { problems.append(Message.noReason) }
            guard !problems.isEmpty else { continue }
            findings.append(finding(
                Message.invalid(problems), at: suppression.location, in: document, fix: Message.fix))
        }
        return findings
    }
}

extension InvalidSuppressionCheck {
    enum Message {
        static func invalid(_ problems: [String]) -> String {
            "this suppression suppresses nothing: \(problems.joined(separator: "; "))"
        }

        static let noCheck = "it names no check"
        static let noReason = "it gives no reason"

        static func unknownCheck(_ id: String, suggestion: String?) -> String {
            "there is no check \(id)" + (suggestion.map { " (did you mean \($0)?)" } ?? "")
        }

        static let fix = "write <!-- masklint-disable-next-line CHECK-ID: why recording this is acceptable -->"
    }
}
