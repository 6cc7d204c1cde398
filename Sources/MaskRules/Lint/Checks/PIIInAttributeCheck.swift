/// PII in an attribute that OpenReplay sends verbatim.
public struct PIIInAttributeCheck: LintCheck {
    public static let description = CheckDescription(
        id: "pii-in-attribute",
        name: "PII in Attribute",
        summary: "An attribute that OpenReplay sends as written (title, aria-label, alt, placeholder, data-*, a button's value, ...) holds PII.",
        rationale: """
            Masking levels act on text and input values, not on attributes: an obscured or hidden \
            element is still sent with all its attributes. `title`, `aria-label`, `data-*`, `id`, \
            `class`, `name`, `<option value>` and the `value` of button, submit and reset inputs reach \
            the recording as written in every configuration; `alt` and `placeholder` are starred only in \
            privateMode; a plain `<img>`'s `src` is sent as a URL. Click events also carry the first \
            `data-*` attribute of the clicked element as its selector. The attributes the tracker never \
            sends are not checked: `value` of other inputs, `href` of links (sent empty), `autocomplete`, \
            `src` of other elements, event handlers, and anything inside `script`, `noscript`, `meta`, \
            `title` and hidden containers.

            The rule set's detectors look for PII in each value (decoding URL and JSON escapes); \
            messages show a redacted preview. An example address in a `placeholder` with a generic \
            local part (`you@example.com`, `name@company.com`) is not reported. The only fix is to keep \
            the value out of the attribute.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            #"↓<span title="alice.smith@example.com">Account</span>"#,
            #"↓<button data-user-email="alice@example.com">Sign out</button>"#,
            #"↓<div data-openreplay-obscured aria-label="Card 4111 1111 1111 1111">Saved card</div>"#,
            #"↓<input type="submit" value="Pay as alice@example.com">"#,
            #"<select name="contact">↓<option value="+1 415 555 0132">Home</option></select>"#,
        ],
        nonTriggeringExamples: [
            #"<input type="email" name="email" placeholder="you@example.com">"#,
            #"<a href="mailto:alice@example.com">Write to us</a>"#,
            #"<input type="email" name="email" value="alice@example.com">"#,
            #"<div data-openreplay-hidden><span title="alice@example.com">Account</span></div>"#,
            #"<script data-user="alice@example.com"></script>"#,
            #"<div style="width: 1200px; margin: 0 auto" data-count="1024">Cart</div>"#,
        ])

    public init() {}

    public func findings(in document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        let options = document.trackerOptions
        for element in document.document.allElements {
            let attributes = element.attributes
            guard !attributes.isEmpty else { continue }
            let level: MaskingLevel
            if let known = document.level(of: element) {
                guard document.isSent(element) else { continue }
                level = known
            } else {
                // `<template>` contents: whatever level they get once inserted, attributes are sent.
                guard !RecordedAttributes.isIgnoredElement(element) else { continue }
                level = .plain
            }
            for attribute in attributes where PIIDetectors.mayHoldValue(attribute.value) {
                guard RecordedAttributes.isSent(attribute.name, on: element, level: level, options: options) else { continue }
                var seen: Set<SensitiveValue> = []
                for pii in document.detectPII(in: attribute.value) where seen.insert(pii.value).inserted {
                    if attribute.name == "placeholder" && IllustrativeValues.isIllustrative(pii) { continue }
                    findings.append(finding(
                        Message.piiInAttribute(attribute: attribute.name, element: element.description, pii: pii),
                        at: element.sourceLocation, in: document, category: pii.category, ruleID: pii.ruleID, value: pii.value,
                        fix: Message.fix(attribute: attribute.name)))
                }
            }
        }
        return findings
    }
}

extension PIIInAttributeCheck {
    enum Message {
        static func piiInAttribute(attribute: String, element: String, pii: DetectedPII) -> String {
            "`\(attribute)` of \(element) holds \(pii.category.article), and \(channel(of: attribute))"
        }

        static func channel(of attribute: String) -> String {
            switch attribute {
            case "alt", "placeholder": "OpenReplay sends \(attribute) as written outside privateMode, whatever the element's level"
            case "value": "OpenReplay sends a button's value as written"
            case "src", "srcset": "OpenReplay sends the image URL while the image is plain"
            default:
                attribute.hasPrefix("data-")
                    ? "OpenReplay sends data-* attributes as written, even on obscured and hidden elements, and uses the first one as the selector of clicks"
                    : "OpenReplay sends \(attribute) as written, even on obscured and hidden elements"
            }
        }

        static func fix(attribute: String) -> String {
            "keep the value out of `\(attribute)`; data-openreplay-* attributes do not mask attributes"
        }
    }
}
