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

    /// Whether an attribute name starts with `data-openreplay-` (ASCII case-insensitively, as
    /// attribute lookups match): one pass over the attributes instead of a lookup per attribute.
    public var mayHaveOpenReplayAttributes: Bool {
        attributes.contains { attribute in
            attribute.name.utf8.count >= Self.openReplayPrefix.count
                && zip(attribute.name.utf8, Self.openReplayPrefix).allSatisfy { name, prefix in name | 0x20 == prefix | 0x20 }
        }
    }

    private static let openReplayPrefix = Array("data-openreplay-".utf8)
}
