@testable import MaskRules

/// HTML with inline expectations, in the two forms masklint's tests use:
///
/// - In check examples, `↓` just before a tag's `<` (or before the first character of a value in
///   text) marks one expected finding at that exact line and column; `↓[check-id]` names the check
///   (`↓[a,b]` expects one of each), and a bare `↓` stands for the check whose example it is. These
///   markers are removed before parsing.
/// - In `fixtures/forms/`, which are linted as they are, the markers are HTML comments, which are
///   no part of the parsed page: `<!--↓ check-id-->` (or `<!--↓ a, b-->`) expects a finding of each
///   check on the line where the comment ends, and `<!--pii:category-->` or `<!--pii:none-->` just
///   before a field's `<` says what the field really holds: the ground truth for the precision and
///   recall of PII-field detection.
///
/// Positions are those of the text after `↓` markers are removed (1-based line, and column in
/// Unicode scalars).
struct MarkedHTML {
    /// A position in the text.
    struct Position: Hashable, Comparable, CustomStringConvertible {
        let line: Int
        let column: Int
        static func < (lhs: Position, rhs: Position) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
        var description: String { "\(line):\(column)" }
    }

    /// An expected finding: its check and line, and its column when the marker gives one.
    struct Expected: Hashable, Comparable, CustomStringConvertible {
        let checkID: String
        let line: Int
        let column: Int?
        static func < (lhs: Expected, rhs: Expected) -> Bool {
            (lhs.line, lhs.column ?? 0, lhs.checkID) < (rhs.line, rhs.column ?? 0, rhs.checkID)
        }
        var description: String { "\(line)\(column.map { ":\($0)" } ?? "") [\(checkID)]" }
    }

    /// The text to lint.
    let html: String
    /// The expected findings, sorted.
    let expected: [Expected]
    /// What each labelled field really holds, by the position of its `<`: a category, or `nil` for
    /// `pii:none`.
    let piiLabels: [Position: PIICategory?]

    init(_ marked: String, defaultCheckID: String? = nil) {
        var html = ""
        var expected: [Expected] = []
        var labels: [Position: PIICategory?] = [:]
        var line = 1, column = 1
        var pendingLabel: PIICategory??
        var scalars = marked.unicodeScalars[...]
        func advance(over scalar: Unicode.Scalar) {
            html.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        while let scalar = scalars.first {
            if scalar == "↓" {
                scalars = scalars.dropFirst()
                var ids: [String] = []
                if scalars.first == "[", let close = scalars.firstIndex(of: "]") {
                    ids = String(scalars[scalars.index(after: scalars.startIndex)..<close]).split(separator: ",").map {
                        String($0).trimmingWhitespace
                    }
                    scalars = scalars[scalars.index(after: close)...]
                } else if let defaultCheckID {
                    ids = [defaultCheckID]
                }
                precondition(!ids.isEmpty, "a bare ↓ needs a default check id")
                expected += ids.map { Expected(checkID: $0, line: line, column: column) }
                continue
            }
            if scalar == "<", String(String.UnicodeScalarView(scalars.prefix(4))) == "<!--",
               let end = String(String.UnicodeScalarView(scalars)).range(of: "-->")
            {
                let comment = String(String.UnicodeScalarView(scalars))[..<end.upperBound]
                let body = comment.dropFirst(4).dropLast(3)
                for scalar in comment.unicodeScalars { advance(over: scalar) }
                scalars = scalars.dropFirst(comment.unicodeScalars.count)
                if body.hasPrefix("↓") {
                    for id in body.dropFirst().split(separator: ",") {
                        expected.append(Expected(checkID: String(id).trimmingWhitespace, line: line, column: nil))
                    }
                } else if body.hasPrefix("pii:") {
                    let name = String(body.dropFirst(4))
                    if name == "none" {
                        pendingLabel = .some(nil)
                    } else {
                        guard let category = PIICategory(rawValue: name) else { preconditionFailure("unknown category \(name)") }
                        pendingLabel = .some(category)
                    }
                    labels[Position(line: line, column: column)] = pendingLabel!
                }
                continue
            }
            advance(over: scalar)
            scalars = scalars.dropFirst()
        }
        self.html = html
        self.expected = expected.sorted()
        self.piiLabels = labels
    }

    /// The findings as expectations (check, line and column), sorted.
    static func actual(_ findings: [Finding]) -> [Expected] {
        findings.compactMap { finding in
            guard case .source(let location, _) = finding.location, let line = location.line else { return nil }
            return Expected(checkID: finding.checkID, line: line, column: location.column)
        }.sorted()
    }

    /// The expected findings that no finding matches, and the findings that match no expectation.
    /// An expectation with a column matches a finding at that line and column; one without, a
    /// finding anywhere on its line.
    func differences(from findings: [Finding]) -> (missing: [Expected], unexpected: [Expected]) {
        var remaining = Self.actual(findings)
        var missing: [Expected] = []
        for expectation in expected.sorted(by: { ($0.column == nil ? 1 : 0) < ($1.column == nil ? 1 : 0) }) {
            let index = remaining.firstIndex {
                $0.checkID == expectation.checkID && $0.line == expectation.line
                    && (expectation.column == nil || $0.column == expectation.column)
            }
            if let index { remaining.remove(at: index) } else { missing.append(expectation) }
        }
        return (missing.sorted(), remaining)
    }
}
