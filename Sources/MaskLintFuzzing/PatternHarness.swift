import MaskRules

/// The pattern target. An input is a flag byte (bit 0: case-insensitive), the pattern, a NUL byte,
/// and a subject to match (bytes that are not UTF-8 become U+FFFD in both).
///
/// The pattern goes through `RulePattern`, as a rule file's pattern does: the portable subset check,
/// then PCRE2's compiler, then matching under the standard limits. Properties: a rejected pattern's
/// column is inside it (or just past its end); every match range lies inside the subject, on
/// character boundaries, after the previous match; `matches` agrees with `allMatches`; the
/// pattern's required literals admit every subject it matches.
enum PatternHarness {
    static func check(_ input: [UInt8]) -> String? {
        guard let flags = input.first else { return nil }
        let rest = input.dropFirst()
        let separator = rest.firstIndex(of: 0) ?? rest.endIndex
        let source = String(decoding: rest[..<separator], as: UTF8.self)
        let subject = separator < rest.endIndex ? String(decoding: rest[(separator + 1)...], as: UTF8.self) : ""
        let pattern: RulePattern
        do {
            pattern = try RulePattern(source, caseInsensitive: flags & 1 != 0)
        } catch {
            let length = source.unicodeScalars.count
            if let column = error.column, column < 1 || column > length + 1 {
                return "the error \(error) for a pattern of \(length) characters is at column \(column)"
            }
            return nil
        }
        _ = pattern.javaScriptFlags
        let ranges: [Range<Int>]
        do {
            ranges = try pattern.compiled.allMatches(in: subject)
        } catch .limitExceeded {
            return nil  // A limit reached: the caller treats the text as unverified.
        } catch {
            return "matching \(String(reflecting: source)) failed: \(error)"
        }
        let bytes = Array(subject.utf8)
        func isBoundary(_ offset: Int) -> Bool {
            offset == bytes.count || (offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
        }
        var previous = 0
        for range in ranges {
            guard range.lowerBound >= previous, range.upperBound <= bytes.count else {
                return "match \(range) of \(String(reflecting: source)) is out of order or past the subject's \(bytes.count) bytes"
            }
            guard isBoundary(range.lowerBound), isBoundary(range.upperBound) else {
                return "match \(range) of \(String(reflecting: source)) cuts a character"
            }
            previous = range.upperBound
        }
        if !ranges.isEmpty, let literals = pattern.requiredLiterals, !literals.admits(subject) {
            return "the required literals \(literals.strings) of \(String(reflecting: source)) reject \(String(reflecting: subject)), which it matches"
        }
        if let matches = try? pattern.matches(subject), matches == ranges.isEmpty {
            return "matches says \(matches) for \(String(reflecting: source)), allMatches found \(ranges.count)"
        }
        return nil
    }
}
