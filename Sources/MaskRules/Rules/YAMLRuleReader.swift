import Yams

/// Reads typed values out of a composed YAML tree while collecting every problem with its
/// location, so that a rule file with several mistakes reports all of them in one run.
struct YAMLRuleReader {
    /// The file being read, as shown in diagnostics.
    let file: String
    /// The problems found so far.
    private(set) var diagnostics: [RuleSetDiagnostic] = []
    /// Nodes visited so far; bounds the work that YAML aliases can multiply.
    private var visitedNodes = 0
    /// The most nodes one file may expand to.
    let nodeBudget: Int

    init(file: String, nodeBudget: Int = YAMLLimits.standard.maximumNodes) {
        self.file = file
        self.nodeBudget = nodeBudget
    }

    /// The location of a node's first character.
    func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// The location of the character at 1-based `column` inside a one-line scalar's text, allowing for quotes.
    func location(inScalar node: Node, column: Int) -> SourceLocation {
        var location = location(of: node)
        guard let scalar = node.scalar, let start = location.column else { return location }
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        if scalar.style == .literal || scalar.style == .folded || scalar.string.contains("\n") { return location }
        location.column = start + (quoted ? 1 : 0) + column - 1
        return location
    }

    mutating func report(_ message: String, at node: Node?, ruleID: String? = nil) {
        diagnostics.append(RuleSetDiagnostic(location: location(of: node), message: message, ruleID: ruleID))
    }

    mutating func report(_ message: String, at location: SourceLocation, ruleID: String? = nil) {
        diagnostics.append(RuleSetDiagnostic(location: location, message: message, ruleID: ruleID))
    }

    /// Whether the alias-expansion budget still allows reading `count` more nodes.
    mutating func spend(_ count: Int, at node: Node?) -> Bool {
        visitedNodes += count
        if visitedNodes == nodeBudget + count || (visitedNodes > nodeBudget && visitedNodes - count <= nodeBudget) {
            report("the file expands to more than \(nodeBudget) YAML nodes (aliases?; limit max-yaml-nodes); refusing to read further", at: node)
        }
        return visitedNodes <= nodeBudget
    }

