/// The kinds of personal data that masklint keeps out of recordings.
///
/// Every rule, detector and finding belongs to exactly one category. The raw values are the
/// identifiers used in rule files, reports and the generated tracker configuration.
public enum PIICategory: String, CaseIterable, Sendable, Codable, Comparable {
    /// Email addresses.
    case email
    /// Personal names: given, family and full names, cardholder names excepted (see `payment`).
    case name
    /// Payment data: card numbers, CVV/CVC, expiry dates, cardholder names and bank account numbers.
    case payment
    /// Passwords, PINs, one-time codes and other secrets typed by the user.
    case password
    /// US Social Security numbers.
    case ssn
    /// Telephone numbers.
    case phone

    /// A human-readable name for listings and reports.
    public var displayName: String {
        switch self {
        case .email: "Email"
        case .name: "Name"
        case .payment: "Payment"
        case .password: "Password"
        case .ssn: "SSN"
        case .phone: "Phone"
        }
    }

    /// A value of the category as a noun phrase with its article, for the messages of findings:
    /// `an email address`, `a phone number`, `payment data`.
    var article: String {
        switch self {
        case .email: "an email address"
        case .name: "a personal name"
        case .payment: "payment data"
        case .password: "a password or secret"
        case .ssn: "a Social Security number"
        case .phone: "a phone number"
        }
    }

    public static func < (lhs: PIICategory, rhs: PIICategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
