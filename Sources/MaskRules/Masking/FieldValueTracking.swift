/// Which form controls the tracker sends values for, and what it reads as their `type`
/// (openreplay.md §1.4; `input.ts` `isTextFieldElement`, `isCheckbox`).
public enum FieldValueTracking: String, Sendable, Codable, CaseIterable {
    /// A `<textarea>` or an `<input>` of type text, password, email, search, number, range, date, tel
    /// or time: `SetInputValue` and `InputChange`, masked by the input mode.
    case textField = "text-field"
    /// A `<select>`: `SetInputValue` of the selected value, masked like a text field.
    case select
    /// A checkbox or radio button: `SetInputChecked`, never masked.
    case checked

    /// The `<input>` types whose values the tracker sends (`INPUT_TYPES` in `input.ts`).
    public static let trackedInputTypes: Set<String> = [
        "text", "password", "email", "search", "number", "range", "date", "tel", "time",
    ]

    /// The input types an HTML parser knows; any other `type` attribute reads as `text`
    /// (HTML's `type` attribute is an enumerated attribute whose invalid value default is the Text
    /// state, and Chromium no longer knows `datetime`).
    public static let knownInputTypes: Set<String> = [
        "hidden", "text", "search", "tel", "url", "email", "password", "date", "month", "week", "time",
        "datetime-local", "number", "range", "color", "checkbox", "radio", "file", "submit", "image",
        "reset", "button",
    ]

    /// What the tracker sends for `element`'s value, or `nil` when it sends none (other elements,
    /// and inputs of types such as url, month, hidden or file).
    public static func tracking(of element: some SelectorMatchable) -> FieldValueTracking? {
        guard element.isHTMLElement else { return nil }
        switch element.localName {
        case "textarea": return .textField
        case "select": return .select
        case "input":
            let type = domType(of: element) ?? "text"
            if trackedInputTypes.contains(type) { return .textField }
            if type == "checkbox" || type == "radio" { return .checked }
            return nil
        default: return nil
        }
    }

    /// The DOM `type` property of a form control: the `type` attribute of an `<input>`, ASCII
    /// lower-cased when it names a known type and `text` otherwise; `textarea`; `select-one` or
    /// `select-multiple`. `nil` for other elements.
    public static func domType(of element: some SelectorMatchable) -> String? {
        guard element.isHTMLElement else { return nil }
        switch element.localName {
        case "input":
            guard let attribute = element.attributeValue("type") else { return "text" }
            let type = ASCIIBytes.lowercased(attribute)
            return knownInputTypes.contains(type) ? type : "text"
        case "textarea": return "textarea"
        case "select": return element.attributeValue("multiple") == nil ? "select-one" : "select-multiple"
        default: return nil
        }
    }
}
