/// What kind of form control an element is, and whether OpenReplay records its value.
///
/// The tracker sends value messages (`SetInputValue`, `InputChange`) for `<textarea>`, `<select>` and
/// `<input>` whose DOM `type` is text, password, email, search, number, range, date, tel or time; an
/// `<input>` with a missing or unknown `type` has the DOM type `text`. Other input types send no
/// value at all, and checkboxes and radios send only their checked state (openreplay.md 1.4). Text
/// typed into a `contenteditable` region is sent as ordinary DOM text (openreplay.md 6).
public enum FormFieldKind: String, Sendable, Codable, Hashable {
    /// `<input>` whose value the tracker records.
    case input
    /// `<textarea>`.
    case textarea
    /// `<select>`.
    case select
    /// An element with `contenteditable` (not `"false"`).
    case editableRegion = "contenteditable"
    /// `<input>` of a type whose value the tracker never sends (hidden, file, url, month, ...).
    case unrecordedInput = "unrecorded-input"
    /// Checkbox or radio: only the checked state is sent, never masked.
    case checkable
    /// Buttons (`submit`, `reset`, `button`, `image`): not fields.
    case button

    /// Whether values typed into such a field reach the recording.
    public var recordsValue: Bool {
        switch self {
        case .input, .textarea, .select, .editableRegion: true
        case .unrecordedInput, .checkable, .button: false
        }
    }

    /// The input types whose values the tracker records.
    static let recordedInputTypes: Set<String> = ["text", "password", "email", "search", "number", "range", "date", "tel", "time"]
    /// The input types the browser knows; any other value of `type` means `text`.
    static let knownInputTypes: Set<String> = recordedInputTypes.union([
        "url", "month", "week", "datetime-local", "color", "hidden", "file", "checkbox", "radio", "submit", "reset",
        "button", "image",
    ])

    /// The DOM `type` of an `<input>` with this `type` attribute: lower-cased, `text` when missing or unknown.
    public static func inputType(attribute: String?) -> String {
        guard let value = attribute?.lowercased().trimmingWhitespace, knownInputTypes.contains(value) else { return "text" }
        return value
    }

    /// The field kind of an element, or `nil` when it is not a form control or editable region.
    public static func of(_ element: some SelectorMatchable) -> FormFieldKind? {
        guard element.isHTMLElement else { return nil }
        switch element.localName {
        case "input":
            let type = inputType(attribute: element.attributeValue("type"))
            if recordedInputTypes.contains(type) { return .input }
            switch type {
            case "checkbox", "radio": return .checkable
            case "submit", "reset", "button", "image": return .button
            default: return .unrecordedInput
            }
        case "textarea": return .textarea
        case "select": return .select
        default:
            if let editable = element.attributeValue("contenteditable"), editable.lowercased() != "false" { return .editableRegion }
            return nil
        }
    }
}
