/// Finds email addresses, shaped as RFC 5321 allows them and as people actually write them.
///
/// The local part is 1–64 bytes of ASCII letters and digits, `.`, `_`, `+`, `-`, an apostrophe between
/// letters (`o'connor`), and letters of the
/// Latin, Greek and Cyrillic scripts (`jürgen@…`), without a leading, trailing or doubled dot (dots
/// before it are treated as punctuation and left out). Letters of scripts written without spaces
/// (Chinese, Japanese, Thai) are not taken into the local part, so `邮箱alice@example.com` gives
/// `alice@example.com`. The domain is at
/// least two dot-separated labels of letters, digits and hyphens, where letters may be non-ASCII
/// (IDN: `bücher.de`, `例え.jp`) or punycode (`xn--bcher-kva.de`). The top-level label is two or more
/// ASCII letters, a punycode label or a label of non-ASCII letters; an ASCII top-level label that runs
/// straight into non-ASCII text (`alice@example.com的`) ends where the ASCII ends.
///
/// Not reported:
/// - SSH remotes such as `git@github.com:org/repo.git` (the domain is followed by `:` and a path);
/// - URL credentials such as `https://user@host` and `https://user:pass@host`;
/// - asset names such as `logo@2x.png` and `icon@1.5x.webp` (a scale label, or a top-level label
///   that is a file extension and not a TLD);
/// - version strings such as `lodash@4.17.21` (numeric labels).
///
/// Escapes next to the local part are not part of it: `%20alice@…` and `\nalice@…` give `alice@…`;
/// nor are dots and plus signs that start it (`...alice@…`, `+alice@…`).
///
/// The value is the local part as written, `@`, and the domain with ASCII letters lower-cased.
public struct EmailDetector: ValueDetector {
    /// The detector's id, category, summary, options and examples.
    public static let description = DetectorDescription(
        id: "email",
        name: "Email Address",
        category: .email,
        summary: "Email addresses, including `+` tags, subdomains, IDN and punycode domains; not SSH remotes, asset names or versions.",
        matchingExamples: [
            DetectorExample("Contact alice@example.com for details", value: "alice@example.com"),
            DetectorExample("first.last+news@mail.example.co.uk", value: "first.last+news@mail.example.co.uk"),
            DetectorExample(#"{"user":"Alice.O-Neil_2@Example.COM"}"#, value: "Alice.O-Neil_2@example.com"),
            DetectorExample("mailto:bob@xn--bcher-kva.de?subject=hi", value: "bob@xn--bcher-kva.de"),
            DetectorExample("Schreib an jürgen@bücher.de bitte", value: "jürgen@bücher.de"),
            DetectorExample("聯絡 chen@例え.jp 謝謝", value: "chen@例え.jp"),
            DetectorExample("邮箱alice@example.com的", value: "alice@example.com"),
            DetectorExample("Write to alice@example.museum.", value: "alice@example.museum"),
            DetectorExample("q=alice%40example.com&x=1", value: "alice@example.com"),
            DetectorExample(#""alice\u0040example.com""#, value: "alice@example.com"),
            DetectorExample("alice&#64;example.com", value: "alice@example.com"),
            DetectorExample("path /users/alice@example.com/profile", value: "alice@example.com"),
        ],
        nonMatchingExamples: [
            "git clone git@github.com:org/repo.git",
            "ssh://git@gitlab.example.com/org/repo",
            "https://user:secret@example.com/",
            "<img src=\"logo@2x.png\">",
            "icon@3x.webp",
            "sprite@1.5x.jpg",
            "npm install lodash@4.17.21",
            "\"@babel/core@7.22.0\"",
            "alice.@example.com",
            "alice@.example.com",
            "alice..bob@example.com",
            "alice@localhost",
            "alice@example.c",
            "@alice on social",
            "user@host.css",
        ]
    )

    /// The category of the values found: email.
    public let category = PIICategory.email

    /// Creates a detector.
    public init() {}

    /// Creates a detector configured with a rule's options.
    /// - Throws: `DetectorConfigurationError` for unknown options and wrong types.
    public init(options: DetectorOptions) throws(DetectorConfigurationError) {
        _ = try DetectorOptionReader(options, for: Self.description)
    }

    /// The values in `bytes`, in order and not overlapping.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [DetectorMatch] {
        var result: [DetectorMatch] = []
        var index = 0
        let count = bytes.count
        let at = UInt8(ascii: "@")
        while index < count {
            index = ByteSearch.first(at, in: bytes, from: index)
            guard index < count else { break }
            if let match = candidate(at: index, in: bytes), match.byteRange.lowerBound >= (result.last?.byteRange.upperBound ?? 0) {
                result.append(match)
                index = match.byteRange.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    @inline(__always) private static func isLocalByte(_ byte: UInt8) -> Bool {
        ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    private func candidate(at atSign: Int, in bytes: UnsafeBufferPointer<UInt8>) -> DetectorMatch? {
        guard let localStart = localPartStart(before: atSign, in: bytes) else { return nil }
        guard let domainEnd = domainEnd(after: atSign, in: bytes) else { return nil }
        if isURLCredential(localStart, in: bytes) || isSSHRemote(domainEnd, in: bytes) { return nil }
        var value = Array(UnsafeBufferPointer(rebasing: bytes[localStart...atSign]))
        for index in atSign + 1..<domainEnd { value.append(ASCII.lowercased(bytes[index])) }
        return DetectorMatch(byteRange: localStart..<domainEnd, value: String(decoding: value, as: UTF8.self))
    }

    /// Where the local part before the `@` at `at` starts, or `nil` when it is not a valid local part.
    private func localPartStart(before at: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = at
        while start > 0 {
            let byte = bytes[start - 1]
            if Self.isLocalByte(byte) {
                start -= 1
            } else if byte == UInt8(ascii: "'") && start < at && ASCII.isLetter(bytes[start])
                && ASCII.isLetter(ASCII.byte(bytes, start - 2))
            {
                // An apostrophe inside a name (`o'connor@…`), not a quote around the address.
                start -= 1
            } else if byte >= 0x80, let (scalar, length) = UTF8Scalar.decode(bytes, endingAt: start),
                UTF8Scalar.isSpacedScriptLetter(scalar)
            {
                start -= length
            } else {
                break
            }
            if at - start > 80 { return nil }
        }
        // Escapes that end right before the local part are not part of it.
        let before = ASCII.byte(bytes, start - 1)
        if before == UInt8(ascii: "%") && at - start > 2 && ASCII.isHexDigit(bytes[start]) && ASCII.isHexDigit(bytes[start + 1]) {
            start += 2
        } else if before == UInt8(ascii: "\\") && at - start > 1 {
            switch bytes[start] {
            case UInt8(ascii: "u"):
                if at - start > 5 && (1...4).allSatisfy({ ASCII.isHexDigit(bytes[start + $0]) }) { start += 5 }
            case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "f"):
                start += 1
            default:
                break
            }
        }
        // Dots and plus signs before the address are punctuation (`...alice@`, `+alice@` from a form).
        while start < at && (bytes[start] == UInt8(ascii: ".") || bytes[start] == UInt8(ascii: "+")) { start += 1 }
        let length = at - start
        guard length >= 1, length <= 64, bytes[at - 1] != UInt8(ascii: ".") else { return nil }
        for index in start..<at - 1 where bytes[index] == UInt8(ascii: ".") && bytes[index + 1] == UInt8(ascii: ".") {
            return nil
        }
        return start
    }

    /// Where the domain after the `@` at `at` ends, or `nil` when it is not a valid domain.
    private func domainEnd(after at: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var labels: [Range<Int>] = []
        var position = at + 1
        while position - at <= 254 {
            let labelEnd = Self.labelEnd(from: position, in: bytes)
            if labelEnd == position { break }
            labels.append(position..<labelEnd)
            guard ASCII.byte(bytes, labelEnd) == UInt8(ascii: "."),
                Self.labelEnd(from: labelEnd + 1, in: bytes) > labelEnd + 1
            else { break }
            position = labelEnd + 1
        }
        guard labels.count >= 2, let last = labels.last else { return nil }
        guard let topLevelEnd = Self.topLevelEnd(last, in: bytes) else { return nil }
        labels[labels.count - 1] = last.lowerBound..<topLevelEnd
        let end = topLevelEnd
        guard end - at - 1 <= 253 else { return nil }
        for label in labels {
            guard label.count <= 63, bytes[label.lowerBound] != UInt8(ascii: "-"),
                bytes[label.upperBound - 1] != UInt8(ascii: "-")
            else { return nil }
        }
        // Versions (`lodash@4.17.21`) and asset scales (`logo@2x.png`, `icon@1.5x.png`).
        let numericLabels = labels.filter { label in label.allSatisfy { ASCII.isDigit(bytes[$0]) } }.count
        if numericLabels >= 2 { return nil }
        if labels.prefix(2).contains(where: { Self.isScale($0, in: bytes) }) { return nil }
        if Self.isFileExtension(labels[labels.count - 1], in: bytes) { return nil }
        let next = ASCII.byte(bytes, end)
        if next == UInt8(ascii: "_") || next == UInt8(ascii: "@") { return nil }
        return end
    }

    /// The end of the domain label starting at `start`: ASCII letters, digits and `-`, and non-ASCII
    /// letters, marks and digits.
    private static func labelEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var position = start
        while position < bytes.count && position - start <= 64 {
            let byte = bytes[position]
            if ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "-") {
                position += 1
            } else if byte >= 0xC0, let (scalar, length) = UTF8Scalar.decode(bytes, at: position),
                UTF8Scalar.isWordCharacter(scalar)
            {
                position += length
            } else {
                break
            }
        }
        return position
    }

    /// Where the top-level label ends, or `nil` when it cannot be a top-level domain: it must be two
    /// or more ASCII letters (cut where non-ASCII text follows them), `xn--` punycode, or all non-ASCII.
    private static func topLevelEnd(_ label: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let first = bytes[label.lowerBound]
        if first >= 0x80 {
            return label.allSatisfy({ bytes[$0] >= 0x80 }) ? label.upperBound : nil
        }
        if label.count >= 5, label.prefix(4).map({ ASCII.lowercased(bytes[$0]) }) == Array("xn--".utf8) {
            return label.allSatisfy({ bytes[$0] < 0x80 }) ? label.upperBound : nil
        }
        var end = label.lowerBound
        while end < label.upperBound && ASCII.isLetter(bytes[end]) { end += 1 }
        guard end - label.lowerBound >= 2 else { return nil }
        return end == label.upperBound || bytes[end] >= 0x80 ? end : nil
    }

    /// `2x`, `3x`, `1.5x`'s `5x`: a scale suffix of an asset name.
    private static func isScale(_ label: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard label.count >= 2, ASCII.lowercased(bytes[label.upperBound - 1]) == UInt8(ascii: "x") else { return false }
        return label.dropLast().allSatisfy { ASCII.isDigit(bytes[$0]) }
    }

    /// File extensions that are not top-level domains.
    private static let fileExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "svg", "svgz", "ico", "bmp", "avif", "tif", "tiff", "heic",
        "css", "scss", "less", "js", "mjs", "cjs", "jsx", "tsx", "map", "json", "html", "htm", "txt",
        "pdf", "woff", "ttf", "otf", "eot", "webm", "wasm", "yaml", "yml", "lock", "gz", "tar", "swift",
    ]

    private static func isFileExtension(_ label: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard label.count <= 5 else { return false }
        let text = String(decoding: label.map { ASCII.lowercased(bytes[$0]) }, as: UTF8.self)
        return fileExtensions.contains(text)
    }

    /// `://user@` or `://user:password@`: the credentials of a URL, not an address.
    private func isURLCredential(_ localStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = localStart
        if ASCII.byte(bytes, position - 1) == UInt8(ascii: ":") {
            // `user:password@`: walk back over the user name.
            position -= 1
            var steps = 0
            while position > 0 && Self.isLocalByte(bytes[position - 1]) && steps < 64 {
                position -= 1
                steps += 1
            }
        }
        return ASCII.byte(bytes, position - 1) == UInt8(ascii: "/") && ASCII.byte(bytes, position - 2) == UInt8(ascii: "/")
    }

    /// `git@github.com:org/repo`: the domain is followed by `:` and a path.
    private func isSSHRemote(_ domainEnd: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard ASCII.byte(bytes, domainEnd) == UInt8(ascii: ":") else { return false }
        let next = ASCII.byte(bytes, domainEnd + 1)
        return ASCII.isWordByte(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "~") || next == UInt8(ascii: ".")
    }
}
