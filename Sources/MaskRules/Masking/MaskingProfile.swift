/// How much a generated tracker configuration masks beyond what the rule set demands.
///
/// In both profiles the generated `domSanitizer` raises every element that a rule matches to the
/// rule's level (Obscured or Hidden) and leaves `privateMode` off; they differ in what happens to
/// everything the rule set does not name. docs/openreplay-config.md explains each option.
public enum MaskingProfile: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// Every input value is obscured; fields the rule set names are obscured or hidden as it says;
    /// digits in page text are written as `0`; network bodies are not captured.
    ///
    /// "Everything obscured unless a rule says plain" cannot be expressed to the tracker outside
    /// privateMode: with `defaultInputMode` Obscured, no element can make a field Plain
    /// (`domSanitizer` can only raise a level, and `data-openreplay-unmask` acts only in privateMode;
    /// openreplay.md §1.1, §1.2). The rule set has no Plain rules today (`level` is `obscured` or
    /// `hidden`), and a Plain rule would change nothing here: strict obscures every field.
    case strict
    /// Input values are plain unless the rule set names the field or a heuristic sees an email or
    /// four digits in a row; page text is kept; network bodies are captured and scrubbed by the
    /// generated sanitizer. Recordings stay useful for debugging and the rule set decides.
    case precise

    /// The tracker options the generated module sets.
    ///
    /// - `privateMode` is off in both: it obscures all text, and it skips `data-openreplay-hidden` and
    ///   `domSanitizer` on every element without `data-openreplay-unmask` (§1.1 step 1), so card
    ///   numbers and passwords found by name would be Obscured (their length sent) instead of Hidden.
    /// - `defaultInputMode`: strict Obscured (the tracker's default), precise Plain.
    /// - `obscureInputEmails` and `obscureInputNumbers` are on in both. The tracker consults them only
    ///   when the mode would be Plain (§1.4): in precise they are the safety net for fields the rule
    ///   set does not name (a value with `@`, or with four digits in a row as card, phone, SSN and
    ///   IBAN values have); in strict they take effect only if an app overrides `defaultInputMode`.
    /// - `obscureInputDates`: strict on (a date of birth is identifying), precise off (dates are no
    ///   category of the rule set, and booking or delivery dates are what one debugs).
    /// - `obscureTextEmails` on in both (the tracker's default; it only stars a text node that is
    ///   nothing but an email address, §1.3). `obscureTextNumbers`: strict on, precise off (prices,
    ///   quantities and order numbers are kept; the linter reports PII in page text instead).
    public var trackerOptions: TrackerPrivacyOptions {
        switch self {
        case .strict:
            TrackerPrivacyOptions(
                privateMode: false, defaultInputMode: .obscured, obscureInputEmails: true, obscureInputNumbers: true,
                obscureInputDates: true, obscureTextEmails: true, obscureTextNumbers: true)
        case .precise:
            TrackerPrivacyOptions(
                privateMode: false, defaultInputMode: .plain, obscureInputEmails: true, obscureInputNumbers: true,
                obscureInputDates: false, obscureTextEmails: true, obscureTextNumbers: false)
        }
    }

    /// `network.capturePayload`: strict off (no request or response bodies are recorded; URLs and
    /// headers still go through the generated sanitizer), precise on (bodies are recorded after the
    /// generated sanitizer has scrubbed them).
    public var capturesNetworkPayloads: Bool {
        switch self {
        case .strict: false
        case .precise: true
        }
    }

    /// `strict` or `precise`.
    public var description: String { rawValue }
}
