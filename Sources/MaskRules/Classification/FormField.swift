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

    /// The field kind of an element, or `nil` when it is not a form control or editable region.
    ///
    /// Built on the masking model's statement of what the tracker tracks (`FieldValueTracking`) and
    /// of which elements count as fields (`InputNameRuleScope`), so the two never disagree.
    public static func of(_ element: some SelectorMatchable) -> FormFieldKind? {
        guard InputNameRuleScope.appliesTo(element) else { return nil }
        switch FieldValueTracking.tracking(of: element) {
        case .textField: return element.localName == "textarea" ? .textarea : .input
        case .select: return .select
        case .checked: return .checkable
        case nil: break
        }
        guard element.localName == "input" else { return .editableRegion }
        switch FieldValueTracking.domType(of: element) {
        case "submit", "reset", "button", "image": return .button
        default: return .unrecordedInput
        }
    }
}
