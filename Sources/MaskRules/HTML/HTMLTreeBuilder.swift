/// Why libxml2 ended an element, as far as the tree builder needs to know.
enum HTMLEndReason: Equatable {
    /// A start tag (the name ID given) implicitly closes the element, as `<p>` closes an open
    /// `<p>`; reported while that start tag is being read.
    case closedByStartTag(Int32)
    /// The start tag ended with `/>`.
    case selfClosingTag
    /// An end tag. `isFormEndTag` is `true` when it is the `</form>` that names this element.
    case endTag(isFormEndTag: Bool)
    /// Anything else: a void element, the end of the input.
    case other
}

/// A limit the tree builder hit; the parse stops there.
enum HTMLTreeBuilderFailure: Equatable {
    case nestingTooDeep(textOffset: Int)
    case tooManyNodes(textOffset: Int)
}

/// Builds the flat Swift tree from libxml2's SAX events, correcting where libxml2 2.9 (an HTML 4
/// parser) builds a different tree from a browser.
///
/// The builder keeps its own stack of open elements next to libxml2's. Each libxml2 start event
/// pushes a *tracked* entry and each end event pops back to the most recent tracked entry, so
/// the two stacks stay in step. Corrections change only the builder's stack: an element libxml2
/// closes but a browser keeps open stays as an *untracked* entry (closed later by its own end
/// tag or with its parent); an element a browser closes but libxml2 keeps open is marked
/// *removed*; a start tag a browser ignores (or a void element) pushes a *transparent* entry.
/// The insertion point is the top-most entry that is neither removed nor transparent.
///
/// The corrections follow the HTML standard's tree construction as Chromium implements it, for
/// the cases listed in `docs/html-tree-differences.md`: template contents, declarative shadow
/// roots, nested and misplaced forms, paragraphs closed by HTML5 blocks, implied table
/// sections, `<select>`, headings, buttons, list items, void and self-closing elements, and
/// SVG/MathML namespaces and names.
///
/// Nodes are appended in document order, so a node's descendants are the contiguous range that
/// follows it.
struct HTMLTreeBuilder {
    private(set) var nodes: [HTMLNodeRecord]
    private(set) var nameTable = HTMLNameTable()
    private var attributes: [HTMLAttribute] = []
    private var texts: [String] = []
    private(set) var doctype: HTMLDoctype?
    private(set) var failure: HTMLTreeBuilderFailure?

    private let maxNestingDepth: Int32
    private let maxNodeCount: Int

    private struct OpenEntry {
        /// The node that receives children while this entry is the insertion point, or -1 when
        /// the entry is transparent (an ignored start tag, a void element).
        var node: Int32
        /// The element the entry stands for, or -1.
        var element: Int32
        /// Whether libxml2 has a matching entry on its own stack.
        var isTracked = true
        /// Closed in the browser's tree although libxml2 still has it open.
        var isRemoved = false
        /// A `<tbody>` or `<tr>` the builder implied.
        var isImpliedTableStructure = false

        var isEffective: Bool { node >= 0 && !isRemoved }

        static func transparent(for element: Int32 = -1) -> OpenEntry { OpenEntry(node: -1, element: element) }
    }

    private var stack: [OpenEntry] = []
    private var pendingAttributes: [(name: Int32, value: String)] = []
    private var pendingText: [UInt8] = []
    private var pendingTextParent: Int32 = -1
    private var pendingTextOffset = -1
    /// The HTML standard's *form element pointer*.
    private var formPointer: Int32 = -1
    private var htmlElement: Int32 = -1
    private var headElement: Int32 = -1
    private var bodyElement: Int32 = -1

    /// Creates a builder; `expectedInputLength` (the text's length in bytes) sizes the node
    /// storage so that it rarely has to grow.
    init(maxNestingDepth: Int, maxNodeCount: Int, expectedInputLength: Int = 0) {
        self.maxNestingDepth = Int32(clamping: maxNestingDepth)
        self.maxNodeCount = maxNodeCount
        nodes = [HTMLNodeRecord(kind: .document)]
        // Typical markup has a node every 20 to 30 bytes and an attribute every 25 to 40.
        let expectedNodes = min(expectedInputLength / 24, maxNodeCount)
        nodes.reserveCapacity(expectedNodes)
        attributes.reserveCapacity(expectedInputLength / 40)
        texts.reserveCapacity(expectedNodes / 2)
    }

