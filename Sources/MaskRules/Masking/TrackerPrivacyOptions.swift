/// The OpenReplay tracker options (web tracker 18.0.6) that decide how DOM nodes, text and form
/// fields are recorded, besides `domSanitizer`, which the rule set supplies.
///
/// `init()` gives the tracker's effective defaults as its code sets them (where the documentation
/// disagrees, the code wins; openreplay.md §5): inputs Obscured by default, the number and email
/// heuristics on, the date heuristic off, whole-node emails in text obscured, text numbers kept.
public struct TrackerPrivacyOptions: Hashable, Sendable, Codable {
    /// `privateMode`: every node is Obscured unless it carries `data-openreplay-unmask`, and
    /// `data-openreplay-hidden` and `domSanitizer` are skipped for those nodes (§1.1 step 1, §1.9).
    public var privateMode: Bool
    /// `defaultInputMode`: the mode of a field that neither its level nor a heuristic decides (§1.4).
    public var defaultInputMode: InputMaskingMode
    /// `obscureInputEmails`: in Plain mode, obscure `type=email` fields and values containing `@`.
    public var obscureInputEmails: Bool
    /// `obscureInputNumbers`: in Plain mode, obscure values with four consecutive digits, except in
    /// `type=date` fields.
    public var obscureInputNumbers: Bool
    /// `obscureInputDates`: in Plain mode, obscure `type=date` fields.
    public var obscureInputDates: Bool
    /// `obscureTextEmails`: star a Plain text node that is nothing but an email address (§1.3).
    public var obscureTextEmails: Bool
    /// `obscureTextNumbers`: write every digit of Plain text nodes as `0` (§1.3).
    public var obscureTextNumbers: Bool

    /// The tracker's defaults.
    public init(
        privateMode: Bool = false, defaultInputMode: InputMaskingMode = .obscured, obscureInputEmails: Bool = true,
        obscureInputNumbers: Bool = true, obscureInputDates: Bool = false, obscureTextEmails: Bool = true,
        obscureTextNumbers: Bool = false
    ) {
        self.privateMode = privateMode
        self.defaultInputMode = defaultInputMode
        self.obscureInputEmails = obscureInputEmails
        self.obscureInputNumbers = obscureInputNumbers
        self.obscureInputDates = obscureInputDates
        self.obscureTextEmails = obscureTextEmails
        self.obscureTextNumbers = obscureTextNumbers
    }

    /// The tracker's defaults, as `init()` gives them.
    public static let trackerDefaults = TrackerPrivacyOptions()

    /// Whether the Plain-mode heuristics obscure a field of DOM `type` holding `value` (`input.ts`
    /// `getInputValue`). They are consulted only when the mode would otherwise be Plain.
    ///
    /// - Parameters:
    ///   - type: the field's DOM `type` property (see `FieldValueTracking.domType(of:)`): `email`,
    ///     `date`, `text`, `textarea`, `select-one` and so on.
    ///   - value: the field's current value.
    public func plainModeHeuristicsObscure(type: String, value: String) -> Bool {
        if obscureInputNumbers && type != "date" && Self.hasFourConsecutiveDigits(value) { return true }
        if obscureInputDates && type == "date" { return true }
        if obscureInputEmails && (type == "email" || value.utf16.contains(0x40)) { return true }
        return false
    }

    /// `/\d\d\d\d/.test(value)`: JavaScript's `\d` is the ASCII digits.
    private static func hasFourConsecutiveDigits(_ value: String) -> Bool {
        var run = 0
        for unit in value.utf16 {
            if unit >= 0x30 && unit <= 0x39 {
                run += 1
                if run == 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }
}
