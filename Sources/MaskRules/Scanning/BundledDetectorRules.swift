// Generated from rules/ by `make generate`; do not edit. A test fails when it is stale.

/// The detector rules of the rule set built into masklint, as `RuleSetLoader` reads them from
/// `BundledRuleSet` (examples left out), so that `masklint scan` need not parse YAML to start.
public enum BundledDetectorRules {
    /// The built-in rule set's identity and content hash.
    public static let ruleSet = RuleSetReference(
        name: "masklint-default", version: "2.1.0",
        contentHash: "1a512d223cb56df4e6b095e920ba448b26c92af403f7de49698f6ee69f194939")

    /// The `detectors:` rules, in rule set order.
    public static let rules: [DetectorRule] = [
        DetectorRule(
            header: RuleHeader(
                id: "email.value",
                description: "Email addresses in free text, JSON and URL-encoded bodies.",
                category: .email, level: .obscured,
                examples: RuleExamples(match: [], noMatch: []),
                location: SourceLocation(file: "<built-in>/rules/email.yaml", line: 233, column: 5)),
            detectorID: "email",
            options: [:]),
        DetectorRule(
            header: RuleHeader(
                id: "name.keyed-value",
                description: "Values of keys that name a person's first, last, full or display name in JSON, query strings, form bodies and labels; a bare name key is not used (product and file names), but the labels `Name` and `Customer` are, when they are a whole, capitalized label in text (`Name: Alice`, `<td>Name</td><td>Alice</td>`) and the value holds no digits.",
                category: .name, level: .obscured,
                examples: RuleExamples(match: [], noMatch: []),
                location: SourceLocation(file: "<built-in>/rules/name.yaml", line: 295, column: 5)),
            detectorID: "keyed-value",
            options: [
                "category": .string("name"),
                "keys": .strings(["first_name", "firstname", "firstName", "fname", "given_name", "givenName", "middle_name", "middleName", "last_name", "lastname", "lastName", "lname", "family_name", "familyName", "surname", "maiden_name", "full_name", "fullname", "fullName", "customer_name", "customerName", "contact_name", "contactName", "billing_name", "shipping_name", "recipient_name", "recipientName", "vorname", "nachname", "prenom", "apellido", "apellidos", "cognome", "sobrenome", "voornaam", "achternaam", "display_name", "displayName", "Name:", "Customer:"]),
            ]),
        DetectorRule(
            header: RuleHeader(
                id: "payment.card-number-value",
                description: "Payment card numbers (Luhn-valid, 13 to 19 digits, spaces or dashes allowed) in free text.",
                category: .payment, level: .hidden,
                examples: RuleExamples(match: [], noMatch: []),
                location: SourceLocation(file: "<built-in>/rules/payment.yaml", line: 522, column: 5)),
            detectorID: "payment-card",
            options: [:]),
        DetectorRule(
            header: RuleHeader(
                id: "payment.iban-value",
                description: "IBANs with a valid mod-97 check in free text, compact or in groups of four.",
                category: .payment, level: .hidden,
                examples: RuleExamples(match: [], noMatch: []),
                location: SourceLocation(file: "<built-in>/rules/payment.yaml", line: 540, column: 5)),
            detectorID: "iban",
            options: [:]),
        DetectorRule(
            header: RuleHeader(
                id: "payment.keyed-value",
                description: "Values of keys that name a card security code, expiry, cardholder or card number in JSON, query strings and form bodies.",
                category: .payment, level: .hidden,
                examples: RuleExamples(match: [], noMatch: []),
                location: SourceLocation(file: "<built-in>/rules/payment.yaml", line: 553, column: 5)),
            detectorID: "keyed-value",
            options: [
                "category": .string("payment"),
                "keys": .strings(["cvv", "cvv2", "cvc", "cvc2", "csc", "cvn", "card_cvc", "card_cvv", "cardCvc", "cardCvv", "security_code", "securityCode", "card_code", "cardCode", "exp_month", "expMonth", "exp_year", "expYear", "card_expiry", "cardExpiry", "cc_exp", "cardholder", "card_holder", "cardholder_name", "cardholderName", "card_holder_name", "cardHolderName", "name_on_card", "nameOnCard", "holderName", "card_number", "cardNumber", "cc_number", "ccnum", "account_number", "accountNumber", "iban"]),
            ]),
        DetectorRule(
            header: RuleHeader(
                id: "password.keyed-value",
                description: "Values of keys that name a password, PIN, one-time code, security answer or API secret in JSON, query strings and form bodies.",
                category: .password, level: .hidden,
                examples: RuleExamples(match: [], noMatch: []),
                location: SourceLocation(file: "<built-in>/rules/password.yaml", line: 401, column: 5)),
            detectorID: "keyed-value",
            options: [
                "category": .string("password"),
                "keys": .strings(["password", "passwd", "pwd", "pass", "passcode", "passphrase", "mdp", "new_password", "newPassword", "current_password", "currentPassword", "old_password", "oldPassword", "password_confirmation", "passwordConfirmation", "confirm_password", "confirmPassword", "pin", "otp", "totp", "one_time_code", "oneTimeCode", "verification_code", "verificationCode", "security_answer", "securityAnswer", "secret_answer", "client_secret", "clientSecret", "api_key", "apiKey", "secret_key", "secretKey", "private_key"]),
            ]),
        DetectorRule(
            header: RuleHeader(
                id: "password.pin-code-value",
                description: "Values of four or five characters under a PIN code key (pin_code, pinCode, pincode): a card or account PIN. On Indian checkouts the PIN code is the six-digit postal code, which is longer and not reported.",
                category: .password, level: .hidden,
                examples: RuleExamples(match: [], noMatch: []),
                location: SourceLocation(file: "<built-in>/rules/password.yaml", line: 455, column: 5)),
            detectorID: "keyed-value",
            options: [
                "category": .string("password"),
                "keys": .strings(["pin_code", "pincode"]),
                "max-length": .integer(5),
                "min-length": .integer(4),
            ]),
        DetectorRule(
            header: RuleHeader(
                id: "ssn.value",
                description: "US Social Security numbers in free text (valid area, group and serial parts).",
                category: .ssn, level: .hidden,
                examples: RuleExamples(match: [], noMatch: []),
                location: SourceLocation(file: "<built-in>/rules/ssn.yaml", line: 85, column: 5)),
            detectorID: "ssn",
            options: [:]),
        DetectorRule(
            header: RuleHeader(
                id: "phone.value",
                description: "Telephone numbers in free text, in international (+) or national formatting.",
                category: .phone, level: .obscured,
                examples: RuleExamples(match: [], noMatch: []),
                location: SourceLocation(file: "<built-in>/rules/phone.yaml", line: 185, column: 5)),
            detectorID: "phone",
            options: [:]),
    ]
}
