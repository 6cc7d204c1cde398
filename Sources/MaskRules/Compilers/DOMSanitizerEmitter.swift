/// Writes the `domSanitizer(node)` function of a generated module from the compiled rule set.
///
/// The function is the statement of `MaskingModel.sanitizerLevel(for:)` in JavaScript, step for
/// step, so that the browser proof can compare the two element by element:
/// 1. the prefilter: for HTML elements, a `switch` on the tag name, then `hasAttribute` tests; an
///    element that passes neither is Plain without any `matches()` call or regular expression;
/// 2. one `matches()` per level, highest first, each behind the level's own prefilter;
/// 3. for fields (`InputNameRuleScope`), on each attribute an input-name rule reads, the rules that
///    read it, highest level first, each skipped when an ASCII value contains none of its required
///    literals (`RulePattern.requiredLiterals`).
/// Selectors and patterns are emitted as JSON-escaped string literals; each rule's `RegExp` is built
/// when a value first needs it, so a page compiles only the patterns of the names it has.
struct DOMSanitizerEmitter {
    let rules: CompiledMaskingRules
    let typeScript: Bool

    /// The constants and functions, ending with the exported `domSanitizer`.
    var source: String {
        var lines: [String] = []
        lines.append("const HTML_NAMESPACE = \"http://www.w3.org/1999/xhtml\";")
        lines.append("")
        for group in rules.selectorGroups {
            lines.append("/** " + Self.levelComment(group.level) + " for the selector rules " + group.ruleIDs.joined(separator: ", ") + ". */")
            lines.append("const \(Self.selectorConstant(group.level)) = " + JavaScriptLiteral.string(group.selector.cssText) + ";")
            lines.append("")
        }
        if !rules.inputNameRules.isEmpty {
            lines += fieldNameTables
            lines.append("")
            lines += fieldFunctions
            lines.append("")
        }
        if let prefilter = rules.prefilter, !prefilter.attributeNames.isEmpty {
            lines.append("/** The attributes of the fast path, as one selector: one `matches()` call instead of one `hasAttribute()` per name. */")
            let selector = prefilter.attributeNames.map { name in
                var escaped = ""
                SelectorSerializer.writeIdentifier(name, to: &escaped)
                return "[" + escaped + "]"
            }.joined(separator: ", ")
            lines.append("const PREFILTER_ATTRIBUTES = " + JavaScriptLiteral.string(selector) + ";")
            lines.append("")
        }
        lines += sanitizerFunction
        return lines.joined(separator: "\n")
    }

    /// The input-name rules with their literals, and per attribute the rules to test on it.
    private var fieldNameTables: [String] {
        var lines = [
            "/**",
            " * The input-name rules, in rule set order: [literals, whether the literals are lower case, pattern,",
            " * flags for lower-cased ASCII values (or null), flags for any value]. Every match of a rule's pattern",
            " * contains one of its literals (null: the pattern has no such list), so an ASCII value that contains",
            " * none is not searched. Field names are nearly always ASCII, and browsers compile case-insensitive",
            " * Unicode expressions slowly: an ASCII value is lower-cased and searched with the first flags.",
            " */",
        ]
        if typeScript {
            lines.append("type FieldNameRule = readonly [ReadonlyArray<string> | null, boolean, string, string | null, string];")
        }
        lines.append("const FIELD_NAME_RULES\(typeScript ? ": ReadonlyArray<FieldNameRule>" : "") = [")
        for rule in rules.inputNameRules {
            let pattern = rule.pattern
            let literals = pattern.requiredLiterals.map { "[" + $0.strings.map(JavaScriptLiteral.string).joined(separator: ", ") + "]" } ?? "null"
            let asciiFlags = pattern.admitsLowercasedASCII ? "\"su\"" : "null"
            lines.append("  // " + rule.header.id)
            lines.append("  [" + [literals, pattern.caseInsensitive ? "true" : "false", JavaScriptLiteral.string(pattern.source), asciiFlags,
                                  JavaScriptLiteral.string(pattern.javaScriptFlags)].joined(separator: ", ") + "],")
        }
        lines.append("];")
        lines.append("/** Each rule's [RegExp for lower-cased ASCII values, RegExp for any value], built when first needed. */")
        let pair = typeScript ? "(): [RegExp | null, RegExp | null] " : "() "
        lines.append("const FIELD_NAME_REGEXPS = FIELD_NAME_RULES.map(" + pair + "=> [null, null]);")
        lines.append("/** [attribute, [[level, rule], …]]: the rules to test on each attribute's value, highest level first. */")
        let type = typeScript ? ": ReadonlyArray<readonly [string, ReadonlyArray<readonly [SanitizeLevelValue, number]>]>" : ""
        lines.append("const FIELD_NAME_TESTS\(type) = [")
        for test in rules.fieldNameTests {
            let entries = test.ruleIndices.map { "[\(rules.inputNameRules[$0].header.level.rawValue), \($0)]" }
            lines.append("  [" + JavaScriptLiteral.string(test.attribute) + ", [" + entries.joined(separator: ", ") + "]],")
        }
        lines.append("];")
        return lines
    }

