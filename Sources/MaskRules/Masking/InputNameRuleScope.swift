/// The elements that input-name rules apply to: form fields and editable regions.
///
/// A field name such as `email` or `card_number` says what a field holds; on any other element the
/// same `id` (`<div id="email-error">`) names a message, a container or a layout slot. So the rule
/// set's input-name patterns are tested only on HTML `<input>`, `<textarea>` and `<select>`
/// elements and on HTML elements with a `contenteditable` attribute whose value is not `false`
/// (compared ASCII case-insensitively). The generated `domSanitizer` applies the same test
/// (docs/rule-format.md, `input-names`).
public enum InputNameRuleScope {
    /// The tag names of form fields, in the order the generated code tests them.
    public static let fieldTagNames = ["input", "textarea", "select"]

    /// The attribute that makes any HTML element an editable region.
    public static let editableAttribute = "contenteditable"

    /// Whether input-name rules apply to `element`.
    public static func appliesTo(_ element: some SelectorMatchable) -> Bool {
        guard element.isHTMLElement else { return false }
        if fieldTagNames.contains(element.localName) { return true }
        guard let editable = element.attributeValue(editableAttribute) else { return false }
        return ASCIIBytes.lowercased(editable) != "false"
    }
}
