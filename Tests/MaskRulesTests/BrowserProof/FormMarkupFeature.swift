import Foundation
@testable import MaskRules

/// Markup that real forms contain and where parsers are most likely to disagree, each with a check
/// that a document contains it (from its source and masklint's tree of it).
enum FormMarkupFeature: String, CaseIterable, Sendable {
    case impliedTbody = "implied <tbody>"
    case impliedHTMLHeadBody = "implied <html>, <head> and <body>"
    case paragraphClosedImplicitly = "<p> closed without </p>"
    case paragraphInFormattingElement = "<p> inside <b>"
    case misnestedFormattingElements = "misnested formatting tags (<b><i></b></i>)"
    case nestedForm = "<form> inside <form>"
    case formInTable = "<form> directly in a table"
    case inputsInTableCells = "inputs in table cells"
    case optionEndTagOmitted = "<option> without </option>"
    case selectClosedByInput = "<input> inside <select>"
    case selfClosingNonVoidElement = "<div/>"
    case templateContent = "<template> contents"
    case openShadowRoot = "declarative open shadow root"
    case closedShadowRoot = "declarative closed shadow root"
    case svg = "SVG"
    case htmlInForeignObject = "HTML inside <foreignObject>"
    case mathML = "MathML"
    case customElement = "custom elements"
    case uppercaseMarkup = "upper-case tags and attributes"
    case nonASCII = "non-ASCII text and attribute values"
    case quirksMode = "quirks mode"
    case limitedQuirksMode = "limited-quirks mode"
    case noQuirksMode = "no-quirks mode"

    /// The features `document` (whose source is `html`) contains.
    static func features(of html: String, document: HTMLDocument) -> Set<FormMarkupFeature> {
        let source = html.lowercased()
        let all = Array(document.allElements)
        func count(_ pattern: String, in text: String = source) -> Int {
            (try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]))?
                .numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) ?? 0
        }
        func elements(_ name: String) -> [HTMLElement] { all.filter { $0.isHTMLElement && $0.localName == name } }

        var features: Set<FormMarkupFeature> = []
        func add(_ feature: FormMarkupFeature, if condition: Bool) { if condition { features.insert(feature) } }
        add(.impliedTbody, if: elements("tbody").contains { $0.isImplied })
        add(.impliedHTMLHeadBody, if: ["html", "head", "body"].allSatisfy { name in elements(name).contains { $0.isImplied } })
        add(.paragraphClosedImplicitly, if: elements("p").count > count("</p\\s*>"))
        add(.paragraphInFormattingElement,
            if: elements("p").contains { ["b", "i", "em", "strong", "font"].contains($0.parentElement?.localName ?? "") })
        add(.misnestedFormattingElements, if: hasMisnestedFormattingTags(source))
        add(.nestedForm, if: count("<form[\\s>]") > elements("form").count)
        add(.formInTable,
            if: elements("form").contains { ["table", "tbody", "thead", "tfoot", "tr"].contains($0.parentElement?.localName ?? "") })
        add(.inputsInTableCells,
            if: elements("input").contains { $0.ancestors.contains { $0.localName == "td" || $0.localName == "th" } })
        add(.optionEndTagOmitted, if: elements("option").count > count("</option\\s*>"))
        add(.selectClosedByInput, if: count("<select[\\s>](?:(?!</select).)*?<input[\\s>]") > 0)
        add(.selfClosingNonVoidElement, if: count("<(div|span|p|label|section)(\\s[^>]*)?/>") > 0)
        add(.templateContent, if: all.contains { $0.isInTemplateContent })
        add(.openShadowRoot, if: all.contains { $0.shadowRoot?.shadowRootMode == .open })
        add(.closedShadowRoot, if: all.contains { $0.shadowRoot?.shadowRootMode == .closed })
        add(.svg, if: all.contains { $0.namespace == .svg })
        add(.htmlInForeignObject,
            if: all.contains { $0.isHTMLElement && $0.ancestors.contains { $0.localName == "foreignObject" } })
        add(.mathML, if: all.contains { $0.namespace == .mathML })
        add(.customElement, if: all.contains { $0.isHTMLElement && $0.localName.contains("-") })
        add(.uppercaseMarkup, if: count("<[A-Z]+[\\s>]", in: html) > 0 && count("\\s[A-Z]+=", in: html) > 0)
        add(.nonASCII,
            if: html.unicodeScalars.contains { !$0.isASCII }
                && all.contains { $0.attributes.contains { $0.value.unicodeScalars.contains { !$0.isASCII } } })
        add(.quirksMode, if: document.quirksMode == .quirks)
        add(.limitedQuirksMode, if: document.quirksMode == .limitedQuirks)
        add(.noQuirksMode, if: document.quirksMode == .noQuirks)
        return features
    }

    /// Whether an end tag of a formatting element closes it while another formatting element opened
    /// inside it is still open, as in `<b><i>x</b>y</i>`.
    private static func hasMisnestedFormattingTags(_ source: String) -> Bool {
        let formatting: Set<Substring> = ["a", "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u"]
        guard let tags = try? NSRegularExpression(pattern: "<(/?)([a-z][a-z0-9]*)") else { return false }
        var open: [Substring] = []
        for match in tags.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
            guard let slash = Range(match.range(at: 1), in: source), let nameRange = Range(match.range(at: 2), in: source) else {
                continue
            }
            let name = source[nameRange]
            guard formatting.contains(name) else { continue }
            if source[slash].isEmpty {
                open.append(name)
            } else if let index = open.lastIndex(of: name) {
                if index != open.count - 1 { return true }
                open.removeLast()
            }
        }
        return false
    }
}