    private var fieldFunctions: [String] {
        let parameter = typeScript ? "node: Element" : "node"
        let boolean = typeScript ? ": boolean" : ""
        let tags = InputNameRuleScope.fieldTagNames.map { "case " + JavaScriptLiteral.string($0) + ":" }.joined(separator: " ")
        return [
            "/** Input-name rules apply to HTML form fields and editable regions only (contenteditable other than \"false\"). */",
            "function isField(\(parameter), \(typeScript ? "tag: string" : "tag"))\(boolean) {",
            "  switch (tag) {",
            "    \(tags)",
            "      return true;",
            "  }",
            "  const editable = node.getAttribute(" + JavaScriptLiteral.string(InputNameRuleScope.editableAttribute) + ");",
            "  return editable !== null && editable.toLowerCase() !== \"false\";",
            "}",
            "",
            "/** The level each attribute value has been found to demand: field names repeat (one form per product, rows of a table). */",
            "const FIELD_NAME_LEVELS = new Map" + (typeScript ? "<string, SanitizeLevelValue>" : "") + "();",
            "",
            "const ASCII_ONLY = /^[\\x00-\\x7f]*$/;",
            "",
            "/** The highest level of the rules whose patterns are found in `value`; remembered, since it depends on the value alone. */",
            "function fieldNameLevel(" + (typeScript
                ? "attribute: string, tests: ReadonlyArray<readonly [SanitizeLevelValue, number]>, value: string): SanitizeLevelValue {"
                : "attribute, tests, value) {"),
            "  const key = attribute + \"\\u0000\" + value;",
            "  let level = FIELD_NAME_LEVELS.get(key);",
            "  if (level === undefined) {",
            "    level = 0;",
            "    const ascii = ASCII_ONLY.test(value);",
            "    const lower = ascii ? value.toLowerCase() : value;",
            "    for (let i = 0; i < tests.length; i++) {",
            "      if (fieldNameMatches(tests[i][1], ascii, lower, value)) {",
            "        level = tests[i][0];",
            "        break;",
            "      }",
            "    }",
            "    if (FIELD_NAME_LEVELS.size >= 4096) FIELD_NAME_LEVELS.clear();",
            "    FIELD_NAME_LEVELS.set(key, level);",
            "  }",
            "  return level;",
            "}",
            "",
            "/** Whether the pattern of rule `index` is found in `value` (`lower`: the value lower-cased, when `ascii`). */",
            "function fieldNameMatches(" + (typeScript
                ? "index: number, ascii: boolean, lower: string, value: string): boolean {"
                : "index, ascii, lower, value) {"),
            "  const rule = FIELD_NAME_RULES[index];",
            "  const literals = rule[0];",
            "  if (ascii && literals !== null) {",
            "    const subject = rule[1] ? lower : value;",
            "    let found = false;",
            "    for (let i = 0; i < literals.length && !found; i++) found = subject.includes(literals[i]);",
            "    if (!found) return false;",
            "  }",
            "  const regexps = FIELD_NAME_REGEXPS[index];",
            "  const asciiFlags = rule[3];",
            "  if (ascii && asciiFlags !== null) {",
            "    let regexp = regexps[0];",
            "    if (regexp === null) regexp = regexps[0] = new RegExp(rule[2], asciiFlags);",
            "    return regexp.test(lower);",
            "  }",
            "  let regexp = regexps[1];",
            "  if (regexp === null) regexp = regexps[1] = new RegExp(rule[2], rule[4]);",
            "  return regexp.test(value);",
            "}",
        ]
    }

