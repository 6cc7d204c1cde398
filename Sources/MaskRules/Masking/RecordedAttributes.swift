/// Which elements and attributes OpenReplay's tracker (18.0.6) sends, whatever their masking level
/// (openreplay.md §1.6, `observer.ts` `sendNodeAttribute` and `isIgnored`; observed in Chromium, §6).
///
/// Levels decide what becomes of text and input values; attributes are a separate channel: an
/// Obscured or Hidden element is still sent with its attributes, so a value in `title`,
/// `aria-label` or `data-*` reaches the recording however the element is masked.
enum RecordedAttributes {
    /// How the tracker sends one attribute.
    enum Transmission: Equatable {
        /// Sent as written, on every element at every level.
        case verbatim
        /// Sent as written, except that privateMode stars it (`alt`, `placeholder`).
        case starredInPrivateMode
        /// Sent only while the element is Plain (`<img src>` and `srcset`, through the image module).
        case whilePlain
        /// Never sent, or sent as an empty string.
        case notSent
    }

    /// Elements the observer never sends, nor anything inside them: `script`, `noscript`, `meta`,
    /// `title`, `base`, and `link` other than stylesheets and links `as` style or font.
    static func isIgnoredElement(_ element: HTMLElement) -> Bool {
        guard element.isHTMLElement else { return false }
        switch element.localName {
        case "script", "noscript", "meta", "title", "base": return true
        case "link":
            let relation = ASCIIBytes.lowercased(element.attribute("rel") ?? "")
            let kinds = relation.split(separator: " ")
            let type = ASCIIBytes.lowercased(element.attribute("as") ?? "")
            return !(kinds.contains("stylesheet") || type == "style" || type == "font")
        default: return false
        }
    }

    /// How the tracker sends the attribute `name` of `element`.
    static func transmission(of name: String, on element: HTMLElement) -> Transmission {
        switch name {
        case "autocomplete", "integrity", "crossorigin": return .notSent
        case "src", "srcset":
            return element.isHTMLElement && element.localName == "img" ? .whilePlain : .notSent
        case "value":
            guard element.isHTMLElement, element.localName == "input" else { return .verbatim }
            let type = FieldValueTracking.domType(of: element) ?? "text"
            return type == "button" || type == "reset" || type == "submit" ? .verbatim : .notSent
        case "href":
            // `<a href>` and other HTML elements send "", `<link href>` is a stylesheet URL, SVG links are URLs.
            return element.isHTMLElement && element.localName != "link" ? .notSent : .verbatim
        case "alt", "placeholder": return .starredInPrivateMode
        default:
            return name.utf8.count > 2 && name.hasPrefix("on") ? .notSent : .verbatim
        }
    }

    /// Whether `element`'s attribute `name` reaches the recording at `level` under `options`.
    static func isSent(_ name: String, on element: HTMLElement, level: MaskingLevel, options: TrackerPrivacyOptions) -> Bool {
        switch transmission(of: name, on: element) {
        case .verbatim: true
        case .starredInPrivateMode: !options.privateMode
        case .whilePlain: level == .plain
        case .notSent: false
        }
    }
}
