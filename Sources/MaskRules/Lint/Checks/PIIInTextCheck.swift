/// PII in page text that OpenReplay would record as written.
public struct PIIInTextCheck: LintCheck {
    public static let description = CheckDescription(
        id: "pii-in-text",
        name: "PII in Text",
        summary: "Page text holds PII that OpenReplay would record as written, including what the tracker's own email option misses.",
        rationale: """
            Rendered pages and component snapshots often carry real-looking data: "Signed in as \
            alice@example.com", a saved card, a phone number in an address block. OpenReplay sends text \
            as written unless its element is obscured or hidden. Its own text options help little: \
            `obscureTextEmails` (on by default) masks a text node only when the node is nothing but an \
            email address with a two- or three-letter top-level domain, so an address inside a sentence, \
            or at `.info` or `.email`, is sent as is; `obscureTextNumbers` (on in the strict profile) \
            writes digits as `0`, which destroys card, phone and Social Security numbers but not email \
            addresses. This check applies the rule set's detectors to the text as the tracker would send \
            it, after those options, and reports each value with a redacted preview.

            The text of `<title>` is reported too: the tracker sends it as the page title in every \
            configuration except privateMode. Text in `script`, `style`, `noscript` and `<template>` \
            contents is not checked. Fix a finding with `data-openreplay-obscured` on the text's element \
            or a container, or keep the value out of the page.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            "<p>Signed in as ↓alice@example.com</p>",
            "<p>↓alice@example.info</p>",
            "<address>Call us on ↓+1 415 555 0132</address>",
            "<title>Orders of ↓alice@example.com</title>",
            CheckExample("<p>Signed in as ↓alice7@example.com</p>", profile: .strict),
        ],
        nonTriggeringExamples: [
            "<p>alice@example.com</p>",
            "<p data-openreplay-obscured>Signed in as alice@example.com</p>",
            "<div data-openreplay-hidden><p>Signed in as alice@example.com</p></div>",
            "<p>Total 1,299.00 EUR, order 1234567812345678, delivered 2024-05-17</p>",
            #"<script>const user = "alice@example.com"</script>"#,
            CheckExample("<p>Card 4111 1111 1111 1111 on file</p>", profile: .strict),
            CheckExample("<p>Signed in as alice@example.com</p>", privateMode: true),
        ])

    public init() {}

    public func findings(in document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        let html = document.document
        let model = document.model
        for index in 1..<html.nodeCount {
            guard let node = html.node(at: index), node.kind == .text, let data = node.text, PIIDetectors.mayHoldValue(data),
                  let parent = node.parentNode?.element, let parentLevel = document.level(of: parent)
            else { continue }
            let isTitle = parent.isHTMLElement && parent.localName == "title" && !parent.isInShadowTree
            let recorded: String
            if isTitle {
                guard !document.trackerOptions.privateMode else { continue }
                recorded = data
            } else {
                guard document.isSent(parent), parent.localName != "style" || !parent.isHTMLElement,
                      model.textLevel(parent: parent, parentLevel: parentLevel) == .plain,
                      let text = model.recordedText(data, level: .plain)
                else { continue }
                recorded = text
            }
            let start = node.sourceLocation ?? SourceLocation(file: html.file)
            let aligned = recorded.utf8.count == data.utf8.count
            for pii in document.detectPII(in: recorded) {
                let location = aligned ? TextPosition.location(of: pii.utf8Range.lowerBound, in: data, start: start) : start
                let email = pii.category == .email && document.trackerOptions.obscureTextEmails
                let message = isTitle
                    ? Message.piiInTitle(pii: pii)
                    : Message.piiInText(pii: pii, element: parent.description, emailOptionMisses: email)
                let fix = isTitle ? Message.titleFix : Message.fix(element: parent.description, level: pii.level)
                findings.append(finding(
                    message, at: location, in: document, category: pii.category, ruleID: pii.ruleID, value: pii.value, fix: fix))
            }
        }
        return findings
    }
}

extension PIIInTextCheck {
    enum Message {
        static func piiInText(pii: DetectedPII, element: String, emailOptionMisses: Bool) -> String {
            let note = emailOptionMisses
                ? " (obscureTextEmails masks only a text node that is nothing but an address with a 2–3 letter top-level domain)"
                : ""
            return "text in \(element) holds \(pii.category.article) that OpenReplay would record as written\(note)"
        }

        static func piiInTitle(pii: DetectedPII) -> String {
            "the page title holds \(pii.category.article), which OpenReplay sends with every page view whatever the masking"
        }

        static func fix(element: String, level: MaskingLevel) -> String {
            "add \(FieldFix.maskingAttribute(for: level).rawValue) to \(element) or a container, or keep the value out of the page"
        }

        static let titleFix = "keep the value out of <title>, or strip it with the tracker's urls.titleSanitizer"
    }
}
