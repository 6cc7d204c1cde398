/// The type of a detector option: what a rule file may write as its value.
public enum DetectorOptionType: Hashable, Sendable, CustomStringConvertible {
    /// `true` or `false`.
    case bool
    /// An integer within the range.
    case integer(ClosedRange<Int>)
    /// Any string.
    case string
    /// A list of strings; a single string counts as a list of one.
    case strings
    /// One category name: `email`, `name`, `payment`, `password`, `ssn` or `phone`.
    case category
    /// A list of strings, each one of these words; a single string counts as a list of one.
    case choiceList([String])
    /// A list of words: a list of strings, or one string of words separated by ASCII white space, which
    /// suits long lists such as names (`given-names: >-` and the names on the following lines) and
    /// is read much faster than a list of thousands of strings. The loader turns the string into
    /// the list (`normalized(_:)`).
    case words

    /// How the type is written in error messages and listings.
    public var description: String {
        switch self {
        case .bool: "boolean"
        case .integer(let range): "integer in \(range.lowerBound)...\(range.upperBound)"
        case .string: "string"
        case .strings: "list of strings"
        case .category: "category (" + PIICategory.allCases.map(\.rawValue).joined(separator: ", ") + ")"
        case .choiceList(let choices): "list of " + choices.joined(separator: ", ")
        case .words: "list of words (a list, or words separated by white space)"
        }
    }

    /// `value` as the detectors read it: a string of words for a `words` option becomes the list
    /// of its words; any other value is returned as it is.
    func normalized(_ value: OptionValue) -> OptionValue {
        guard self == .words, case .string(let text) = value else { return value }
        return .strings(Self.words(of: text))
    }

    /// The words of `text`: the runs between ASCII white space (spaces, tabs, line breaks), which is
    /// what separates the words of a YAML block. Splitting the UTF-8 bytes, not the characters,
    /// keeps a list of ten thousand names quick to read.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        let utf8 = Array(text.utf8)
        var start: Int?
        for index in 0...utf8.count {
            if index == utf8.count || ASCII.isSpace(utf8[index]) {
                if let first = start { words.append(String(decoding: utf8[first..<index], as: UTF8.self)) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        return words
    }

    /// Why `value` is not of this type, or `nil` when it is.
    func problem(with value: OptionValue) -> DetectorOptionProblem? {
        switch self {
        case .bool:
            return value.boolValue == nil ? .wrongType : nil
        case .integer(let range):
            guard let integer = value.integerValue else { return .wrongType }
            return range.contains(integer) ? nil : .invalid("\(integer) is outside \(range.lowerBound)...\(range.upperBound)")
        case .string:
            return value.stringValue == nil ? .wrongType : nil
        case .strings:
            guard let strings = value.stringsValue else { return .wrongType }
            return strings.contains(where: \.isEmpty) ? .invalid("the list holds an empty string") : nil
        case .category:
            guard let name = value.stringValue else { return .wrongType }
            return PIICategory(rawValue: name) == nil ? .invalid("'\(name)' is not a category") : nil
        case .words:
            // A string is always a list of words (splitting it leaves no empty word).
            if case .string = value { return nil }
            guard case .strings(let strings) = value else { return .wrongType }
            return strings.contains(where: \.isEmpty) ? .invalid("the list holds an empty string") : nil
        case .choiceList(let choices):
            guard let strings = value.stringsValue else { return .wrongType }
            if let unknown = strings.first(where: { !choices.contains($0) }) {
                return .invalid("'\(unknown)' is not one of " + choices.joined(separator: ", "))
            }
            return strings.isEmpty ? .invalid("the list is empty") : nil
        }
    }
}

/// What is wrong with an option value, before it is put into a `DetectorConfigurationError`.
enum DetectorOptionProblem: Equatable {
    case wrongType
    case invalid(String)
}
