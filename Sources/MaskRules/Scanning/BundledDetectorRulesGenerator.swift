/// Writes the Swift source of `BundledDetectorRules`: the detector rules of the built-in rule set as
/// Swift values, so that `masklint scan` with the built-in set starts without parsing YAML.
///
/// Loading the whole rule set (YAML, selectors, patterns, label vocabularies) takes longer than the
/// whole start-up budget of `scan`, which needs only the `detectors:` rules. The generated file is
/// checked against `rules/` by a test and rewritten by `make generate`, like `BundledRuleSet`.
public enum BundledDetectorRulesGenerator {
    /// The generated Swift file for the detector rules of `ruleSet`.
    public static func swiftSource(for ruleSet: RuleSet) -> String {
        swiftSource(ruleSet: RuleSetReference(ruleSet), rules: ruleSet.categories.flatMap(\.detectors))
    }

    /// The generated Swift file for `rules` of the rule set `ruleSet`.
    public static func swiftSource(ruleSet: RuleSetReference, rules: [DetectorRule]) -> String {
        var lines = [
            "// Generated from rules/ by `make generate`; do not edit. A test fails when it is stale.",
            "",
            "/// The detector rules of the rule set built into masklint, as `RuleSetLoader` reads them from",
            "/// `BundledRuleSet` (examples left out), so that `masklint scan` need not parse YAML to start.",
            "public enum BundledDetectorRules {",
            "    /// The built-in rule set's identity and content hash.",
            "    public static let ruleSet = RuleSetReference(",
            "        name: \(literal(ruleSet.name)), version: \(literal(ruleSet.version)),",
            "        contentHash: \(literal(ruleSet.contentHash)))",
            "",
            "    /// The `detectors:` rules, in rule set order.",
            "    public static let rules: [DetectorRule] = [",
        ]
        for rule in rules {
            let header = rule.header
            let location = header.location
            lines += [
                "        DetectorRule(",
                "            header: RuleHeader(",
                "                id: \(literal(header.id)),",
                "                description: \(literal(header.description)),",
                "                category: .\(header.category.rawValue), level: .\(header.level.name),",
                "                examples: RuleExamples(match: [], noMatch: []),",
                "                location: SourceLocation(file: \(location.file.map(literal) ?? "nil"), "
                    + "line: \(location.line.map(String.init) ?? "nil"), column: \(location.column.map(String.init) ?? "nil"))),",
                "            detectorID: \(literal(rule.detectorID)),",
            ]
            if rule.options.isEmpty {
                lines.append("            options: [:]),")
            } else {
                lines.append("            options: [")
                for (name, value) in rule.options.sorted(by: { $0.key < $1.key }) {
                    lines.append("                \(literal(name)): \(literal(value)),")
                }
                lines.append("            ]),")
            }
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    private static func literal(_ value: OptionValue) -> String {
        switch value {
        case .bool(let value): ".bool(\(value))"
        case .integer(let value): ".integer(\(value))"
        case .string(let value): ".string(\(literal(value)))"
        case .strings(let values): ".strings([" + values.map(literal).joined(separator: ", ") + "])"
        }
    }

    /// A Swift string literal for `text`.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