    private var sanitizerFunction: [String] {
        let signature = typeScript ? "node: Element): SanitizeLevelValue" : "node)"
        var lines = [
            "/**",
            " * The OpenReplay domSanitizer: the SanitizeLevel that the rule set demands for an element,",
            " * 0 (Plain), 1 (Obscured) or 2 (Hidden). The tracker calls it once for every element it records",
            " * and can only raise an element's level with the result.",
            " */",
            "export function domSanitizer(\(signature) {",
        ]
        if rules.selectorGroups.isEmpty && rules.inputNameRules.isEmpty {
            lines += ["  return 0; // Plain: the rule set names no elements", "}"]
            return lines
        }
        lines.append("  const tag = node.localName;")
        if let prefilter = rules.prefilter {
            lines.append("  // Fast path: an HTML element with none of these tags and attributes matches no rule. The namespace")
            lines.append("  // is read only when the attributes pass: one DOM call fewer for nearly every element.")
            lines.append("  switch (tag) {")
            if !prefilter.tagNames.isEmpty {
                lines.append("    " + prefilter.tagNames.map { "case " + JavaScriptLiteral.string($0) + ":" }.joined(separator: " "))
                lines.append("      break;")
            }
            lines.append("    default:")
            let attributes = prefilter.attributeNames.isEmpty ? "" : "!node.matches(PREFILTER_ATTRIBUTES) && "
            lines.append("      if (" + attributes + "node.namespaceURI === HTML_NAMESPACE) return 0;")
            lines.append("  }")
        }
        lines.append("  const html = node.namespaceURI === HTML_NAMESPACE;")
        let hasPatterns = !rules.inputNameRules.isEmpty
        lines.append("  let level\(typeScript ? ": SanitizeLevelValue" : "") = 0;")
        for (index, group) in rules.selectorGroups.enumerated() {
            let constant = Self.selectorConstant(group.level)
            let keyword = index == 0 ? "if" : "else if"
            let guardExpression = group.prefilter.map { Self.condition(for: $0) + " && " } ?? ""
            lines.append("  \(keyword) (\(guardExpression)node.matches(\(constant))) level = \(group.level.rawValue);")
        }
        if hasPatterns {
            lines += [
                "  if (level < 2 && html && isField(node, tag)) {",
                "    for (let i = 0; i < FIELD_NAME_TESTS.length; i++) {",
                "      const value = node.getAttribute(FIELD_NAME_TESTS[i][0]);",
                "      if (value === null) continue;",
                "      const found = fieldNameLevel(FIELD_NAME_TESTS[i][0], FIELD_NAME_TESTS[i][1], value);",
                "      if (found > level) {",
                "        level = found;",
                "        if (level === 2) break;",
                "      }",
                "    }",
                "  }",
            ]
        }
        lines.append("  return level;")
        lines.append("}")
        return lines
    }

    /// `(!html || tag === "a" || node.hasAttribute("x") || …)`: a level's own prefilter.
    static func condition(for prefilter: ElementPrefilter) -> String {
        let tests = prefilter.tagNames.map { "tag === " + JavaScriptLiteral.string($0) }
            + prefilter.attributeNames.map { "node.hasAttribute(" + JavaScriptLiteral.string($0) + ")" }
        return "(" + (["!html"] + tests).joined(separator: " || ") + ")"
    }

    static func selectorConstant(_ level: MaskingLevel) -> String {
        level.name.uppercased() + "_SELECTOR"
    }

    static func levelComment(_ level: MaskingLevel) -> String {
        "\(level.name.prefix(1).uppercased() + level.name.dropFirst()) (\(level.rawValue))"
    }
}
