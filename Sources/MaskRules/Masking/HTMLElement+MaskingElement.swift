/// Elements of parsed HTML files are evaluated by `MaskingModel` through this conformance.
///
/// masklint reads an HTML file as a top-level page: its `<html>` element is the top-level document
/// element. Declarative shadow trees are their own tree scopes (their top elements have no parent
/// element), so they start again at Plain as the tracker's shadow-root observer does. Elements in a
/// `<template>`'s contents are inert and not recorded until a script inserts a copy; callers skip
/// them (`HTMLElement.isInTemplateContent`).
extension HTMLElement: MaskingElement {
    /// `true` for the `<html>` element whose parent is the document node.
    public var isTopLevelDocumentElement: Bool {
        parentNode?.kind == .document && isHTMLElement && localName == "html"
    }

    /// One pass over the attributes, names compared as `attribute(_:)` compares them: as they are on
    /// HTML elements (lower case), folding ASCII letters on foreign ones.
    public var openReplayAttributes: OpenReplayAttributes {
        let caseInsensitive = !isHTMLElement
        var found: OpenReplayAttributes = []
        for attribute in attributes {
            if let known = OpenReplayAttribute(attributeName: attribute.name, caseInsensitive: caseInsensitive) {
                found.insert(OpenReplayAttributes(known))
            }
        }
        return found
    }
}
