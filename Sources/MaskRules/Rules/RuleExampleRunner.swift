import Foundation

/// Whether an example must match its rule or must not.
public enum ExampleExpectation: String, Sendable, Codable {
    case match
    case noMatch = "no-match"
}

/// The outcome of checking one example against its rule.
public struct ExampleResult: Sendable, CustomStringConvertible {
    /// The rule the example belongs to.
    public let ruleID: String
    /// The example.
    public let example: RuleExample
    /// What the rule file says should happen.
    public let expectation: ExampleExpectation
    /// Whether it did.
    public let passed: Bool
    /// What happened, as a sentence fragment.
    public let message: String

    /// `file:line:column: error: [rule-id] message` for a failure, `... ok` otherwise.
    public var description: String {
        "\(example.location): \(passed ? "ok" : "error"): [\(ruleID)] \(message)"
    }
}

/// Checks every rule's examples: each `match` example must match and each `no-match` example must not.
///
/// What "match" means depends on the rule's kind: a selector matches an element of an HTML fragment,
/// an input-name pattern is found in an attribute value, label vocabulary is found in a label text,
/// and a detector finds a value of the rule's category in free text.
public struct RuleExampleRunner: Sendable {
    /// Creates a runner.
    public init() {}

    /// Checks all examples of all rules, in file order.
    public func run(_ set: RuleSet) -> [ExampleResult] {
        set.allRules.flatMap(run)
    }

    /// Checks the examples of one rule.
    public func run(_ rule: AnyRule) -> [ExampleResult] {
        let matcher = Self.matcher(for: rule)
        let examples = rule.header.examples
        return examples.match.map { check(rule, $0, .match, matcher) } + examples.noMatch.map { check(rule, $0, .noMatch, matcher) }
    }

    private func check(_ rule: AnyRule, _ example: RuleExample, _ expectation: ExampleExpectation,
                       _ matcher: (String) -> Outcome) -> ExampleResult {
        let outcome = matcher(example.text)
        let passed: Bool
        let message: String
        switch (outcome, expectation) {
        case (.failed(let reason), _):
            (passed, message) = (false, "example could not be checked: \(reason)")
        case (.matched(let what), .match):
            (passed, message) = (true, "matches \(what)")
        case (.matched(let what), .noMatch):
            (passed, message) = (false, "example should not match but matches \(what): \(Self.quote(example.text))")
        case (.notMatched, .match):
            (passed, message) = (false, "example should match but does not: \(Self.quote(example.text))")
        case (.notMatched, .noMatch):
            (passed, message) = (true, "does not match")
        }
        return ExampleResult(ruleID: rule.id, example: example, expectation: expectation, passed: passed, message: message)
    }

    private enum Outcome {
        case matched(String)
        case notMatched
        case failed(String)
    }

    private static func matcher(for rule: AnyRule) -> (String) -> Outcome {
        switch rule {
        case .selector(let selectorRule):
            return { fragment in
                let document: HTMLDocument
                do { document = try HTMLParser().parse(fragment) } catch { return .failed("\(error)") }
                // Elements the parser implied (html, head, body) are not part of the example.
                let matched = document.allElements.filter {
                    !$0.isImplied && !$0.isInTemplateContent && selectorRule.selector.matches($0)
                }
                guard let first = matched.first else { return .notMatched }
                return .matched("<\(first.localName)>" + (matched.count > 1 ? " and \(matched.count - 1) more" : ""))
            }
        case .inputName(let inputName):
            return { value in
                do {
                    guard let range = try inputName.pattern.compiled.firstMatch(in: value) else { return .notMatched }
                    let bytes = Array(value.utf8)[range]
                    return .matched(Self.quote(String(decoding: bytes, as: UTF8.self)))
                } catch {
                    return .failed("\(error)")
                }
            }
        case .label(let label):
            return { text in
                guard let term = label.vocabulary.firstMatch(in: text) else { return .notMatched }
                return .matched("term \(Self.quote(term.text)) (\(term.language))")
            }
        case .detector(let detectorRule):
            let detector: (any ValueDetector)?
            let problem: String?
            do {
                detector = try BuiltInDetectors.make(id: detectorRule.detectorID, options: detectorRule.options)
                problem = nil
            } catch {
                detector = nil
                problem = error.description
            }
            return { text in
                guard let detector else { return .failed(problem ?? "detector unavailable") }
                let found = detector.values(in: text).filter { $0.category == detectorRule.header.category }
                guard let first = found.first else { return .notMatched }
                return .matched(Self.quote(first.value) + (first.encoding == .plain ? "" : " (\(first.encoding))"))
            }
        }
    }

    private static func quote(_ text: String) -> String {
        let flat = text.count > 120 ? String(text.prefix(117)) + "..." : text
        return "'" + flat.replacingOccurrences(of: "\n", with: "\\n") + "'"
    }
}
