import Testing
@testable import MaskRules

/// Helpers shared by the HTML tests.
enum HTMLTestSupport {
    /// Parses `text` given as UTF-8 bytes (so `<meta charset>` and byte order marks count).
    static func parse(bytes text: String, options: HTMLParseOptions = HTMLParseOptions()) throws -> HTMLDocument {
        try HTMLParser(options: options).parse(Array(text.utf8))
    }

    /// The first element named `name` (document order, all tree scopes).
    static func first(_ name: String, in document: HTMLDocument) -> HTMLElement? {
        document.allElements.first { $0.localName == name }
    }

    /// The first element whose attribute `name` has `value`, in all tree scopes.
    static func element(_ attribute: String, _ value: String, in document: HTMLDocument) -> HTMLElement? {
        document.allElements.first { $0.attribute(attribute) == value }
    }

    /// `(line, column)` of an element's start tag.
    static func position(_ element: HTMLElement?) -> [Int]? {
        guard let location = element?.sourceLocation, let line = location.line, let column = location.column else {
            return nil
        }
        return [line, column]
    }

    /// The body's children serialised as Chromium's `outerHTML` does (comments are not kept,
    /// template contents are serialised inside their template, shadow roots are not serialised).
    static func bodyHTML(_ document: HTMLDocument) -> String {
        var html = ""
        for child in document.body?.childNodes ?? HTMLNode(document: document, index: 0).childNodes {
            serialize(child, parentName: "body", into: &html)
        }
        return html
    }

    /// A node serialised as Chromium's `outerHTML`.
    static func serialize(_ node: HTMLNode, parentName: String?, into html: inout String) {
        switch node.kind {
        case .text:
            let text = node.text ?? ""
            html += rawTextElements.contains(parentName ?? "") ? text : escape(text, inAttribute: false)
        case .element:
            let element = node.element!
            html += "<" + element.localName
            for attribute in element.attributes {
                html += " \(attribute.name)=\"\(escape(attribute.value, inAttribute: true))\""
            }
            html += ">"
            if element.isHTMLElement, voidElements.contains(element.localName) { return }
            for child in element.templateContent?.childNodes ?? element.childNodes {
                serialize(child, parentName: element.localName, into: &html)
            }
            html += "</" + element.localName + ">"
        case .document, .templateContent, .shadowRoot:
            for child in node.childNodes { serialize(child, parentName: nil, into: &html) }
        }
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "param",
    ]

    private static let rawTextElements: Set<String> = [
        "style", "script", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript",
    ]

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "\u{A0}": escaped += "&nbsp;"
            case "\"" where inAttribute: escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
