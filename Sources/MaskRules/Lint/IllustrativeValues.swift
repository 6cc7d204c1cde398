/// Example values that forms show as a hint (`placeholder="you@example.com"`) rather than data
/// about a person.
enum IllustrativeValues {
    /// Local parts that address nobody in particular.
    private static let genericLocalParts: Set<String> = [
        "you", "your", "yours", "your.name", "yourname", "your-name", "your_name", "name", "user", "username", "email",
        "e-mail", "mail", "someone", "somebody", "me", "example", "sample", "test", "john.doe", "jane.doe", "johndoe",
        "janedoe", "john", "jane", "first.last", "firstname.lastname", "name.surname", "vorname.nachname",
        "max.mustermann", "prenom.nom", "nombre", "tu", "ihre", "votre", "nom",
    ]

    /// Whether `pii` is an email address whose local part addresses nobody in particular.
    static func isIllustrative(_ pii: DetectedPII) -> Bool {
        guard pii.category == .email else { return false }
        // Read only to compare with the list above; never printed.
        let text = pii.value.unredactedValue.lowercased()
        guard let at = text.lastIndex(of: "@") else { return false }
        return genericLocalParts.contains(String(text[..<at]))
    }
}
