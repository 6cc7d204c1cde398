/// Finds values whose key says what they are: `"password": "hunter2"`, `first_name=Alice`,
/// `Name: Alice Smith`. Names and passwords cannot be recognised by their shape, only by where they
/// stand; the keys come from the rule set's vocabulary.
///
/// Recognised forms:
/// - JSON and JavaScript members: `"key": "value"`, `"key": 1234`, `'key': 'value'`, and escaped JSON
///   inside a string, `\"key\":\"value\"`; objects, arrays, `null` and booleans are skipped;
/// - form bodies and query strings: `?key=value&…`, `&key=value`; the value ends at `&`, `#` or white
///   space and is form-decoded (`+` is a space, `%XX` a byte);
/// - log fields: `key=value`, `key="quoted value"`, `key: value`;
/// - labels in HTML text: a key before `:` may be several words (`First Name: Alice`), markup may
///   stand between the label and its value (`<td>Name:</td><td>Alice Smith</td>`), and the value is
///   the element's text up to the next tag;
/// - header-style lines: `Key: value` at the start of a line takes the rest of the line, up to `,`,
///   `;`, `|` or a tab; so does a password after a capitalized label in the middle of a line
///   (`ticket=7 Password: correct horse battery staple | …`), because passphrases hold spaces;
/// - labels in table cells without a colon: `<td>Password</td><td>hunter2</td>`, also with `<th>`
///   and `<dt>`/`<dd>`; the label is the whole text of its cell and the value the text of the next
///   `<td>` or `<dd>`.
///
/// A vocabulary entry written with a trailing colon (`Name:`) is a label key: a word too common in
/// data to be a key (`name`: product names, file names) that does name a person when it is a whole,
/// capitalized label written for people: `Name: Alice`, `<td>Customer</td><td>Alice</td>`, but not
/// `"name": …`, `name=…` or `File name: …`. A value found by a label key of the name category holds
/// no digits (`Customer: 4711` is an id).
///
/// A `key=value` pair is read as form encoded after `?` or `&`, or at the start of a line or quoted
/// string that holds no white space; otherwise as a log field, whose value ends at white space. When
/// the category is `name`, an unquoted log value goes on over the capitalized words that follow it
/// (`first_name=Alice van der Berg status=ok` gives `Alice van der Berg`).
///
/// A key matches a vocabulary entry when the key ends with the entry's words, ignoring case and the
/// separators `_`, `-`, `.`, spaces, brackets and camelCase humps; trailing digits are ignored. So the
/// entry `first name` matches `firstName`, `first-name`, `FIRST_NAME`, `firstname`, `user[first_name]`
/// and `billing.firstName2`, but not `first_name_hint` or `username`. `*` loosens an entry: `passw*`
/// also matches `passwd` and `passwort`, `*name` also matches `username`.
///
/// Empty values, `null`, `undefined`, booleans, masks (`***`, `••••`, `xxxx`), placeholders
/// (`[REDACTED]`, `<masked>`, `***FILTERED***`) and templates (`{{password}}`, `${PASSWORD}`, `%s`)
/// are not findings.
///
/// The value is the text of the value, decoded as its syntax says (JSON escapes, form encoding).
///
/// With `given-names`, a value is reported only when it looks like a person's full name by itself
/// (`PersonNameShape`): for keys such as a bare `name`, which hold products, files and services far
/// more often than people (`{"name":"Alice Smith"}` is a finding, `{"name":"Desk Lamp"}` and
/// `{"name":"Victoria Station"}` are not).
public struct KeyedValueDetector: ValueDetector {
    /// The detector's id, category, summary, options and examples.
    public static let description = DetectorDescription(
        id: "keyed-value",
        name: "Keyed Value",
        category: nil,
        summary: "Values of JSON members, form and query fields and log fields whose key is in the rule's vocabulary.",
        options: [
            DetectorOptionSpec(
                name: "keys", type: .strings, defaultValue: nil,
                summary: "Key names that mark a value (`first name`, `passw*`), matched ignoring case and separators; an entry ending with `:` (`Name:`) is a label key, matched only as a whole, capitalized label in text."),
            DetectorOptionSpec(
                name: "category", type: .category, defaultValue: nil,
                summary: "The category of the values found."),
            DetectorOptionSpec(
                name: "min-length", type: .integer(1...1000), defaultValue: .integer(1),
                summary: "The shortest value reported, in bytes."),
            DetectorOptionSpec(
                name: "max-length", type: .integer(1...100_000), defaultValue: .integer(256),
                summary: "The longest value reported, in bytes; longer values are not reported at all."),
            DetectorOptionSpec(
                name: "given-names", type: .words, defaultValue: .strings([]),
                summary: "When not empty, a value is reported only when it looks like a person's full name: two to four capitalized words, the first one of these given names (compared without case and diacritics), the last none of `excluded-last-words`."),
            DetectorOptionSpec(
                name: "excluded-last-words", type: .words, defaultValue: .strings([]),
                summary: "With `given-names`: words that end the names of places, products, companies and services (`Station`, `Table`), so `Victoria Station` is not a person."),
            DetectorOptionSpec(
                name: "surnames", type: .words, defaultValue: .strings([]),
                summary: "With `given-names`: when not empty, the last word of a name must be one of these surnames or a given name (compared without case, diacritics and apostrophes; one part of a hyphenated name will do)."),
        ],
        exampleOptions: ["keys": .strings(["password", "pwd", "first name", "last name"]), "category": .string("password")],
        matchingExamples: [
            DetectorExample(#"{"user":"bob","password":"hunter2"}"#, value: "hunter2"),
            DetectorExample(#"{"first_name":"Alice"}"#, value: "Alice"),
            DetectorExample("POST /login?user=bob&pwd=s3cr%21t", value: "s3cr!t"),
            DetectorExample("firstName=Alice+Marie&age=3", value: "Alice Marie"),
            DetectorExample(#"login ok LAST-NAME="O'Neil" ip=10.0.0.1"#, value: "O'Neil"),
            DetectorExample("Password: correct horse battery staple", value: "correct horse battery staple"),
            DetectorExample(#"{"pwd": 1234, "password": null}"#, value: "1234"),
            DetectorExample(#"{"body":"{\"password\":\"hunter2\"}"}"#, value: "hunter2"),
            DetectorExample(#"{"billing.lastName2":"M\u00fcller"}"#, value: "Müller"),
            DetectorExample(#"<tr><td class="key">Password</td><td class="value">hunter2</td></tr>"#, value: "hunter2"),
            DetectorExample("id=7 Password: correct horse battery | status=ok", value: "correct horse battery"),
        ],
        nonMatchingExamples: [
            #"{"password":"********"}"#,
            #"{"password":"[REDACTED]"}"#,
            "password=<masked>",
            #"{"password":null,"first_name":""}"#,
            #"{"password":true}"#,
            #"{"password":{"minLength":8}}"#,
            "password_hint=dog",
            "username=bob",
            "password={{password}}",
            "first_name: ${FIRST_NAME}",
            "a password is required",
        ]
    )

    /// The category of the values found, chosen by the rule.
    public let category: PIICategory
    let keys: KeyVocabulary
    let labelKeys: [WordPattern]
    let minimumLength: Int
    let maximumLength: Int
    /// When set, only values that look like a person's full name are reported.
    let personNameShape: PersonNameShape?

    /// Creates a detector for values under `keys` (entries ending with `:` are label keys); with
    /// `givenNames`, only values that look like a person's full name are reported.
    public init(
        keys: [String], category: PIICategory, minimumLength: Int = 1, maximumLength: Int = 256,
        givenNames: [String] = [], excludedLastWords: [String] = [], surnames: [String] = []
    ) {
        let (plain, labels) = Self.partitioned(keys)
        self.keys = KeyVocabulary(WordPattern.list(plain))
        labelKeys = WordPattern.list(labels)
        self.category = category
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength
        personNameShape = givenNames.isEmpty ? nil : PersonNameShape(givenNames: givenNames, excludedLastWords: excludedLastWords, surnames: surnames)
    }

    /// Creates a detector configured with a rule's options.
    /// - Throws: `DetectorConfigurationError` for unknown options and wrong types.
    public init(options: DetectorOptions) throws(DetectorConfigurationError) {
        let reader = try DetectorOptionReader(options, for: Self.description)
        self.init(
            keys: reader.strings("keys"), category: reader.category("category"),
            minimumLength: reader.integer("min-length"), maximumLength: reader.integer("max-length"),
            givenNames: reader.strings("given-names"), excludedLastWords: reader.strings("excluded-last-words"),
            surnames: reader.strings("surnames"))
    }

    /// The entries of a vocabulary that are keys, and those written with a trailing colon (label
    /// keys), without it.
    static func partitioned(_ entries: [String]) -> (keys: [String], labelKeys: [String]) {
        var keys: [String] = []
        var labelKeys: [String] = []
        for entry in entries {
            var trimmed = Substring(entry)
            while trimmed.last == " " { trimmed.removeLast() }
            if trimmed.hasSuffix(":") { labelKeys.append(String(trimmed.dropLast())) } else { keys.append(entry) }
        }
        return (keys, labelKeys)
    }

    /// The values in `bytes`, in order and not overlapping.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [DetectorMatch] {
        KeyedValueGroup([self], dropsSeparators: false).matches(in: bytes)[0]
    }

    /// The values in `bytes`, looking at the separators at `separators` (every `:`, `=` and `<` of
    /// `bytes`, in order): at each separator after the last value found.
    func matches(in bytes: UnsafeBufferPointer<UInt8>, separators: UnsafeBufferPointer<Int>) -> [DetectorMatch] {
        keys.withMatcher { matches(in: bytes, separators: separators, $0) }
    }

    private func matches(in bytes: UnsafeBufferPointer<UInt8>, separators: UnsafeBufferPointer<Int>, _ matcher: KeyMatcher) -> [DetectorMatch] {
        var result: [DetectorMatch] = []
        var resume = 0
        for index in separators where index >= resume {
            if let match = match(at: index, in: bytes, matcher), match.byteRange.lowerBound >= (result.last?.byteRange.upperBound ?? 0) {
                result.append(match)
                resume = match.byteRange.upperBound
            }
        }
        return result
    }

    /// The value after the separator (`:`, `=` or `<`) at `index`, if its key is in the vocabulary.
    @inline(__always) private func match(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, _ matcher: KeyMatcher) -> DetectorMatch? {
        switch bytes[index] {
        case UInt8(ascii: ":"): afterColon(index, in: bytes, matcher)
        case UInt8(ascii: "="): afterEquals(index, in: bytes, matcher)
        default: afterLabelCell(index, in: bytes, matcher)
        }
    }

    // MARK: Keys

    @inline(__always) private static func isKeyByte(_ byte: UInt8) -> Bool {
        ASCII.isWordByte(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
    }

    /// The key written right before `end` (exclusive) with key bytes, or an empty range.
    private static func bareKey(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = end
        while start > 0 && end - start < 96 && isKeyByte(bytes[start - 1]) { start -= 1 }
        return start..<end
    }

    // MARK: Separators

    /// `"key": value`, `\"key\":\"value\"`, `'key': value`, `key: value` and `Key: value` lines.
    private func afterColon(_ colon: Int, in bytes: UnsafeBufferPointer<UInt8>, _ matcher: KeyMatcher) -> DetectorMatch? {
        let next = ASCII.byte(bytes, colon + 1)
        if next == UInt8(ascii: ":") || ASCII.byte(bytes, colon - 1) == UInt8(ascii: ":") { return nil }
        var keyEnd = colon
        while keyEnd > 0 && colon - keyEnd < 3 && bytes[keyEnd - 1] == UInt8(ascii: " ") { keyEnd -= 1 }
        let quote = ASCII.byte(bytes, keyEnd - 1)
        let valueStart = Self.skipSpaces(from: colon + 1, in: bytes)
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            // A quoted key; it may itself be escaped (`\"key\"`).
            let escaped = ASCII.byte(bytes, keyEnd - 2) == UInt8(ascii: "\\")
            let contentEnd = escaped ? keyEnd - 2 : keyEnd - 1
            var open = contentEnd - 1
            while open >= 0 && contentEnd - open < 98 && bytes[open] != quote { open -= 1 }
            guard open >= 0, bytes[open] == quote else { return nil }
            let contentStart = open + 1
            if escaped && ASCII.byte(bytes, open - 1) != UInt8(ascii: "\\") { return nil }
            guard matcher.matches(bytes, contentStart..<contentEnd) else { return nil }
            return quotedOrTokenValue(at: valueStart, extent: .token, in: bytes)
        }
        guard keyEnd == colon, let (key, isLabelKey) = vocabularyKey(endingAt: colon, in: bytes, matcher) else { return nil }
        if ASCII.byte(bytes, valueStart) == UInt8(ascii: "/") && ASCII.byte(bytes, valueStart + 1) == UInt8(ascii: "/") {
            return nil
        }
        let afterMarkup = Self.skipTags(from: valueStart, in: bytes)
        let extent: ValueExtent
        if afterMarkup != valueStart || ASCII.byte(bytes, key.lowerBound - 1) == UInt8(ascii: ">") {
            extent = .elementText
        } else if Self.startsLine(key.lowerBound, in: bytes) {
            extent = .restOfLine
        } else if category == .password && ASCII.isUpper(bytes[Self.bareKey(endingAt: colon, in: bytes).lowerBound])
            && valueStart > colon + 1
        {
            // `Password: correct horse battery staple` in the middle of a line: a label for people.
            extent = .restOfLine
        } else {
            extent = .token
        }
        return labelKeyChecked(quotedOrTokenValue(at: afterMarkup, extent: extent, in: bytes), isLabelKey: isLabelKey)
    }

    /// `<td>Password</td><td>hunter2</td>`: a label that is the whole text of a table cell (or `<th>`,
    /// `<dt>`), and the value in the `<td>` or `<dd>` that follows; `tagOpen` is the `<` of `</td>`.
    private func afterLabelCell(_ tagOpen: Int, in bytes: UnsafeBufferPointer<UInt8>, _ matcher: KeyMatcher) -> DetectorMatch? {
        guard ASCII.byte(bytes, tagOpen + 1) == UInt8(ascii: "/"), Self.isCellName(bytes, at: tagOpen + 2, labelCell: true),
            ASCII.byte(bytes, tagOpen + 4) == UInt8(ascii: ">")
        else { return nil }
        var labelEnd = tagOpen
        while labelEnd > 0 && bytes[labelEnd - 1] == UInt8(ascii: " ") { labelEnd -= 1 }
        var labelStart = labelEnd
        while labelStart > 0 && tagOpen - labelStart < 64
            && (Self.isKeyByte(bytes[labelStart - 1]) || bytes[labelStart - 1] == UInt8(ascii: " "))
        {
            labelStart -= 1
        }
        guard ASCII.byte(bytes, labelStart - 1) == UInt8(ascii: ">") else { return nil }
        while labelStart < labelEnd && bytes[labelStart] == UInt8(ascii: " ") { labelStart += 1 }
        let label = labelStart..<labelEnd
        guard !label.isEmpty else { return nil }
        let isLabelKey: Bool
        if matcher.matches(bytes, label) {
            isLabelKey = false
        } else if isWholeLabelKey(label, in: bytes) {
            isLabelKey = true
        } else {
            return nil
        }
        // The next cell: `<td>` or `<dd>`, with or without attributes.
        let next = Self.skipSpaces(from: tagOpen + 5, in: bytes)
        guard ASCII.byte(bytes, next) == UInt8(ascii: "<"), Self.isCellName(bytes, at: next + 1, labelCell: false) else { return nil }
        let afterName = ASCII.byte(bytes, next + 3)
        guard afterName == UInt8(ascii: ">") || afterName == UInt8(ascii: " ") else { return nil }
        var tagEnd = next + 3
        while tagEnd < bytes.count && tagEnd - next < 128 && bytes[tagEnd] != UInt8(ascii: ">") && bytes[tagEnd] != UInt8(ascii: "<") {
            tagEnd += 1
        }
        guard ASCII.byte(bytes, tagEnd) == UInt8(ascii: ">") else { return nil }
        let valueStart = Self.skipSpaces(from: tagEnd + 1, in: bytes)
        return labelKeyChecked(quotedOrTokenValue(at: valueStart, extent: .elementText, in: bytes), isLabelKey: isLabelKey)
    }

    /// Whether the two bytes at `index` name a label cell (`td`, `th`, `dt`) or a value cell (`td`,
    /// `dd`), in any case.
    private static func isCellName(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, labelCell: Bool) -> Bool {
        let first = ASCII.lowercased(ASCII.byte(bytes, index))
        let second = ASCII.lowercased(ASCII.byte(bytes, index + 1))
        if first == UInt8(ascii: "t") { return second == UInt8(ascii: "d") || (labelCell && second == UInt8(ascii: "h")) }
        if first == UInt8(ascii: "d") { return second == (labelCell ? UInt8(ascii: "t") : UInt8(ascii: "d")) }
        return false
    }

    /// Whether `range` is, as a whole, a capitalized label key (`Name`, `Customer`).
    private func isWholeLabelKey(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !labelKeys.isEmpty, !range.isEmpty, ASCII.isUpper(bytes[range.lowerBound]) else { return false }
        let label = SquashedText(bytes, range)
        return labelKeys.contains { $0.squashed == label.bytes }
    }

    /// A match found by a label key, unless it is a name that holds digits.
    private func labelKeyChecked(_ match: DetectorMatch?, isLabelKey: Bool) -> DetectorMatch? {
        guard let match, isLabelKey, category == .name else { return match }
        return match.value.utf8.contains(where: ASCII.isDigit) ? nil : match
    }

    /// The position after up to three HTML tags and the spaces around them, so that a label and its
    /// value may stand in different elements (`<td>Name:</td><td>Alice</td>`).
    private static func skipTags(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var position = start
        for _ in 0..<3 {
            guard ASCII.byte(bytes, position) == UInt8(ascii: "<"), ASCII.isLetter(ASCII.byte(bytes, position + 1))
                || ASCII.byte(bytes, position + 1) == UInt8(ascii: "/")
            else { break }
            var end = position + 1
            while end < bytes.count && end - position < 128 && bytes[end] != UInt8(ascii: ">") && bytes[end] != UInt8(ascii: "<") {
                end += 1
            }
            guard ASCII.byte(bytes, end) == UInt8(ascii: ">") else { break }
            position = skipSpaces(from: end + 1, in: bytes)
        }
        return position
    }

    /// The vocabulary key that ends at `end`: a label of several words (`First Name`) or a key
    /// written without spaces, or a label key that is not the end of a longer label (`Name`, but not
    /// `File name`), and whether it is a label key; `nil` when none is.
    private func vocabularyKey(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>, _ matcher: KeyMatcher) -> (Range<Int>, Bool)? {
        let key = Self.bareKey(endingAt: end, in: bytes)
        guard !key.isEmpty else { return nil }
        let afterWord = ASCII.byte(bytes, key.lowerBound - 1) == UInt8(ascii: " ") && ASCII.isLetter(ASCII.byte(bytes, key.lowerBound - 2))
        if ASCII.byte(bytes, key.lowerBound - 1) == UInt8(ascii: " ") {
            let label = Self.label(endingAt: end, in: bytes)
            if label.count > key.count && matcher.matches(bytes, label) { return (label, false) }
        }
        if matcher.matches(bytes, key) { return (key, false) }
        return !afterWord && isWholeLabelKey(key, in: bytes) ? (key, true) : nil
    }

    /// The label of several words that ends at `end`: key bytes and single spaces, at most 64 bytes,
    /// after the start of a line, markup (`<td>First name:`) or punctuation.
    private static func label(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = end
        while start > 0 && end - start < 64 {
            let byte = bytes[start - 1]
            let isWordSpace = byte == UInt8(ascii: " ") && start >= 2 && isKeyByte(bytes[start - 2])
            guard isKeyByte(byte) || isWordSpace else { break }
            start -= 1
        }
        while start < end && bytes[start] == UInt8(ascii: " ") { start += 1 }
        return start..<end
    }

    /// `key=value` in form bodies, query strings and logs.
    private func afterEquals(_ equals: Int, in bytes: UnsafeBufferPointer<UInt8>, _ matcher: KeyMatcher) -> DetectorMatch? {
        let previous = ASCII.byte(bytes, equals - 1)
        let next = ASCII.byte(bytes, equals + 1)
        if next == UInt8(ascii: "=") || next == UInt8(ascii: ">") || previous == UInt8(ascii: "=")
            || previous == UInt8(ascii: "!") || previous == UInt8(ascii: "<") || previous == UInt8(ascii: ">")
        {
            return nil
        }
        var keyEnd = equals
        while keyEnd > 0 && equals - keyEnd < 2 && bytes[keyEnd - 1] == UInt8(ascii: " ") { keyEnd -= 1 }
        let key = Self.bareKey(endingAt: keyEnd, in: bytes)
        guard !key.isEmpty, matcher.matches(bytes, key) else { return nil }
        let before = ASCII.byte(bytes, key.lowerBound - 1)
        // A form body or query string: after `?` or `&`, or starting a line or a quoted string that
        // holds no white space (form encoding has none).
        let isForm = keyEnd == equals
            && (before == UInt8(ascii: "?") || before == UInt8(ascii: "&")
                || ((key.lowerBound == 0 || before == UInt8(ascii: "\n") || before == UInt8(ascii: "\"") || before == UInt8(ascii: "'"))
                    && !Self.hasSpaceBeforeLineEnd(from: equals, in: bytes)))
        let valueStart = keyEnd == equals ? equals + 1 : Self.skipSpaces(from: equals + 1, in: bytes)
        if isForm, let match = formValue(at: valueStart, in: bytes) { return match }
        return quotedOrTokenValue(at: valueStart, extent: .token, in: bytes)
    }

    /// Whether a space or tab comes before the end of the line, a quote or 4 KB after `start`.
    private static func hasSpaceBeforeLineEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = start
        while index < bytes.count && index - start < 4096 {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"): return true
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\""), UInt8(ascii: "'"): return false
            default: index += 1
            }
        }
        return false
    }

    private static func skipSpaces(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var position = start
        while position < bytes.count && position - start < 8
            && (bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t"))
        {
            position += 1
        }
        return position
    }

    /// Whether only spaces and tabs stand between the start of the line and `position`.
    private static func startsLine(_ position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = position
        while index > 0 {
            let byte = bytes[index - 1]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return true }
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else { return false }
            index -= 1
        }
        return true
    }

    // MARK: Values

    /// How far an unquoted value reaches.
    private enum ValueExtent {
        /// To white space or punctuation that ends a log field.
        case token
        /// To the end of the line, or `,`, `;`, `|` or a tab (header-style lines).
        case restOfLine
        /// To the next tag or line end (a label and its value in HTML text).
        case elementText
    }

    /// A quoted value, or an unquoted one reaching as far as `extent` says.
    private func quotedOrTokenValue(at start: Int, extent: ValueExtent, in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        let first = ASCII.byte(bytes, start)
        if first == UInt8(ascii: "\"") { return jsonString(openingAt: start, in: bytes) }
        if first == UInt8(ascii: "\\") && (extent == .token || ASCII.byte(bytes, start + 1) == UInt8(ascii: "\"")) {
            // `\"` opens an escaped JSON string; deeper escaping is left to the decoded views. In text
            // (a label's value) a backslash is just a character of the value.
            guard ASCII.byte(bytes, start + 1) == UInt8(ascii: "\"") else { return nil }
            return escapedJSONString(openingAt: start, in: bytes)
        }
        if first == UInt8(ascii: "'") { return singleQuoted(openingAt: start, in: bytes) }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return nil }
        var end = start
        while end < bytes.count && end - start <= maximumLength {
            let byte = bytes[end]
            if extent == .restOfLine {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: ",")
                    || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "\t")
                {
                    break
                }
            } else if extent == .elementText {
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            } else if ASCII.isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
                || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ")")
                || byte == UInt8(ascii: "<")
            {
                break
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                // A quote ends the token unless it stands inside a word (`O'Brien`).
                guard ASCII.isLetter(ASCII.byte(bytes, end - 1)) && ASCII.isLetter(ASCII.byte(bytes, end + 1)) else { break }
            }
            end += 1
        }
        while end > start && ASCII.isSpace(bytes[end - 1]) { end -= 1 }
        if category == .name && extent == .token { end = Self.nameEnd(from: end, in: bytes) }
        if personNameShape != nil && extent == .token && Self.continuesWithWord(at: end, in: bytes) {
            // Only part of a longer value (`Phoebe Throw` of `Phoebe Throw Pillow&page=2`).
            return nil
        }
        return finding(start..<end, value: Array(UnsafeBufferPointer(rebasing: bytes[start..<end])), in: bytes)
    }

    /// Where an unquoted name that ends a token at `end` really ends: a name goes on over single
    /// spaces while the next word is capitalized (or a particle before one) and is not itself a key
    /// (`first_name=Alice Smith status=ok` gives `Alice Smith`).
    private static func nameEnd(from end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var current = end
        var pendingParticle = false
        for _ in 0..<4 {
            guard ASCII.byte(bytes, current) == UInt8(ascii: " ") else { break }
            let wordStart = current + 1
            var wordEnd = wordStart
            while wordEnd < bytes.count && wordEnd - wordStart < 40
                && (ASCII.isLetter(bytes[wordEnd]) || bytes[wordEnd] >= 0x80 || bytes[wordEnd] == UInt8(ascii: "-")
                    || bytes[wordEnd] == UInt8(ascii: "'"))
            {
                wordEnd += 1
            }
            guard wordEnd > wordStart else { break }
            let after = ASCII.byte(bytes, wordEnd)
            // The word must end where a name part can end, not run into a key (`status=`).
            guard after == 0 || ASCII.isSpace(after) || after == UInt8(ascii: ",") || after == UInt8(ascii: "<")
                || after == UInt8(ascii: ";") || after == UInt8(ascii: ")") || after == UInt8(ascii: "}")
            else { break }
            let first = bytes[wordStart]
            if ASCII.isUpper(first) || (first >= 0xC3 && first <= 0xC5 && isUpperLatin(bytes, at: wordStart)) {
                current = wordEnd
                pendingParticle = false
                continue
            }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd]), as: UTF8.self)
            guard PersonNameShape.particles.contains(word) else { break }
            pendingParticle = true
            current = wordEnd
        }
        if pendingParticle {
            // A particle with no capitalized word after it is not part of the name.
            var trimmed = current
            while trimmed > end && bytes[trimmed - 1] != UInt8(ascii: " ") { trimmed -= 1 }
            return trimmed > end ? trimmed - 1 : end
        }
        return current
    }

    /// Whether an unquoted value that ends at `end` goes on with another word (` Pillow&page=2`) rather
    /// than ending the field or standing before the next key (` status=ok`).
    private static func continuesWithWord(at end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard ASCII.byte(bytes, end) == UInt8(ascii: " ") else { return false }
        var index = end + 1
        guard index < bytes.count, ASCII.isAlphanumeric(bytes[index]) || bytes[index] >= 0x80 else { return false }
        while index < bytes.count && index - end < 98 && (isKeyByte(bytes[index]) || bytes[index] >= 0x80) { index += 1 }
        let after = ASCII.byte(bytes, index)
        return after != UInt8(ascii: "=") && after != UInt8(ascii: ":")
    }

    /// Whether the two-byte Latin letter at `index` is upper case (`Ö`, `Ł`).
    private static func isUpperLatin(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard let (scalar, _) = UTF8Scalar.decode(bytes, at: index) else { return false }
        return scalar.properties.isUppercase
    }

    /// A form or query value, ending at `&`, `#`, white space or a quote, form-decoded.
    private func formValue(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        let first = ASCII.byte(bytes, start)
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") { return nil }
        var end = start
        while end < bytes.count && end - start <= maximumLength * 3 {
            let byte = bytes[end]
            if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "#") || ASCII.isSpace(byte) || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            {
                break
            }
            end += 1
        }
        var value: [UInt8] = []
        value.reserveCapacity(end - start)
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                value.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < end, let high = ASCII.hexValue(bytes[index + 1]),
                let low = ASCII.hexValue(bytes[index + 2])
            {
                value.append(high << 4 | low)
                index += 2
            } else {
                value.append(byte)
            }
            index += 1
        }
        return finding(start..<end, value: value, in: bytes)
    }

    /// A JSON string starting with the `"` at `open`, unescaped.
    private func jsonString(openingAt open: Int, in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        var end = open + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\n") || end - open > maximumLength * 6 + 1 { return nil }
            end += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        guard end < bytes.count else { return nil }
        let range = open + 1..<end
        guard let value = JSONEscapes.unescape(UnsafeBufferPointer(rebasing: bytes[range])) else { return nil }
        return finding(range, value: value, in: bytes)
    }

    /// An escaped JSON string inside a JSON string, from the `\"` at `open` to the `\"` that ends it,
    /// with both levels of escapes decoded (`\"O\\\"Neil\"` is `O"Neil`).
    private func escapedJSONString(openingAt open: Int, in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        var end = open + 2
        // Whether the previous decoded character is a backslash that escapes the next one.
        var escapesNext = false
        while end + 1 < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\\") {
                let next = bytes[end + 1]
                if next == UInt8(ascii: "\"") && !escapesNext { break }
                escapesNext = next == UInt8(ascii: "\\") && !escapesNext
                end += 2
                continue
            }
            if byte == UInt8(ascii: "\n") || end - open > maximumLength * 12 + 2 { return nil }
            escapesNext = false
            end += 1
        }
        guard end + 1 < bytes.count else { return nil }
        let range = open + 2..<end
        guard let once = JSONEscapes.unescape(UnsafeBufferPointer(rebasing: bytes[range])) else { return nil }
        let twice = once.withUnsafeBufferPointer { JSONEscapes.unescape($0) }
        guard let twice else { return nil }
        return finding(range, value: twice, in: bytes)
    }

    /// A single-quoted value, as in JavaScript objects and log fields.
    private func singleQuoted(openingAt open: Int, in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        var end = open + 1
        while end < bytes.count && bytes[end] != UInt8(ascii: "'") {
            if bytes[end] == UInt8(ascii: "\n") || end - open > maximumLength + 1 { return nil }
            end += 1
        }
        guard end < bytes.count else { return nil }
        let range = open + 1..<end
        return finding(range, value: Array(UnsafeBufferPointer(rebasing: bytes[range])), in: bytes)
    }

    /// The finding for a value, unless it is empty, too short or long, or a placeholder.
    private func finding(_ range: Range<Int>, value: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        guard value.count >= minimumLength, value.count <= maximumLength, !PlaceholderValues.isPlaceholder(value)
        else { return nil }
        let text = String(decoding: value, as: UTF8.self)
        if let personNameShape, !personNameShape.matches(text) { return nil }
        return DetectorMatch(byteRange: range, value: text)
    }
}