    // MARK: Events

    /// Interns a name the parser reported.
    mutating func intern(_ name: String) -> Int32 { nameTable.intern(name) }

    /// Records an attribute of the start tag about to be reported with ``startElement``.
    mutating func addAttribute(name: Int32, value: String) {
        pendingAttributes.append((name, value))
    }

    /// A start tag, or an element libxml2 implied (`isImplied`); its attributes were added first.
    mutating func startElement(name: Int32, textOffset: Int?, isImplied: Bool) {
        defer { pendingAttributes.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        flushText()
        if isImplied, name == HTMLKnownName.p.rawValue {
            // libxml2 wraps text in <html> or <head> in a paragraph; browsers put it in the body.
            stack.append(.transparent())
            return
        }
        if let existing = existingDocumentElement(named: name) {
            stack.append(OpenEntry(node: existing, element: existing))
            return
        }

        var parent = insertionParent()
        var (namespace, breaksOut) = childNamespace(parent: parent, name: name)
        while breaksOut, let index = stack.lastIndex(where: \.isEffective) {
            stack[index].isRemoved = true
            parent = insertionParent()
            (namespace, breaksOut) = childNamespace(parent: parent, name: name)
        }

        var elementName = name
        if namespace == .html {
            if name == HTMLKnownName.form.rawValue, !isImplied, formPointer >= 0, !isInsideTemplate(parent) {
                stack.append(.transparent())
                return
            }
            closeElements(forStartTag: name)
            if name == HTMLKnownName.select.rawValue, let select = indexInSelectScope(of: .select) {
                markRemoved(from: select)
                stack.append(.transparent())
                return
            }
            parent = insertionParent()
            guard let tableParent = prepareTableStructure(forStartTag: name, parent: parent) else { return }
            parent = tableParent
            if name == HTMLKnownName.form.rawValue, isTablePart(parent) {
                let form = appendElement(name: name, namespace: .html, parent: parent, textOffset: textOffset, flags: [])
                guard form >= 0 else { return }
                if !isInsideTemplate(parent) { formPointer = form }
                stack.append(.transparent(for: form))
                return
            }
            if name == HTMLKnownName.template.rawValue {
                startTemplate(parent: parent, textOffset: textOffset, isImplied: isImplied)
                return
            }
            if parent == htmlElement, headElement < 0,
                name == HTMLKnownName.body.rawValue || name == HTMLKnownName.frameset.rawValue
            {
                headElement = appendElement(
                    name: HTMLKnownName.head.rawValue, namespace: .html, parent: parent, textOffset: nil,
                    flags: .implied, withAttributes: false)
                guard headElement >= 0 else { return }
            }
            if name == HTMLKnownName.image.rawValue { elementName = HTMLKnownName.img.rawValue }
        } else if namespace == .svg {
            elementName = nameTable.svgElementName[Int(name)]
        }

        let element = appendElement(
            name: elementName, namespace: namespace, parent: parent, textOffset: textOffset,
            flags: isImplied ? .implied : [])
        guard element >= 0 else { return }
        guard namespace == .html else {
            stack.append(OpenEntry(node: element, element: element))
            return
        }
        switch name {
        case HTMLKnownName.html.rawValue where parent == 0: htmlElement = element
        case HTMLKnownName.head.rawValue where parent == htmlElement: headElement = element
        case HTMLKnownName.body.rawValue where parent == htmlElement: bodyElement = element
        case HTMLKnownName.form.rawValue where !isInsideTemplate(parent): formPointer = element
        default: break
        }
        if nameTable.traits[Int(elementName)].contains(.void) {
            // libxml2 2.9 does not know <source>, <track>, <wbr>, <embed>… as void and would nest
            // what follows inside them.
            stack.append(.transparent(for: element))
        } else {
            stack.append(OpenEntry(node: element, element: element))
        }
    }

    /// libxml2 ended the element on top of its stack.
    mutating func endElement(reason: HTMLEndReason) {
        guard failure == nil else { return }
        flushText()
        guard let index = stack.lastIndex(where: \.isTracked) else { return }
        let entry = stack[index]
        let isElementEntry = entry.node >= 0 && entry.node == entry.element
        switch reason {
        case .closedByStartTag(let startTag) where isElementEntry && !browserCloses(entry.element, forStartTag: startTag):
            stack[index].isTracked = false
            return
        case .selfClosingTag where isElementEntry && isHTMLNonVoidElement(entry.element):
            // Browsers ignore "/>" on HTML elements that are not void: <div/> opens a div.
            stack[index].isTracked = false
            return
        default:
            break
        }
        stack.removeSubrange(index...)
        guard reason == .endTag(isFormEndTag: true) else { return }
        if entry.element >= 0, isInsideTemplate(entry.element) {
            // A form in template contents: the form element pointer is not involved.
        } else if entry.element != formPointer {
            // The end tag closed a <form> start tag that was ignored; browsers close the form
            // the pointer points at.
            closeFormPointer()
        } else {
            formPointer = -1
        }
    }

    /// An end tag that libxml2 dropped because no element of that name was open on its stack.
    mutating func unmatchedEndTag(name: Int32, textOffset: Int?) {
        guard failure == nil else { return }
        flushText()
        if name == HTMLKnownName.form.rawValue {
            if !isInsideTemplate(insertionParent()) { closeFormPointer() }
            return
        }
        let topTracked = stack.lastIndex(where: \.isTracked) ?? -1
        if let index = stack.lastIndex(where: {
            !$0.isTracked && $0.isEffective && $0.node == $0.element && nodes[Int($0.element)].name == name
        }), index > topTracked {
            stack.removeSubrange(index...)
            return
        }
        if name == HTMLKnownName.p.rawValue || name == HTMLKnownName.br.rawValue {
            // A stray </p> makes an empty paragraph and </br> a line break.
            _ = appendElement(
                name: name, namespace: .html, parent: insertionParent(), textOffset: textOffset, flags: .implied,
                withAttributes: false)
        }
    }

    /// Character data (text, or the contents of `<script>` and `<style>`).
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, textOffset: Int) {
        guard failure == nil, !bytes.isEmpty else { return }
        let parent = insertionParent()
        if !pendingText.isEmpty, pendingTextParent != parent { flushText() }
        if pendingText.isEmpty {
            pendingTextParent = parent
            pendingTextOffset = textOffset
        }
        pendingText.append(contentsOf: bytes)
    }

