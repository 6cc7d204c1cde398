/// Writes the `domSanitizer(node)` function of a generated module from the compiled rule set.
///
/// The function is the statement of `MaskingModel.sanitizerLevel(for:)` in JavaScript, step for
/// step, so that the browser proof can compare the two element by element:
/// 1. the prefilter: for HTML elements, a `switch` on the tag name, then `hasAttribute` tests; an
///    element that passes neither is Plain without any `matches()` call or regular expression;
/// 2. one `matches()` per level, highest first, each behind the level's own prefilter;
/// 3. for fields (`InputNameRuleScope`), each joined pattern whose level would raise the result,
///    tested on its attribute's value.
/// Selectors and patterns are emitted as JSON-escaped string literals; the `RegExp` objects are
/// built once, when the module loads.
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
        if !rules.inputNameGroups.isEmpty {
            lines += fieldNameTables
            lines.append("")
            lines += fieldFunctions
            lines.append("")
        }
        lines += sanitizerFunction
        return lines.joined(separator: "\n")
    }

    /// The joined patterns, each `RegExp` built once, and per attribute the patterns to test on it,
    /// highest level first.
    private var fieldNameTables: [String] {
        var regexps: [String] = []
        var lines: [String] = []
        lines.append("/**")
        lines.append(" * The input-name rules' patterns, joined by level, flags and attribute list, each built once, here:")
        lines.append(" * [for ASCII values, lower-cased first (or null), for any value]. Case-insensitive Unicode expressions")
        lines.append(" * are slow to compile, and field names are nearly always ASCII.")
        lines.append(" */")
        var tests: [String] = []
        var comments: [String] = []
        for attribute in rules.fieldAttributes {
            let groups = rules.inputNameGroups.filter { $0.attributes.contains(attribute) }
            guard !groups.isEmpty else { continue }
            var entries: [String] = []
            for group in groups {
                let source = JavaScriptLiteral.string(group.pattern.source)
                let any = "new RegExp(" + source + ", " + JavaScriptLiteral.string(group.pattern.javaScriptFlags) + ")"
                let ascii = group.admitsLowercasedASCII ? "new RegExp(" + source + ", \"su\")" : "null"
                let regex = "[" + ascii + ", " + any + "]"
                if !regexps.contains(regex) {
                    regexps.append(regex)
                    comments.append(group.ruleIDs.joined(separator: ", "))
                }
                entries.append("[\(group.level.rawValue), FIELD_NAME_REGEXPS[\(regexps.firstIndex(of: regex)!)]]")
            }
            tests.append("  [" + JavaScriptLiteral.string(attribute) + ", [" + entries.joined(separator: ", ") + "]],")
        }
        if typeScript { lines.append("type FieldNamePattern = readonly [RegExp | null, RegExp];") }
        lines.append("const FIELD_NAME_REGEXPS\(typeScript ? ": ReadonlyArray<FieldNamePattern>" : "") = [")
        for (regex, comment) in zip(regexps, comments) {
            lines.append("  // " + comment)
            lines.append("  " + regex + ",")
        }
        lines.append("];")
        lines.append("/** [attribute, [[level, pattern], …]]: the patterns to search in each attribute's value, highest level first. */")
        let type = typeScript ? ": ReadonlyArray<readonly [string, ReadonlyArray<readonly [SanitizeLevelValue, FieldNamePattern]>]>" : ""
        lines.append("const FIELD_NAME_TESTS\(type) = [")
        lines += tests
        lines.append("];")
        return lines
    }

    private var fieldFunctions: [String] {
        let parameter = typeScript ? "node: Element" : "node"
        let boolean = typeScript ? ": boolean" : ""
        let tags = InputNameRuleScope.fieldTagNames.map { "case " + JavaScriptLiteral.string($0) + ":" }.joined(separator: " ")
        return [
            "/** Input-name rules apply to HTML form fields and editable regions only (contenteditable other than \"false\"). */",
            "function isField(\(parameter))\(boolean) {",
            "  switch (node.localName) {",
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
            "/** The highest level of the patterns found in `value`; remembered, since it depends on the value alone. */",
            "function fieldNameLevel(" + (typeScript
                ? "attribute: string, tests: ReadonlyArray<readonly [SanitizeLevelValue, FieldNamePattern]>, value: string): SanitizeLevelValue {"
                : "attribute, tests, value) {"),
            "  const key = attribute + \"\\u0000\" + value;",
            "  let level = FIELD_NAME_LEVELS.get(key);",
            "  if (level === undefined) {",
            "    level = 0;",
            "    const ascii = ASCII_ONLY.test(value);",
            "    const lower = ascii ? value.toLowerCase() : value;",
            "    for (let i = 0; i < tests.length; i++) {",
            "      const pattern = tests[i][1];",
            "      const asciiPattern = pattern[0];",
            "      if (ascii && asciiPattern !== null ? asciiPattern.test(lower) : pattern[1].test(value)) {",
            "        level = tests[i][0];",
            "        break;",
            "      }",
            "    }",
            "    if (FIELD_NAME_LEVELS.size >= 4096) FIELD_NAME_LEVELS.clear();",
            "    FIELD_NAME_LEVELS.set(key, level);",
            "  }",
            "  return level;",
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
        if rules.selectorGroups.isEmpty && rules.inputNameGroups.isEmpty {
            lines += ["  return 0; // Plain: the rule set names no elements", "}"]
            return lines
        }
        lines.append("  const html = node.namespaceURI === HTML_NAMESPACE;")
        lines.append("  const tag = node.localName;")
        if let prefilter = rules.prefilter {
            lines.append("  if (html) {")
            lines.append("    // Fast path: elements with none of these tags and attributes match no rule.")
            lines.append("    switch (tag) {")
            if !prefilter.tagNames.isEmpty {
                lines.append("      " + prefilter.tagNames.map { "case " + JavaScriptLiteral.string($0) + ":" }.joined(separator: " "))
                lines.append("        break;")
            }
            lines.append("      default:")
            if prefilter.attributeNames.isEmpty {
                lines.append("        return 0;")
            } else {
                let tests = prefilter.attributeNames.map { "node.hasAttribute(" + JavaScriptLiteral.string($0) + ")" }
                lines.append("        if (!(" + tests.joined(separator: " || ") + ")) return 0;")
            }
            lines.append("    }")
            lines.append("  }")
        }
        let hasPatterns = !rules.inputNameGroups.isEmpty
        lines.append("  let level\(typeScript ? ": SanitizeLevelValue" : "") = 0;")
        for (index, group) in rules.selectorGroups.enumerated() {
            let constant = Self.selectorConstant(group.level)
            let keyword = index == 0 ? "if" : "else if"
            let guardExpression = group.prefilter.map { Self.condition(for: $0) + " && " } ?? ""
            lines.append("  \(keyword) (\(guardExpression)node.matches(\(constant))) level = \(group.level.rawValue);")
        }
        if hasPatterns {
            lines += [
                "  if (level < 2 && html && isField(node)) {",
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
