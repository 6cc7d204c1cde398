/// How audit findings name what they found.
extension PIICategory {
    /// A noun phrase for a value of the category: `an email address`, `payment data`.
    var valuePhrase: String {
        switch self {
        case .email: "an email address"
        case .name: "a personal name"
        case .payment: "payment data"
        case .password: "a password or secret"
        case .ssn: "a Social Security number"
        case .phone: "a phone number"
        }
    }
}

extension String {
    /// The string with its first character in upper case, for phrases that start a sentence.
    var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}