    /// A comment or processing instruction: not kept, but it separates text nodes.
    mutating func markupWithoutNode() {
        guard failure == nil else { return }
        flushText()
    }

    /// The doctype; only one that comes before every element counts, as in browsers.
    mutating func setDoctype(_ doctype: HTMLDoctype) {
        guard self.doctype == nil, nodes.count == 1 else { return }
        self.doctype = doctype
    }

    /// Closes everything, adds the `<html>`, `<head>` and `<body>` a browser always has, and
    /// returns the tree.
    mutating func finish() -> HTMLTreeStorage {
        flushText()
        stack.removeAll()
        if failure == nil {
            if htmlElement < 0 {
                htmlElement = appendElement(
                    name: HTMLKnownName.html.rawValue, namespace: .html, parent: 0, textOffset: nil, flags: .implied,
                    withAttributes: false)
            }
            if htmlElement >= 0, !hasChild(htmlElement, named: .frameset) {
                if headElement < 0 {
                    headElement = appendElement(
                        name: HTMLKnownName.head.rawValue, namespace: .html, parent: htmlElement, textOffset: nil,
                        flags: .implied, withAttributes: false)
                }
                if bodyElement < 0 {
                    bodyElement = appendElement(
                        name: HTMLKnownName.body.rawValue, namespace: .html, parent: htmlElement, textOffset: nil,
                        flags: .implied, withAttributes: false)
                }
            }
        }
        nodes.withUnsafeMutableBufferPointer { nodes in
            for index in nodes.indices.reversed() {
                let lastChild = nodes[index].lastChild
                nodes[index].subtreeEnd = lastChild < 0 ? Int32(index + 1) : nodes[Int(lastChild)].subtreeEnd
            }
        }
        return HTMLTreeStorage(nodes: nodes, names: nameTable.names, attributes: attributes, texts: texts)
    }

    // MARK: Browser rules

    private var isQuirksMode: Bool { HTMLQuirksMode(doctype: doctype) == .quirks }

