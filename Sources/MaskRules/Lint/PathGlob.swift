/// A path pattern as `.masklint.yaml`'s `ignore` list and the command line write them.
///
/// - `*` matches any run of characters except `/`; `?` one character except `/`;
/// - `**` as a whole path segment matches any number of segments (none included);
/// - `[abc]`, `[a-z]` and `[!abc]` match one character of (or not of) a set;
/// - a pattern without `/` matches a file or directory name at any depth (`*.min.html`,
///   `node_modules`); a pattern with `/` matches from the base directory (`vendor/**`,
///   `src/*/snapshots`); a leading `/` or `./` is dropped;
/// - a pattern that matches a directory matches everything under it.
public struct PathGlob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let segments: [String]
    private let matchesAnyDepth: Bool

    /// Creates a glob.
    public init(_ pattern: String) {
        self.pattern = pattern
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        if text.hasPrefix("/") { text.removeFirst() }
        while text.hasSuffix("/") && text.count > 1 { text.removeLast() }
        segments = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        matchesAnyDepth = !text.contains("/")
    }

    /// Whether the characters that make a string a pattern (`*`, `?`, `[`) occur in `text`.
    public static func isPattern(_ text: String) -> Bool {
        text.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// Whether `path` (relative to the base directory, `/`-separated) or one of its parent
    /// directories matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }.map(String.init)
        guard !parts.isEmpty, !segments.isEmpty else { return false }
        if matchesAnyDepth {
            return parts.contains { Self.matchSegment(Array(segments[0].unicodeScalars)[...], Array($0.unicodeScalars)[...]) }
        }
        for length in 1...parts.count where Self.match(segments[...], parts[..<length]) { return true }
        return false
    }

    /// Whether the whole of `path` matches (not merely one of its parents): what the command line
    /// uses to expand a pattern argument.
    public func matchesExactly(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }.map(String.init)
        return Self.match(segments[...], parts[...])
    }

    /// The directory to walk to expand the pattern: the segments before the first one with a
    /// wildcard, or `nil` for the current directory.
    public var fixedPrefix: String? {
        let fixed = segments.prefix { !Self.isPattern($0) }
        guard !fixed.isEmpty, fixed.count < segments.count else { return nil }
        return (pattern.hasPrefix("/") ? "/" : "") + fixed.joined(separator: "/")
    }

    public var description: String { pattern }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            for start in path.startIndex...path.endIndex where match(rest, path[start...]) { return true }
            return false
        }
        guard let segment = path.first,
              matchSegment(Array(first.unicodeScalars)[...], Array(segment.unicodeScalars)[...])
        else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// Matches one segment: `*`, `?` and bracket sets, by backtracking over the last `*`.
    private static func matchSegment(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern.startIndex, t = text.startIndex
        var star: (pattern: Int, text: Int)?
        while t < text.endIndex {
            if p < pattern.endIndex {
                let token = pattern[p]
                if token == "*" {
                    star = (p, t)
                    p += 1
                    continue
                }
                if token == "?" {
                    p += 1
                    t += 1
                    continue
                }
                if token == "[", let (matched, next) = matchSet(pattern, at: p, text[t]) {
                    if matched {
                        p = next
                        t += 1
                        continue
                    }
                } else if token == text[t] {
                    p += 1
                    t += 1
                    continue
                }
            }
            guard let previous = star else { return false }
            p = previous.pattern + 1
            t = previous.text + 1
            star = (previous.pattern, previous.text + 1)
        }
        while p < pattern.endIndex && pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }

    /// Matches a bracket set starting at `start` against one character: whether it matched, and
    /// the index after the set; `nil` when the `[` opens no set (it is then a literal).
    private static func matchSet(_ pattern: ArraySlice<Unicode.Scalar>, at start: Int, _ character: Unicode.Scalar)
        -> (Bool, Int)?
    {
        var index = start + 1
        var negated = false
        if index < pattern.endIndex && (pattern[index] == "!" || pattern[index] == "^") {
            negated = true
            index += 1
        }
        var matched = false
        var first = true
        while index < pattern.endIndex {
            let scalar = pattern[index]
            if scalar == "]" && !first { return (matched != negated, index + 1) }
            first = false
            if index + 2 < pattern.endIndex && pattern[index + 1] == "-" && pattern[index + 2] != "]" {
                if scalar.value <= character.value && character.value <= pattern[index + 2].value { matched = true }
                index += 3
            } else {
                if scalar == character { matched = true }
                index += 1
            }
        }
        return nil
    }
}
