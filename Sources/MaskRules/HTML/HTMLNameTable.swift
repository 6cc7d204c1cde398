/// Names the tree builder treats specially. They are interned first, so their raw values are
/// their IDs in every ``HTMLNameTable``.
enum HTMLKnownName: Int32, CaseIterable {
    case html, head, body, frameset, template, form, table, tbody, thead, tfoot, tr, td, th, caption, colgroup, col
    case p, br, li, dd, dt, button, select, option, optgroup, input, keygen, textarea, hr, a, nobr
    case h1, h2, h3, h4, h5, h6, rb, rp, rt, rtc, image, img, pre, listing
    case svg, math, foreignObject, desc, title, mi, mo, mn, ms, mtext, annotationXML, mglyph, malignmark
    case font, shadowrootmode, shadowrootdelegatesfocus, encoding, color, face, size

    /// The name as the parser reports it (lower case).
    var string: String {
        switch self {
        case .foreignObject: "foreignobject"
        case .annotationXML: "annotation-xml"
        default: String(describing: self)
        }
    }
}

/// Interned element and attribute names, with what the tree builder needs to know about each.
///
/// Interning gives each distinct name one `String` shared by every element and attribute that
/// uses it, and lets the tree builder compare names as integers.
struct HTMLNameTable {
    /// What the tree builder needs to know about a name (as an HTML element).
    struct Traits: OptionSet {
        let rawValue: UInt16
        /// An HTML start tag that ends SVG or MathML content (`<div>`, `<p>`, `<table>`, …).
        static let breaksOutOfForeignContent = Traits(rawValue: 1 << 0)
        /// An element that may host a shadow root (`<div>`, `<span>`, custom elements, …).
        static let validShadowHost = Traits(rawValue: 1 << 1)
        /// A void element: it never has children (`<input>`, `<img>`, `<source>`, `<wbr>`).
        static let void = Traits(rawValue: 1 << 2)
        /// A start tag that closes an open `<p>` in button scope (`<div>`, `<section>`, `<ul>`, …;
        /// `<table>` and `<form>` are decided separately).
        static let closesParagraph = Traits(rawValue: 1 << 3)
        /// An element of the HTML standard's *special* category, which stops the search for an
        /// open `<li>`, `<dd>` or `<dt>` to close.
        static let special = Traits(rawValue: 1 << 4)
        /// An element that ends the "in scope" search (`<html>`, `<table>`, `<td>`, `<template>`, …).
        static let scopeBoundary = Traits(rawValue: 1 << 5)
        /// A form-associated element that the parser associates with the open `<form>`.
        static let formAssociated = Traits(rawValue: 1 << 6)
        /// An element popped by "generate implied end tags" (`<p>`, `<li>`, `<option>`, …).
        static let impliedEndTag = Traits(rawValue: 1 << 7)
    }

    private(set) var names: [String] = []
    private(set) var traits: [Traits] = []
    /// For each name, the ID of its SVG element form (itself when no adjustment applies).
    private(set) var svgElementName: [Int32] = []
    /// For each name, the ID of its SVG attribute form.
    private(set) var svgAttributeName: [Int32] = []
    /// For each name, the ID of its MathML attribute form.
    private(set) var mathMLAttributeName: [Int32] = []
    private var ids: [String: Int32] = [:]

    init() {
        for known in HTMLKnownName.allCases {
            let id = register(known.string)
            precondition(id == known.rawValue, "known names must be interned first, in order")
        }
        for known in HTMLKnownName.allCases { adjust(known.rawValue) }
    }

    /// The ID of `name`, interning it on first use.
    mutating func intern(_ name: String) -> Int32 {
        if let id = ids[name] { return id }
        let id = register(name)
        adjust(id)
        return id
    }

    private mutating func register(_ name: String) -> Int32 {
        let id = Int32(names.count)
        ids[name] = id
        names.append(name)
        traits.append(Self.traits(of: name))
        svgElementName.append(id)
        svgAttributeName.append(id)
        mathMLAttributeName.append(id)
        return id
    }

    private mutating func adjust(_ id: Int32) {
        let name = names[Int(id)]
        if let adjusted = HTMLForeignNameAdjustments.svgElementNames[name] { svgElementName[Int(id)] = intern(adjusted) }
        if let adjusted = HTMLForeignNameAdjustments.svgAttributeNames[name] { svgAttributeName[Int(id)] = intern(adjusted) }
        if let adjusted = HTMLForeignNameAdjustments.mathMLAttributeNames[name] {
            mathMLAttributeName[Int(id)] = intern(adjusted)
        }
    }

    /// The name with this ID.
    subscript(id: Int32) -> String { names[Int(id)] }

    private static let breakoutNames: Set<String> = [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta",
        "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table",
        "tt", "u", "ul", "var",
    ]

    private static let shadowHostNames: Set<String> = [
        "article", "aside", "blockquote", "body", "div", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "main", "nav", "p", "section", "span",
    ]

    private static let reservedCustomElementNames: Set<String> = [
        "annotation-xml", "color-profile", "font-face", "font-face-src", "font-face-uri",
        "font-face-format", "font-face-name", "missing-glyph",
    ]

    private static let voidNames: Set<String> = [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr",
    ]

    private static let paragraphClosingNames: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p",
        "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing",
        "plaintext", "xmp", "hr", "li", "dd", "dt",
    ]

    private static let specialNames: Set<String> = [
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body",
        "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt",
        "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li",
        "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript",
        "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source",
        "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title",
        "tr", "track", "ul", "wbr", "xmp",
    ]

    private static let scopeBoundaryNames: Set<String> = [
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
    ]

    private static let formAssociatedNames: Set<String> = [
        "button", "fieldset", "input", "object", "output", "select", "textarea", "img",
    ]

    private static let impliedEndTagNames: Set<String> = [
        "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc",
    ]

    private static func traits(of name: String) -> Traits {
        var traits: Traits = []
        if breakoutNames.contains(name) { traits.insert(.breaksOutOfForeignContent) }
        if shadowHostNames.contains(name) || isValidCustomElementName(name) { traits.insert(.validShadowHost) }
        if voidNames.contains(name) { traits.insert(.void) }
        if paragraphClosingNames.contains(name) { traits.insert(.closesParagraph) }
        if specialNames.contains(name) { traits.insert(.special) }
        if scopeBoundaryNames.contains(name) { traits.insert(.scopeBoundary) }
        if formAssociatedNames.contains(name) { traits.insert(.formAssociated) }
        if impliedEndTagNames.contains(name) { traits.insert(.impliedEndTag) }
        return traits
    }

    /// A valid custom element name, as far as a lower-cased name from libxml2 can tell: it starts
    /// with an ASCII lower-case letter, contains a hyphen and is not one of the reserved names.
    private static func isValidCustomElementName(_ name: String) -> Bool {
        guard let first = name.utf8.first, first >= 0x61, first <= 0x7A, name.utf8.contains(0x2D) else { return false }
        return !reservedCustomElementNames.contains(name)
    }
}