    /// Whether a browser closes the open `element` when a `startTag` start tag arrives, which
    /// libxml2 did. Browsers close far fewer elements on start tags than libxml2's HTML 4 rules.
    private func browserCloses(_ element: Int32, forStartTag startTag: Int32) -> Bool {
        let record = nodes[Int(element)]
        guard record.namespace == .html else {
            return nameTable.traits[Int(startTag)].contains(.breaksOutOfForeignContent)
        }
        let startTraits = nameTable.traits[Int(startTag)]
        func isStartTag(_ names: HTMLKnownName...) -> Bool { names.contains { $0.rawValue == startTag } }
        switch HTMLKnownName(rawValue: record.name) {
        case .p?:
            if isStartTag(.table) { return !isQuirksMode }
            if isStartTag(.form) { return formPointer < 0 || isInsideTemplate(element) }
            return startTraits.contains(.closesParagraph)
        case .li?: return isStartTag(.li)
        case .dd?, .dt?: return isStartTag(.dd, .dt)
        case .h1?, .h2?, .h3?, .h4?, .h5?, .h6?: return isStartTag(.h1, .h2, .h3, .h4, .h5, .h6)
        case .option?: return isStartTag(.option, .optgroup, .hr, .select, .input, .keygen, .textarea)
        case .optgroup?: return isStartTag(.optgroup, .select, .input, .keygen, .textarea)
        case .select?: return isStartTag(.select, .input, .keygen, .textarea)
        case .td?, .th?: return isStartTag(.td, .th, .tr, .tbody, .thead, .tfoot, .caption, .col, .colgroup)
        case .tr?: return isStartTag(.tr, .tbody, .thead, .tfoot, .caption, .col, .colgroup)
        case .tbody?, .thead?, .tfoot?: return isStartTag(.tbody, .thead, .tfoot, .caption, .col, .colgroup)
        case .caption?: return isStartTag(.caption, .col, .colgroup, .tbody, .thead, .tfoot, .tr, .td, .th)
        case .colgroup?: return !isStartTag(.col)
        case .a?: return isStartTag(.a)
        case .button?: return isStartTag(.button)
        case .nobr?: return isStartTag(.nobr)
        case .rb?, .rp?, .rt?, .rtc?: return isStartTag(.rb, .rp, .rt, .rtc)
        case .head?, .title?, .html?, .body?, .frameset?: return true
        default:
            // Raw text elements cannot contain tags in a browser; libxml2 closing them is harmless.
            return ["script", "style", "textarea", "xmp", "iframe", "noembed", "noframes", "plaintext"]
                .contains(nameTable[record.name])
        }
    }

    /// Closes what a browser closes before inserting a `name` HTML element and libxml2 does not.
    private mutating func closeElements(forStartTag name: Int32) {
        let traits = nameTable.traits[Int(name)]
        func isName(_ candidates: HTMLKnownName...) -> Bool { candidates.contains { $0.rawValue == name } }
        if traits.contains(.closesParagraph) || (isName(.table) && !isQuirksMode) || isName(.form),
            let paragraph = indexInScope(of: .p, buttonScope: true)
        {
            markRemoved(from: paragraph)
        }
        if isName(.h1, .h2, .h3, .h4, .h5, .h6), let top = stack.lastIndex(where: \.isEffective),
            isHTMLElement(stack[top].element, oneOf: [.h1, .h2, .h3, .h4, .h5, .h6])
        {
            markRemoved(from: top)
        }
        if isName(.li) {
            closeListItem(named: [.li])
        } else if isName(.dd, .dt) {
            closeListItem(named: [.dd, .dt])
        }
        if isName(.button), let button = indexInScope(of: .button, buttonScope: false) { markRemoved(from: button) }
        if isName(.a), let link = indexInScope(of: .a, buttonScope: false) { markRemoved(from: link) }
        if isName(.nobr), let nobr = indexInScope(of: .nobr, buttonScope: false) { markRemoved(from: nobr) }
        if isName(.input, .keygen, .textarea), let select = indexInSelectScope(of: .select) { markRemoved(from: select) }
        if isName(.option, .optgroup, .hr) {
            // In a select, these end an open <option>; <optgroup> and <hr> also end an <optgroup>.
            if let top = stack.lastIndex(where: \.isEffective), isHTMLElement(stack[top].element, oneOf: [.option]) {
                stack[top].isRemoved = true
            }
            if !isName(.option), let top = stack.lastIndex(where: \.isEffective),
                isHTMLElement(stack[top].element, oneOf: [.optgroup])
            {
                stack[top].isRemoved = true
            }
        }
        if isName(.rb, .rp, .rt, .rtc) {
            // Ruby annotations end the open ones ("generate implied end tags"; <rtc> survives <rp>/<rt>).
            let closing: [HTMLKnownName] = isName(.rb, .rtc) ? [.rb, .rp, .rt, .rtc] : [.rb, .rp, .rt]
            while let top = stack.lastIndex(where: \.isEffective), isHTMLElement(stack[top].element, oneOf: closing) {
                stack[top].isRemoved = true
            }
        }
    }

