@testable import MaskRules

/// A report with every kind of thing reporters must render: source findings with and without an end,
/// a JSON pointer, an absolute path under the base directory, standard input, a check without a
/// value but with evidence and a fix, a finding in a recording, characters that need escaping, and
/// inputs that could not be examined.
enum ReportFixtures {
    static let key = FingerprintKey(secret: "masklint-snapshot-key")
    static let rawValues = ["alice.smith@example.com", "4111111111111111", "+14155552671", "536-22-8734"]

    static let rules = [
        ReportRule(id: "email.value", name: "Email Value", summary: "Email addresses in free text.",
                   help: "Email addresses in free text.\n\nDetector `email`.", defaultSeverity: .error, category: .email,
                   definition: SourceLocation(file: "<built-in>/rules/email.yaml", line: 233, column: 5)),
        ReportRule(id: "payment.card-number-value", name: "Payment Card Number Value", summary: "Payment card numbers.",
                   help: "Payment card numbers, Luhn-valid.", defaultSeverity: .error, category: .payment),
        ReportRule(id: "unmasked-pii-field", name: "Unmasked PII Field", summary: "A field holding PII would be recorded plain.",
                   help: "Mask the field.", defaultSeverity: .warning),
    ]

    static let report = FindingReport(
        command: "scan",
        ruleSet: RuleSetReference(name: "masklint-default", version: "1.0.0", contentHash: "5835c93901007e00b255ab167e0dfccaa6833d08969fb7540f182ee61206ecd1"),
        rules: rules,
        findings: [
            ReportedFinding(
                Finding(checkID: "email", severity: .error, message: "Email address",
                        location: .source(SourceLocation(file: "logs/app.log", line: 3, column: 17, byteOffset: 120)),
                        category: .email, ruleID: "email.value", value: SensitiveValue(rawValues[0], category: .email)),
                end: SourceLocation(file: "logs/app.log", line: 3, column: 40, byteOffset: 143)),
            ReportedFinding(
                Finding(checkID: "payment-card", severity: .error, message: "Payment card number in percent-encoded text, 100% visible",
                        location: .source(SourceLocation(file: "/repo/requests/body.json", line: 1, column: 30, byteOffset: 29),
                                          jsonPointer: "/card/number"),
                        category: .payment, ruleID: "payment.card-number-value", value: SensitiveValue(rawValues[1], category: .payment)),
                end: SourceLocation(file: "/repo/requests/body.json", line: 1, column: 57, byteOffset: 56)),
            ReportedFinding(
                Finding(checkID: "phone", severity: .error, message: "Phone number",
                        location: .source(SourceLocation(file: nil, line: 1, column: 1, byteOffset: 0)),
                        category: .phone, ruleID: "phone.value", value: SensitiveValue(rawValues[2], category: .phone)),
                end: SourceLocation(file: nil, line: 1, column: 15, byteOffset: 14)),
            ReportedFinding(
                Finding(checkID: "unmasked-pii-field", severity: .warning, message: "Card number field would be recorded plain",
                        location: .source(SourceLocation(file: "pages/checkout.html", line: 42)),
                        category: .payment, ruleID: "payment.cc-number-autocomplete",
                        evidence: ["autocomplete=\"cc-number\"", "label \"Card number\""],
                        fix: "Add data-openreplay-hidden to the input, or a selector rule.")),
            ReportedFinding(
                Finding(checkID: "recorded-text", severity: .note, message: "US Social Security number in recorded text",
                        location: .recording(RecordingLocation(
                            session: "session-7f3a", file: "dom.mobs", channel: "dom-text", messageType: "SetNodeData",
                            messageIndex: 42, timestamp: 1_700_000_000_123, nodePath: "body > div.profile > span", byteOffset: 1024)),
                        category: .ssn, value: SensitiveValue(rawValues[3], category: .ssn))),
        ],
        problems: [
            ReportProblem(location: .source(SourceLocation(file: "logs/missing.log")), message: "cannot read: no such file"),
            ReportProblem(location: .recording(RecordingLocation(session: "session-9c1d", file: "devtools.mob", channel: "network", byteOffset: 77)),
                          message: "the recording ends inside a message; the session is unverified"),
        ],
        inputCount: 5)

    static func options(showValues: Bool = false, color: Bool = false) -> ReportOptions {
        ReportOptions(showValues: showValues, fingerprintKey: key, color: color, baseDirectory: "/repo")
    }
}
