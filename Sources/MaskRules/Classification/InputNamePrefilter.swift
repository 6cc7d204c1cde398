/// The input-name rules that read one attribute, joined into one regular expression per flag and
/// limit set (`(?:p1)|(?:p2)|…`, as `InputNamePatternGroup` joins them for the generated code), so
/// that a field's attribute value is searched once per group instead of once per rule.
///
/// The joined search is a filter: where it finds nothing, no rule of the group matches the value,
/// and the classifier skips them; where it finds a match, or stops at a limit, the classifier tests
/// the group's rules one by one as before, so the evidence, the rule ids and the reported limit
/// problems are those of the single rules. A search is not anchored, so an alternation matches
/// exactly when one of its alternatives does; and since it tries every alternative at every
/// position where a single pattern would try its own, a single pattern does more work than the
/// group only where PCRE2's start-of-match optimisations differ, far below the limits for names.
/// Patterns that may have a named group are never joined (two groups of one name are an error) and
/// are always tested.
struct InputNamePrefilter: Sendable {
    private struct Group: Sendable {
        let pattern: RulePattern
        let rules: [Int]
    }

    private let attributeCount: Int
    private let ruleCount: Int
    /// Per attribute position, its groups.
    private let groups: [[Group]]

    /// Joins `rules` per attribute position; `positions[rule]` lists the positions the rule reads.
    init(rules: [InputNameRule], attributeCount: Int, positions: [[Int]]) {
        self.attributeCount = attributeCount
        ruleCount = rules.count
        var groups: [[Group]] = []
        for position in 0..<attributeCount {
            struct Key: Hashable {
                let caseInsensitive: Bool
                let limits: PatternLimits
            }
            var members: [Key: [Int]] = [:]
            var order: [Key] = []
            for (index, rule) in rules.enumerated()
            where positions[index].contains(position) && !InputNamePatternGroup.mayHaveNamedGroup(rule.pattern.source) {
                let key = Key(caseInsensitive: rule.pattern.caseInsensitive, limits: rule.pattern.compiled.limits)
                if members[key] == nil { order.append(key) }
                members[key, default: []].append(index)
            }
            groups.append(order.compactMap { key in
                guard let indices = members[key], indices.count > 1 else { return nil }
                let source = InputNamePatternGroup.joinedSource(indices.map { rules[$0].pattern.source })
                // A joined pattern PCRE2 rejects (too long, say) only costs the filter.
                guard let pattern = try? RulePattern(source, caseInsensitive: key.caseInsensitive, limits: key.limits)
                else { return nil }
                return Group(pattern: pattern, rules: indices)
            })
        }
        self.groups = groups
    }

    /// Whether each rule may match the value at each position: `candidates[rule * attributeCount +
    /// position]`, `false` where a joined search found that none of the rule's group matches.
    func candidates(values: [String?]) -> [Bool] {
        var candidates = [Bool](repeating: true, count: ruleCount * attributeCount)
        for position in 0..<attributeCount {
            guard let value = values[position], !value.isEmpty else { continue }
            for group in groups[position] {
                guard (try? group.pattern.matches(value)) == false else { continue }
                for rule in group.rules { candidates[rule * attributeCount + position] = false }
            }
        }
        return candidates
    }
}