    /// The HTML standard's loop for `<li>`, `<dd>` and `<dt>` start tags: close the nearest open
    /// item unless a special element other than `<address>`, `<div>` and `<p>` comes first.
    private mutating func closeListItem(named names: [HTMLKnownName]) {
        for index in stack.indices.reversed() where stack[index].isEffective && stack[index].element >= 0 {
            let element = stack[index].element
            if isHTMLElement(element, oneOf: names) {
                markRemoved(from: index)
                return
            }
            let record = nodes[Int(element)]
            if record.kind != .element || record.namespace != .html { return }
            if nameTable.traits[Int(record.name)].contains(.special), !["address", "div", "p"].contains(nameTable[record.name]) {
                return
            }
        }
    }

    /// Implies `<tbody>` and `<tr>` for rows and cells put directly in a table, and ends implied
    /// ones when a new section starts; returns the parent to use (nil when a limit was hit).
    private mutating func prepareTableStructure(forStartTag name: Int32, parent: Int32) -> Int32? {
        let isRow = name == HTMLKnownName.tr.rawValue
        let isCell = name == HTMLKnownName.td.rawValue || name == HTMLKnownName.th.rawValue
        let isSection = [HTMLKnownName.caption, .colgroup, .col, .tbody, .thead, .tfoot].contains { $0.rawValue == name }
        var parent = parent
        if isRow || isSection {
            while let top = stack.last, top.isImpliedTableStructure, top.isEffective {
                if isRow, isHTMLElement(top.element, oneOf: [.tbody]) { break }
                stack.removeLast()
                parent = insertionParent()
            }
        }
        if (isRow || isCell), isHTMLElement(parent, oneOf: [.table]) {
            parent = appendImpliedTableStructure(.tbody, parent: parent)
            guard parent >= 0 else { return nil }
        }
        if isCell, isHTMLElement(parent, oneOf: [.tbody, .thead, .tfoot]) {
            parent = appendImpliedTableStructure(.tr, parent: parent)
            guard parent >= 0 else { return nil }
        }
        return parent
    }

    private mutating func appendImpliedTableStructure(_ name: HTMLKnownName, parent: Int32) -> Int32 {
        let element = appendElement(
            name: name.rawValue, namespace: .html, parent: parent, textOffset: nil, flags: .implied,
            withAttributes: false)
        if element >= 0 {
            stack.append(OpenEntry(node: element, element: element, isTracked: false, isImpliedTableStructure: true))
        }
        return element
    }

    private mutating func startTemplate(parent: Int32, textOffset: Int?, isImplied: Bool) {
        if let root = attachShadowRoot(host: parent, textOffset: textOffset, isImplied: isImplied) {
            stack.append(OpenEntry(node: root, element: root))
            return
        }
        let template = appendElement(
            name: HTMLKnownName.template.rawValue, namespace: .html, parent: parent, textOffset: textOffset,
            flags: isImplied ? .implied : [])
        guard template >= 0 else { return }
        let content = appendNode(HTMLNodeRecord(kind: .templateContent), parent: template)
        guard content >= 0 else { return }
        stack.append(OpenEntry(node: content, element: template))
    }

