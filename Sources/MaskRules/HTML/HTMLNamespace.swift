/// The namespace an element belongs to, as the HTML tree builder assigns it.
///
/// Elements inside `<svg>` are SVG elements and elements inside `<math>` are MathML elements until
/// an HTML integration point (such as `<foreignObject>`) switches back to HTML.
public enum HTMLNamespace: UInt8, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The HTML namespace, `http://www.w3.org/1999/xhtml`.
    case html
    /// The SVG namespace, `http://www.w3.org/2000/svg`.
    case svg
    /// The MathML namespace, `http://www.w3.org/1998/Math/MathML`.
    case mathML

    /// The namespace URI, as `Element.namespaceURI` reports it in a browser.
    public var uri: String {
        switch self {
        case .html: "http://www.w3.org/1999/xhtml"
        case .svg: "http://www.w3.org/2000/svg"
        case .mathML: "http://www.w3.org/1998/Math/MathML"
        }
    }

    /// A short human-readable form, for messages and debugging.
    public var description: String {
        switch self {
        case .html: "html"
        case .svg: "svg"
        case .mathML: "mathml"
        }
    }
}
