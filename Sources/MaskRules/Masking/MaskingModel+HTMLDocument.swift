/// Levels for a whole parsed HTML file at once.
extension MaskingModel {
    /// The level of every element of `document` that the tracker records, computed top-down in one
    /// pass: the document tree and its shadow trees, each shadow tree starting at Plain. Elements in
    /// `<template>` contents are inert and left out.
    public func levels(in document: HTMLDocument) -> [HTMLElement: MaskingLevel] {
        var levels: [HTMLElement: MaskingLevel] = [:]
        // Node indices follow document order, so a parent is always computed before its children.
        for element in document.allElements where !element.isInTemplateContent {
            let parentLevel = element.parentElement.flatMap { levels[$0] } ?? .plain
            levels[element] = level(of: element, parentLevel: parentLevel)
        }
        return levels
    }
}