    /// Turns a `<template shadowrootmode>` into a shadow root of `host`, when the mode is valid
    /// and `host` may have one (as Chromium: an HTML element that is a valid shadow host and has
    /// no shadow root yet); returns the shadow root node.
    private mutating func attachShadowRoot(host: Int32, textOffset: Int?, isImplied: Bool) -> Int32? {
        guard !isImplied, let modeValue = pendingAttribute(.shadowrootmode),
            let mode = HTMLShadowRootMode(rawValue: modeValue.lowercased())
        else { return nil }
        let hostRecord = nodes[Int(host)]
        guard hostRecord.kind == .element, hostRecord.namespace == .html, host != htmlElement,
            nameTable.traits[Int(hostRecord.name)].contains(.validShadowHost),
            !hostRecord.flags.contains(.hostsShadowRoot)
        else { return nil }
        var record = HTMLNodeRecord(kind: .shadowRoot)
        record.name = HTMLKnownName.template.rawValue
        record.textOffset = textOffset.map { Int32($0) } ?? -1
        if mode == .closed { record.flags.insert(.closedShadowRoot) }
        if pendingAttribute(.shadowrootdelegatesfocus) != nil { record.flags.insert(.delegatesFocus) }
        record.payload = Int32(attributes.count)
        record.attributeCount = Int32(pendingAttributes.count)
        let root = appendNode(record, parent: host)
        guard root >= 0 else { return nil }
        for (name, value) in pendingAttributes { attributes.append(HTMLAttribute(name: nameTable[name], value: value)) }
        nodes[Int(host)].flags.insert(.hostsShadowRoot)
        return root
    }

    /// Browsers' `</form>`: generate implied end tags, then take the form the pointer points at
    /// off the stack (wherever it is), and clear the pointer.
    private mutating func closeFormPointer() {
        defer { formPointer = -1 }
        guard formPointer >= 0, let index = stack.lastIndex(where: { $0.element == formPointer && !$0.isRemoved }) else {
            return
        }
        var top = stack.count - 1
        while top > index {
            if stack[top].isEffective {
                guard stack[top].element >= 0,
                    nameTable.traits[Int(nodes[Int(stack[top].element)].name)].contains(.impliedEndTag)
                else { break }
                stack[top].isRemoved = true
            }
            top -= 1
        }
        stack[index].isRemoved = true
    }

    // MARK: Stack queries

    /// Where the next node goes: the top-most effective entry; content after `</body>` goes
    /// into the body.
    private func insertionParent() -> Int32 {
        var parent: Int32 = 0
        for entry in stack.reversed() where entry.isEffective {
            parent = entry.node
            break
        }
        if (parent == htmlElement || parent == 0), bodyElement >= 0 { return bodyElement }
        return parent
    }

    private mutating func markRemoved(from index: Int) {
        for position in index..<stack.count { stack[position].isRemoved = true }
    }

    /// The stack index of the nearest open HTML `name` element in scope (the HTML standard's
    /// "has an element in scope", or in button scope), or `nil`.
    private func indexInScope(of name: HTMLKnownName, buttonScope: Bool) -> Int? {
        for index in stack.indices.reversed() where stack[index].isEffective {
            let element = stack[index].node == stack[index].element ? stack[index].element : stack[index].node
            let record = nodes[Int(element)]
            if record.kind == .element, record.namespace == .html, record.name == name.rawValue { return index }
            if isScopeBoundary(record) || (buttonScope && record.namespace == .html && record.name == HTMLKnownName.button.rawValue) {
                return nil
            }
        }
        return nil
    }

    /// The stack index of the nearest open `name` element in select scope (only `<option>` and
    /// `<optgroup>` may be in between), or `nil`.
    private func indexInSelectScope(of name: HTMLKnownName) -> Int? {
        for index in stack.indices.reversed() where stack[index].isEffective {
            let record = nodes[Int(stack[index].node)]
            guard record.kind == .element, record.namespace == .html else { return nil }
            if record.name == name.rawValue { return index }
            if record.name != HTMLKnownName.option.rawValue, record.name != HTMLKnownName.optgroup.rawValue { return nil }
        }
        return nil
    }

    private func isScopeBoundary(_ record: HTMLNodeRecord) -> Bool {
        switch record.kind {
        case .templateContent, .shadowRoot, .document: return true
        case .text: return false
        case .element: break
        }
        switch record.namespace {
        case .html:
            return nameTable.traits[Int(record.name)].contains(.scopeBoundary)
        case .svg:
            return record.name == nameTable.svgElementName[Int(HTMLKnownName.foreignObject.rawValue)]
                || record.name == HTMLKnownName.desc.rawValue || record.name == HTMLKnownName.title.rawValue
        case .mathML:
            return [HTMLKnownName.mi, .mo, .mn, .ms, .mtext, .annotationXML].contains { $0.rawValue == record.name }
        }
    }

    private func isHTMLElement(_ node: Int32, oneOf names: [HTMLKnownName]) -> Bool {
        guard node >= 0 else { return false }
        let record = nodes[Int(node)]
        return record.kind == .element && record.namespace == .html && names.contains { $0.rawValue == record.name }
    }