    /// Reads a mapping with known keys. Reports duplicate, unknown and missing keys.
    /// - Returns: the values by key, or `nil` when `node` is not a mapping.
    mutating func mapping(_ node: Node, what: String, allowed: [String], required: [String],
                          ruleID: String? = nil) -> [String: Node]? {
        guard let mapping = node.mapping else {
            report("\(what) must be a mapping", at: node, ruleID: ruleID)
            return nil
        }
        guard spend(mapping.count, at: node) else { return nil }
        var values: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                report("keys of \(what) must be plain strings", at: keyNode, ruleID: ruleID)
                continue
            }
            if values[key] != nil {
                report("duplicate key '\(key)' in \(what)", at: keyNode, ruleID: ruleID)
                continue
            }
            guard allowed.contains(key) else {
                let suggestion = Self.closest(to: key, in: allowed).map { "; did you mean '\($0)'?" } ?? ""
                report("unknown key '\(key)' in \(what)" + suggestion, at: keyNode, ruleID: ruleID)
                continue
            }
            values[key] = value
        }
        for key in required where values[key] == nil {
            report("\(what) is missing the required key '\(key)'", at: node, ruleID: ruleID)
        }
        return values
    }

    /// A non-empty string scalar.
    mutating func string(_ node: Node?, what: String, ruleID: String? = nil) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar, !Self.isNull(node) else {
            report("\(what) must be a string", at: node, ruleID: ruleID)
            return nil
        }
        guard !scalar.string.trimmingWhitespace.isEmpty else {
            report("\(what) must not be empty", at: node, ruleID: ruleID)
            return nil
        }
        return scalar.string
    }

    /// Whether `node` is a YAML null (`~`, `null`, an empty plain scalar, or tagged `!!null`).
    ///
    /// The same answer as comparing `node.tag` with `Tag.Name.null`, without resolving the tag of a
    /// plain scalar that cannot be null: Yams resolves an implicit tag by trying its regular
    /// expressions in turn (about 30,000 instructions a scalar), and only a scalar that is empty, starts
    /// with `~`, `null`, `Null`, `NULL` or a control character, or is a lone non-ASCII line terminator
    /// can match the null one (`^(?:~|null|Null|NULL|)$`, where `$` also matches before a final line
    /// terminator). Quoted and block scalars carry an explicit `str` tag; explicit tags are compared as
    /// they are.
    static func isNull(_ node: Node) -> Bool {
        // Any other string is not null, whatever the other rules say: its tag need not be resolved.
        if let scalar = node.scalar, scalar.tag.description == Tag.Name.implicit.rawValue, !mayBeNullSpelling(scalar.string) {
            return false
        }
        return node.tag.rawValue == Tag.Name.null.rawValue
    }

    /// Whether the null rule may match `string`: it is empty, starts with `~`, `null`, `Null`, `NULL`
    /// or a control character (a line terminator, before which `$` matches), or is as short as a lone
    /// non-ASCII line terminator (U+0085, U+2028, U+2029).
    private static func mayBeNullSpelling(_ string: String) -> Bool {
        guard let first = string.utf8.first else { return true }
        switch first {
        case UInt8(ascii: "~"), ..<0x20: return true
        case UInt8(ascii: "n"), UInt8(ascii: "N"): return string.hasPrefix("null") || string.hasPrefix("Null") || string.hasPrefix("NULL")
        case 0x80...: return string.utf8.count <= 3
        default: return false
        }
    }

    /// A boolean scalar (`true` or `false`).
    mutating func bool(_ node: Node?, what: String, ruleID: String? = nil) -> Bool? {
        guard let node else { return nil }
        guard node.scalar != nil, node.tag.rawValue == Tag.Name.bool.rawValue, let value = node.bool else {
            report("\(what) must be true or false", at: node, ruleID: ruleID)
            return nil
        }
        return value
    }

    /// A sequence of nodes.
    mutating func sequence(_ node: Node?, what: String, ruleID: String? = nil) -> [Node]? {
        guard let node else { return nil }
        guard let sequence = node.sequence else {
            report("\(what) must be a list", at: node, ruleID: ruleID)
            return nil
        }
        guard spend(sequence.count, at: node) else { return nil }
        return Array(sequence)
    }

    /// A non-empty list of non-empty strings, each with its node.
    mutating func strings(_ node: Node?, what: String, ruleID: String? = nil) -> [(String, Node)]? {
        guard let items = sequence(node, what: what, ruleID: ruleID) else { return nil }
        if items.isEmpty { report("\(what) must not be empty", at: node, ruleID: ruleID) }
        return items.compactMap { item in string(item, what: "an entry of \(what)", ruleID: ruleID).map { ($0, item) } }
    }

    /// A detector option value: a boolean, an integer, a string or a list of strings.
    mutating func optionValue(_ node: Node, what: String, ruleID: String?) -> OptionValue? {
        if let items = node.sequence {
            guard spend(items.count, at: node) else { return nil }
            var values: [String] = []
            for item in items {
                guard let scalar = item.scalar else {
                    report("\(what) must be a list of strings", at: item, ruleID: ruleID)
                    return nil
                }
                values.append(scalar.string)
            }
            return .strings(values)
        }
        guard let scalar = node.scalar else {
            report("\(what) must be a boolean, a number, a string or a list of strings", at: node, ruleID: ruleID)
            return nil
        }
        switch node.tag.rawValue {
        case Tag.Name.bool.rawValue: return node.bool.map(OptionValue.bool)
        case Tag.Name.int.rawValue: return node.int.map(OptionValue.integer)
        default: return .string(scalar.string)
        }
    }

    /// The allowed word nearest to a misspelled key, when it is close enough to suggest.
    static func closest(to word: String, in candidates: [String]) -> String? {
        EditDistance.nearest(to: word, in: candidates, limit: max(2, word.count / 3))
    }
}
