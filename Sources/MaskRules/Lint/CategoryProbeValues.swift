/// Typical values of each category, to ask the tracker model what a field of that category records.
///
/// The tracker's input heuristics depend on the value (`obscureInputEmails` fires on `@`,
/// `obscureInputNumbers` on four digits in a row, openreplay.md §1.4), so whether a field "is masked"
/// depends on what is typed into it. A field counts as protected only as far as the least protected
/// of these values: an email field is obscured by the email heuristic whatever address is typed,
/// but a phone field is not when the number is written in pairs, nor a payment field when the value
/// is a three-digit security code.
enum CategoryProbeValues {
    /// Fake values, one per common shape of the category.
    static func values(for category: PIICategory) -> [String] {
        switch category {
        case .email: ["alice@example.com"]
        case .name: ["Alice Example"]
        case .payment: ["4111 1111 1111 1111", "737", "12/30"]
        case .password: ["correct horse"]
        case .ssn: ["536-22-8734"]
        case .phone: ["+1 415 555 0132", "06 12 34 56 78"]
        }
    }
}