    private func isHTMLNonVoidElement(_ node: Int32) -> Bool {
        let record = nodes[Int(node)]
        return record.kind == .element && record.namespace == .html
            && !nameTable.traits[Int(record.name)].contains(.void)
    }

    private func isTablePart(_ node: Int32) -> Bool {
        isHTMLElement(node, oneOf: [.table, .tbody, .thead, .tfoot, .tr])
    }

    private func hasChild(_ node: Int32, named name: HTMLKnownName) -> Bool {
        var child = nodes[Int(node)].firstChild
        while child >= 0 {
            if isHTMLElement(child, oneOf: [name]) { return true }
            child = nodes[Int(child)].nextSibling
        }
        return false
    }

    /// Whether content at `node` is parsed with a `<template>` on the browser's stack of open
    /// elements (template contents and declarative shadow roots).
    private func isInsideTemplate(_ node: Int32) -> Bool {
        let record = nodes[Int(node)]
        return record.kind == .templateContent || record.kind == .shadowRoot
            || !record.flags.isDisjoint(with: [.inTemplateContent, .inShadowTree])
    }

    /// The `<html>`, `<head>` or `<body>` element a repeated start tag of that name stands for.
    private func existingDocumentElement(named name: Int32) -> Int32? {
        switch name {
        case HTMLKnownName.html.rawValue where htmlElement >= 0: htmlElement
        case HTMLKnownName.head.rawValue where headElement >= 0: headElement
        case HTMLKnownName.body.rawValue where bodyElement >= 0: bodyElement
        default: nil
        }
    }

    private func pendingAttribute(_ name: HTMLKnownName) -> String? {
        pendingAttributes.first { $0.name == name.rawValue }?.value
    }

    /// The namespace of a `name` element inserted into `parent`, and whether the start tag
    /// instead ends the foreign content `parent` is in.
    private func childNamespace(parent: Int32, name: Int32) -> (HTMLNamespace, breaksOut: Bool) {
        let htmlRule: HTMLNamespace =
            name == HTMLKnownName.svg.rawValue ? .svg : name == HTMLKnownName.math.rawValue ? .mathML : .html
        let record = nodes[Int(parent)]
        guard record.kind == .element, record.namespace != .html else { return (htmlRule, false) }
        let parentName = record.name
        switch record.namespace {
        case .svg:
            if parentName == nameTable.svgElementName[Int(HTMLKnownName.foreignObject.rawValue)]
                || parentName == HTMLKnownName.desc.rawValue || parentName == HTMLKnownName.title.rawValue
            {
                return (htmlRule, false)
            }
        case .mathML:
            let textIntegrationPoints: [HTMLKnownName] = [.mi, .mo, .mn, .ms, .mtext]
            if textIntegrationPoints.contains(where: { $0.rawValue == parentName }),
                name != HTMLKnownName.mglyph.rawValue, name != HTMLKnownName.malignmark.rawValue
            {
                return (htmlRule, false)
            }
            if parentName == HTMLKnownName.annotationXML.rawValue {
                if name == HTMLKnownName.svg.rawValue { return (.svg, false) }
                let encoding = attributeValue(of: parent, named: HTMLKnownName.encoding.rawValue)?.lowercased()
                if encoding == "text/html" || encoding == "application/xhtml+xml" { return (htmlRule, false) }
            }
        case .html:
            break
        }
        let breaksOut =
            nameTable.traits[Int(name)].contains(.breaksOutOfForeignContent)
            || (name == HTMLKnownName.font.rawValue
                && (pendingAttribute(.color) != nil || pendingAttribute(.face) != nil || pendingAttribute(.size) != nil))
        return breaksOut ? (.html, true) : (record.namespace, false)
    }

    private func attributeValue(of node: Int32, named name: Int32) -> String? {
        let record = nodes[Int(node)]
        let wanted = nameTable[name]
        for index in Int(record.payload)..<Int(record.payload + record.attributeCount) where attributes[index].name == wanted {
            return attributes[index].value
        }
        return nil
    }

    // MARK: Appending nodes

