/// What the tracker sends as a text node's data (`Sanitizer.sanitize`, openreplay.md §1.3).
extension MaskingModel {
    /// The `SetNodeData` payload for a text node with `data` at `level`, or `nil` for a Hidden text
    /// node, which is never sent.
    ///
    /// - Obscured: `stringWiper`: the data is trimmed, then every character except white space
    ///   becomes `*` (each UTF-16 unit, as JavaScript's `replace` without the `u` flag counts).
    /// - Plain: with `obscureTextNumbers` every ASCII digit becomes `0`; then with
    ///   `obscureTextEmails` a node that is nothing but `word([+.-]word)*@word([.-]word)*.tld` (a TLD
    ///   of two or three word characters) becomes stars for the local part, `@`, stars for the first
    ///   domain label, `.`, stars for the second; further labels are dropped.
    public func recordedText(_ data: String, level: MaskingLevel) -> String? {
        switch level {
        case .hidden: return nil
        case .obscured: return Self.wipe(data)
        case .plain:
            var text = data
            if options.obscureTextNumbers {
                text = String(decoding: text.utf16.map { $0 >= 0x30 && $0 <= 0x39 ? 0x30 : $0 }, as: UTF16.self)
            }
            if options.obscureTextEmails, let starred = Self.starredEmail(text) { text = starred }
            return text
        }
    }

    /// JavaScript's white space and line terminators (`\s`), which `trim()` removes and
    /// `stringWiper` keeps.
    static func isJavaScriptSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// `stringWiper`: trim, then star every unit that is not white space.
    static func wipe(_ data: String) -> String {
        let units = Array(data.utf16)
        guard let start = units.firstIndex(where: { !isJavaScriptSpace($0) }),
              let end = units.lastIndex(where: { !isJavaScriptSpace($0) }) else { return "" }
        return String(decoding: units[start...end].map { isJavaScriptSpace($0) ? $0 : 0x2A }, as: UTF16.self)
    }

    /// The starred form when the whole of `text` is an address the tracker's email pattern matches.
    static func starredEmail(_ text: String) -> String? {
        let units = Array(text.utf16)
        guard let at = units.firstIndex(of: 0x40) else { return nil }
        let local = units[..<at]
        let domain = units[(at + 1)...]
        // Local part: word runs joined by single `+`, `.` or `-`.
        guard isWordRunList(local, separators: [0x2B, 0x2E, 0x2D]) else { return nil }
        // Domain: word runs joined by single `.` or `-`, the last joint a `.`, the last run 2–3 long.
        guard isWordRunList(domain, separators: [0x2E, 0x2D]),
              let lastDot = domain.lastIndex(of: 0x2E), domain.lastIndex(of: 0x2D).map({ $0 < lastDot }) ?? true
        else { return nil }
        let tld = domain.distance(from: domain.index(after: lastDot), to: domain.endIndex)
        guard tld == 2 || tld == 3 else { return nil }
        let labels = domain.split(separator: 0x2E, omittingEmptySubsequences: false)
        func stars(_ count: Int) -> String { String(repeating: "*", count: count) }
        return stars(local.count) + "@" + stars(labels[0].count) + "." + stars(labels[1].count)
    }

    /// Non-empty runs of ASCII word characters separated by single separators.
    private static func isWordRunList(_ units: ArraySlice<UInt16>, separators: Set<UInt16>) -> Bool {
        var runLength = 0
        for unit in units {
            if isASCIIWord(unit) {
                runLength += 1
            } else if separators.contains(unit) && runLength > 0 {
                runLength = 0
            } else {
                return false
            }
        }
        return runLength > 0
    }

    private static func isASCIIWord(_ unit: UInt16) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) || unit == 0x5F
    }
}
