extension String {
    /// The string with its first character in upper case, for phrases that start a sentence.
    var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}