    private mutating func appendElement(
        name: Int32, namespace: HTMLNamespace, parent: Int32, textOffset: Int?, flags: HTMLNodeFlags,
        withAttributes: Bool = true
    ) -> Int32 {
        var record = HTMLNodeRecord(kind: .element)
        record.name = name
        record.namespace = namespace
        record.flags = flags
        record.textOffset = textOffset.map { Int32($0) } ?? -1
        record.payload = Int32(attributes.count)
        if withAttributes { record.attributeCount = Int32(pendingAttributes.count) }
        if namespace == .html, formPointer >= 0, nameTable.traits[Int(name)].contains(.formAssociated),
            !isInsideTemplate(parent),
            name == HTMLKnownName.img.rawValue || !withAttributes || pendingAttribute(.form) == nil
        {
            record.formOwner = formPointer
        }
        let element = appendNode(record, parent: parent)
        guard element >= 0, withAttributes else { return element }
        for (name, value) in pendingAttributes {
            let adjusted =
                switch namespace {
                case .html: name
                case .svg: nameTable.svgAttributeName[Int(name)]
                case .mathML: nameTable.mathMLAttributeName[Int(name)]
                }
            attributes.append(HTMLAttribute(name: nameTable[adjusted], value: value))
        }
        return element
    }

    /// Links `record` in as the last child of `parent`; -1 (and ``failure`` set) past a limit.
    private mutating func appendNode(_ record: HTMLNodeRecord, parent: Int32) -> Int32 {
        let parentRecord = nodes[Int(parent)]
        var record = record
        let index = Int32(nodes.count)
        guard nodes.count < maxNodeCount else {
            failure = .tooManyNodes(textOffset: Int(record.textOffset))
            return -1
        }
        record.parent = parent
        record.depth = parentRecord.depth + 1
        if record.kind == .element, record.depth > maxNestingDepth {
            failure = .nestingTooDeep(textOffset: Int(record.textOffset))
            return -1
        }
        var inherited = parentRecord.flags.intersection([.inTemplateContent, .inShadowTree])
        if parentRecord.kind == .templateContent { inherited.insert(.inTemplateContent) }
        if parentRecord.kind == .shadowRoot { inherited.insert(.inShadowTree) }
        record.flags.formUnion(inherited)
        record.scope = record.kind == .templateContent || record.kind == .shadowRoot ? index : parentRecord.scope
        record.previousSibling = parentRecord.lastChild
        if parentRecord.lastChild >= 0 {
            nodes[Int(parentRecord.lastChild)].nextSibling = index
        } else {
            nodes[Int(parent)].firstChild = index
        }
        nodes[Int(parent)].lastChild = index
        nodes.append(record)
        return index
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        defer { pendingText.removeAll(keepingCapacity: true) }
        let parent = pendingTextParent
        if parent == 0 { return }
        if parent == htmlElement, headElement < 0,
            pendingText.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0C || $0 == 0x0D })
        {
            // Whitespace before <head> is dropped.
            return
        }
        var skipped = 0
        if nodes[Int(parent)].firstChild < 0, isHTMLElement(parent, oneOf: [.pre, .listing, .textarea]) {
            // A newline right after <pre>, <listing> or <textarea> is not part of the content.
            if pendingText.starts(with: [0x0D, 0x0A]) {
                skipped = 2
            } else if pendingText.first == 0x0A || pendingText.first == 0x0D {
                skipped = 1
            }
            if skipped == pendingText.count { return }
        }
        texts.append(HTMLTreeBuilder.normalizedNewlines(pendingText.dropFirst(skipped)))
        var record = HTMLNodeRecord(kind: .text)
        record.payload = Int32(texts.count - 1)
        record.textOffset = Int32(pendingTextOffset + skipped)
        if appendNode(record, parent: parent) < 0 { texts.removeLast() }
    }

    /// The text as a `String`, with CRLF and lone CR turned into LF as the HTML input stream
    /// preprocessing does.
    static func normalizedNewlines(_ bytes: some Collection<UInt8>) -> String {
        guard bytes.contains(0x0D) else { return String(decoding: bytes, as: UTF8.self) }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(bytes.count)
        var previousWasCarriageReturn = false
        for byte in bytes {
            if byte == 0x0D {
                normalized.append(0x0A)
                previousWasCarriageReturn = true
            } else {
                if !(byte == 0x0A && previousWasCarriageReturn) { normalized.append(byte) }
                previousWasCarriageReturn = false
            }
        }
        return String(decoding: normalized, as: UTF8.self)
    }
}
