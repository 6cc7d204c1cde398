/// Words that must appear shortly before a value for a detector to accept a weak-shaped candidate,
/// such as `ssn` before a bare nine-digit number, or that veto one, such as `order` before a bare
/// card-length number.
struct ContextTerms: Sendable {
    let patterns: [WordPattern]
    /// How many bytes before the candidate are searched.
    let distance: Int

    init(_ terms: [String], distance: Int) {
        patterns = WordPattern.list(terms)
        self.distance = distance
    }

    /// Whether a term occurs within `distance` bytes before `position`. The window never starts in the
    /// middle of a word.
    func occur(before position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !patterns.isEmpty, distance > 0 else { return false }
        var start = max(0, position - distance)
        if start > 0 {
            while start < position && ASCII.isAlphanumeric(bytes[start - 1]) && ASCII.isAlphanumeric(bytes[start]) {
                start += 1
            }
        }
        guard start < position else { return false }
        let window = SquashedText(bytes, start..<position)
        return patterns.contains { $0.occurs(in: window) }
    }

    /// The key or word that ends closest before `position` on the same line and starts at or after
    /// `lowest`: a run of letters, digits, `_`, `-` and `.` (a compound key such as `order_id` or
    /// `user.createdAt` is one word here). `nil` when there is none.
    static func word(before position: Int, notBefore lowest: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var end = position
        while end > lowest {
            let byte = bytes[end - 1]
            if byte == UInt8(ascii: "\n") { return nil }
            if ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte >= 0x80 { break }
            end -= 1
        }
        var start = end
        while start > lowest {
            let byte = bytes[start - 1]
            guard ASCII.isWordByte(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte >= 0x80 else { break }
            start -= 1
        }
        return start < end ? start..<end : nil
    }

    /// What the words right before a value say about it.
    enum Decision {
        /// A keep word came first.
        case keep
        /// A veto word came first.
        case veto
        /// Neither came within reach.
        case undecided
    }

    /// Words that join a label to its value (`Order no.`, `tracking number:`, `card number is`): the
    /// walk goes on past them to the word before.
    static let joiningWords = WordPattern.list(["no", "nr", "num", "number", "is"])

    /// Walks back over at most three keys or words on the line before `position` (within 40 bytes);
    /// the first that holds a `keep` word or a `veto` word decides. HTML tag names count as words
    /// walked over but decide nothing (`</span>` is not a tracing span). The walk goes past a word that
    /// decides nothing only when it is a joining word (`no.`, `number`) written in one phrase with the
    /// word before it (separated by spaces and dots alone): `Order no. 6011…` is vetoed by `Order`, but
    /// in `order ORD-5492 to 3748…` or `phoneNumber=…&number=3006…` the nearest word (`to`,
    /// `number` after `&`) ends the walk.
    static func nearestDecidingWord(
        before position: Int, in bytes: UnsafeBufferPointer<UInt8>, keep: [WordPattern], veto: [WordPattern]
    ) -> Decision {
        var position = position
        let lowest = max(0, position - 40)
        for _ in 0..<3 {
            guard let word = word(before: position, notBefore: lowest, in: bytes) else { return .undecided }
            if let tagStart = tagStart(ofName: word, in: bytes) {
                // A tag name (`</span> 4111…`) is markup, not a word of the text: walk on past it.
                position = tagStart
                continue
            }
            let key = SquashedText(bytes, word)
            if keep.contains(where: { $0.occurs(in: key) }) { return .keep }
            if veto.contains(where: { $0.occurs(in: key) }) { return .veto }
            guard joiningWords.contains(where: { $0.squashed == key.bytes }), joinsPhrase(before: word.lowerBound, in: bytes)
            else { return .undecided }
            position = word.lowerBound
        }
        return .undecided
    }

    /// Where the tag starts when `word` is the name of an HTML tag (`<span`, `</td`), else `nil`.
    private static func tagStart(ofName word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let before = ASCII.byte(bytes, word.lowerBound - 1)
        if before == UInt8(ascii: "<") { return word.lowerBound - 1 }
        if before == UInt8(ascii: "/") && ASCII.byte(bytes, word.lowerBound - 2) == UInt8(ascii: "<") { return word.lowerBound - 2 }
        return nil
    }

    /// Whether one to three spaces or dots, and nothing else, stand between a word before `start` and
    /// `start`.
    private static func joinsPhrase(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = start
        while index > 0 && start - index < 3 && (bytes[index - 1] == UInt8(ascii: " ") || bytes[index - 1] == UInt8(ascii: ".")) {
            index -= 1
        }
        return index < start && index > 0 && ASCII.isAlphanumeric(bytes[index - 1])
    }
}
