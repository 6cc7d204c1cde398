import Foundation
import Yams

/// Loads a rule set directory (`manifest.yaml` plus one file per category) into a validated
/// `RuleSet`, reporting every problem with its file, line and column.
public struct RuleSetLoader: Sendable {
    /// The limits on each rule file: its size in bytes, and the YAML nodes it may expand to once
    /// aliases are followed.
    public var yamlLimits: YAMLLimits
    /// The limits applied to rule patterns.
    public var patternLimits: PatternLimits

    /// Creates a loader.
    public init(yamlLimits: YAMLLimits = .standard, patternLimits: PatternLimits = .standard) {
        self.yamlLimits = yamlLimits
        self.patternLimits = patternLimits
    }

    /// Creates a loader with the YAML and pattern limits of `limits`.
    public init(limits: ResourceLimits) {
        self.init(yamlLimits: limits.yaml, patternLimits: limits.patterns)
    }

    /// Loads and validates the rule set in `directory`.
    /// - Throws: `RuleSetError.unreadable` when a file cannot be read, `RuleSetError.invalid` with
    ///   every problem found otherwise.
    public func load(directory: String) throws(RuleSetError) -> RuleSet {
        try load(RuleSetSource(directory: directory, maximumFileSize: yamlLimits.maximumFileSize))
    }

    /// Loads and validates a rule set whose files are already in memory.
    /// - Throws: `RuleSetError.unreadable` when the manifest is missing, `RuleSetError.invalid` with
    ///   every problem found otherwise.
    public func load(_ source: RuleSetSource) throws(RuleSetError) -> RuleSet {
        let manifestPath = source.path(of: "manifest.yaml")
        let contents: [UInt8]?
        do { contents = try source.contents(of: "manifest.yaml") } catch {
            throw .unreadable(path: manifestPath, reason: error.reason)
        }
        guard let manifestBytes = contents else {
            throw .unreadable(path: manifestPath, reason: "no manifest.yaml: this is not a rule set directory")
        }
        var files: [(path: String, bytes: [UInt8])] = [(manifestPath, manifestBytes)]
        var diagnostics: [RuleSetDiagnostic] = []
        guard let manifest = parseManifest(manifestBytes, path: manifestPath, diagnostics: &diagnostics) else {
            throw .invalid(diagnostics)
        }
        var categories: [CategoryRules] = []
        var firstDefinition: [String: SourceLocation] = [:]
        var categoryFiles: [PIICategory: SourceLocation] = [:]
        for (fileName, fileNode) in manifest.fileNodes {
            let path = source.path(of: fileName)
            let bytes: [UInt8]
            do {
                guard let contents = try source.contents(of: fileName) else {
                    diagnostics.append(RuleSetDiagnostic(
                        location: location(of: fileNode, in: manifestPath),
                        message: "the manifest lists '\(fileName)', which does not exist"))
                    continue
                }
                bytes = contents
            } catch {
                diagnostics.append(RuleSetDiagnostic(location: location(of: fileNode, in: manifestPath),
                                                     message: "'\(fileName)' cannot be read: \(error.reason)"))
                continue
            }
            files.append((path, bytes))
            guard let category = parseCategoryFile(bytes, path: path, diagnostics: &diagnostics) else { continue }
            if let previous = categoryFiles[category.category] {
                diagnostics.append(RuleSetDiagnostic(
                    location: category.location,
                    message: "category '\(category.category.rawValue)' is already defined in \(previous)"))
                continue
            }
            categoryFiles[category.category] = category.location
            for rule in category.allRules {
                if let previous = firstDefinition[rule.id] {
                    diagnostics.append(RuleSetDiagnostic(
                        location: rule.header.location, message: "duplicate rule id; first defined at \(previous)",
                        ruleID: rule.id))
                } else {
                    firstDefinition[rule.id] = rule.header.location
                }
            }
            categories.append(category)
        }
        for category in PIICategory.allCases where categoryFiles[category] == nil && diagnostics.isEmpty {
            diagnostics.append(RuleSetDiagnostic(
                location: manifest.manifest.location,
                message: "no file defines the category '\(category.rawValue)'; every category needs rules"))
        }
        guard diagnostics.isEmpty else { throw .invalid(diagnostics.sorted { $0.location < $1.location }) }
        return RuleSet(manifest: manifest.manifest, categories: categories, contentHash: Self.contentHash(files))
    }

    /// SHA-256 over each file's name and bytes, in manifest order.
    static func contentHash(_ files: [(path: String, bytes: [UInt8])]) -> String {
        var hasher = SHA256()
        for file in files {
            hasher.update((file.path as NSString).lastPathComponent)
            hasher.update([0])
            hasher.update(file.bytes)
            hasher.update([0])
        }
        return hasher.finalize().hexString
    }

    private func location(of node: Node, in path: String) -> SourceLocation {
        YAMLRuleReader(file: path).location(of: node)
    }

    /// Decodes UTF-8 and composes YAML, turning syntax errors into located diagnostics.
    private func compose(_ bytes: [UInt8], path: String, diagnostics: inout [RuleSetDiagnostic]) -> Node? {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8Offset(bytes)
            diagnostics.append(RuleSetDiagnostic(
                location: Self.location(ofByteOffset: offset, in: bytes, file: path),
                message: "the file is not valid UTF-8"))
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                diagnostics.append(RuleSetDiagnostic(location: SourceLocation(file: path, line: 1, column: 1),
                                                     message: "the file is empty"))
                return nil
            }
            return node
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, path: path, bytes: bytes))
            return nil
        } catch {
            diagnostics.append(RuleSetDiagnostic(location: SourceLocation(file: path), message: "YAML error: \(error)"))
            return nil
        }
    }

    static func diagnostic(for error: YamlError, path: String, bytes: [UInt8]) -> RuleSetDiagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return RuleSetDiagnostic(location: SourceLocation(file: path, line: mark.line, column: mark.column),
                                     message: "invalid YAML: \(detail)\(problem)")
        case .reader(let problem, let offset, _, _):
            return RuleSetDiagnostic(location: location(ofByteOffset: offset ?? 0, in: bytes, file: path),
                                     message: "invalid YAML: \(problem)")
        default:
            return RuleSetDiagnostic(location: SourceLocation(file: path, line: 1, column: 1), message: "invalid YAML: \(error)")
        }
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    static func location(ofByteOffset offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0b1100_0000 != 0b1000_0000 {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column, byteOffset: offset)
    }

    // MARK: Manifest

    private struct ParsedManifest {
        let manifest: RuleSetManifest
        let fileNodes: [(String, Node)]
    }

    private func parseManifest(_ bytes: [UInt8], path: String, diagnostics: inout [RuleSetDiagnostic]) -> ParsedManifest? {
        guard let root = compose(bytes, path: path, diagnostics: &diagnostics) else { return nil }
        var reader = YAMLRuleReader(file: path, nodeBudget: yamlLimits.maximumNodes)
        defer { diagnostics += reader.diagnostics }
        guard let fields = reader.mapping(root, what: "the manifest", allowed: ["name", "version", "description", "files"],
                                          required: ["name", "version", "description", "files"]) else { return nil }
        let name = reader.string(fields["name"], what: "'name'")
        if let name, !Self.isIdentifier(name, allowDots: false) {
            reader.report("'name' must be lower-case letters, digits and '-' (got '\(name)')", at: fields["name"])
        }
        var version: SemanticVersion?
        if let text = reader.string(fields["version"], what: "'version'") {
            version = SemanticVersion(text)
            if version == nil {
                reader.report("'version' must be a semantic version such as 1.4.0 (got '\(text)')", at: fields["version"])
            }
        }
        let description = reader.string(fields["description"], what: "'description'")
        var fileNodes: [(String, Node)] = []
        for (file, node) in reader.strings(fields["files"], what: "'files'") ?? [] {
            if file.contains("/") || file.contains("\\") || !file.hasSuffix(".yaml") || file == "manifest.yaml" {
                reader.report("'files' entries must be .yaml file names in the rule set directory (got '\(file)')", at: node)
            } else if fileNodes.contains(where: { $0.0 == file }) {
                reader.report("'\(file)' is listed twice", at: node)
            } else {
                fileNodes.append((file, node))
            }
        }
        guard let name, let version, let description, reader.diagnostics.isEmpty else { return nil }
        let manifest = RuleSetManifest(name: name, version: version, description: description,
                                       files: fileNodes.map(\.0), location: SourceLocation(file: path, line: 1, column: 1))
        return ParsedManifest(manifest: manifest, fileNodes: fileNodes)
    }

    // MARK: Category files

    private func parseCategoryFile(_ bytes: [UInt8], path: String, diagnostics: inout [RuleSetDiagnostic]) -> CategoryRules? {
        guard let root = compose(bytes, path: path, diagnostics: &diagnostics) else { return nil }
        var reader = YAMLRuleReader(file: path, nodeBudget: yamlLimits.maximumNodes)
        defer { diagnostics += reader.diagnostics }
        let kinds = RuleKind.allCases.map(\.fileKey)
        guard let fields = reader.mapping(root, what: "a category file", allowed: ["category", "description", "level"] + kinds,
                                          required: ["category", "description", "level"]) else { return nil }
        var category: PIICategory?
        if let text = reader.string(fields["category"], what: "'category'") {
            category = PIICategory(rawValue: text)
            if category == nil {
                reader.report("unknown category '\(text)'; expected one of "
                              + PIICategory.allCases.map(\.rawValue).joined(separator: ", "), at: fields["category"])
            }
        }
        let description = reader.string(fields["description"], what: "'description'")
        let level = parseLevel(fields["level"], reader: &reader, ruleID: nil)
        guard let category, let description, let level else { return nil }
        var context = RuleContext(category: category, level: level)
        let selectors = rules(fields["selectors"], kind: .selector, context: &context, reader: &reader, parse: parseSelectorRule)
        let inputNames = rules(fields["input-names"], kind: .inputName, context: &context, reader: &reader, parse: parseInputNameRule)
        let labels = rules(fields["labels"], kind: .label, context: &context, reader: &reader, parse: parseLabelRule)
        let detectors = rules(fields["detectors"], kind: .detector, context: &context, reader: &reader, parse: parseDetectorRule)
        if selectors.isEmpty && inputNames.isEmpty && labels.isEmpty && detectors.isEmpty && reader.diagnostics.isEmpty {
            reader.report("the category has no rules", at: root)
        }
        return CategoryRules(category: category, description: description, level: level, selectors: selectors,
                             inputNames: inputNames, labels: labels, detectors: detectors,
                             location: SourceLocation(file: path, line: 1, column: 1))
    }

    /// What rules in one file share while being read.
    private struct RuleContext {
        let category: PIICategory
        let level: MaskingLevel
    }

    private func parseLevel(_ node: Node?, reader: inout YAMLRuleReader, ruleID: String?) -> MaskingLevel? {
        guard let text = reader.string(node, what: "'level'", ruleID: ruleID) else { return nil }
        guard let level = MaskingLevel(name: text), level != .plain else {
            reader.report("'level' must be 'obscured' or 'hidden' (got '\(text)')", at: node, ruleID: ruleID)
            return nil
        }
        return level
    }

    private func rules<Rule>(
        _ node: Node?, kind: RuleKind, context: inout RuleContext, reader: inout YAMLRuleReader,
        parse: (Node, [String: Node], RuleHeader, inout YAMLRuleReader) -> Rule?
    ) -> [Rule] {
        guard let node, let items = reader.sequence(node, what: "'\(kind.fileKey)'") else { return [] }
        var result: [Rule] = []
        for item in items {
            let ruleKeys = Self.ruleKeys(kind)
            let idHint = item.mapping?.first { $0.key.scalar?.string == "id" }?.value.scalar?.string
            guard let fields = reader.mapping(item, what: "a rule in '\(kind.fileKey)'", allowed: Self.commonKeys + ruleKeys.allowed,
                                              required: Self.commonKeys.filter { $0 != "level" } + ruleKeys.required,
                                              ruleID: idHint) else { continue }
            let before = reader.diagnostics.count
            guard let header = parseHeader(item, fields, context: context, reader: &reader) else { continue }
            if let rule = parse(item, fields, header, &reader), reader.diagnostics.count == before {
                result.append(rule)
            }
        }
        return result
    }

    private static let commonKeys = ["id", "description", "level", "examples"]

    private static func ruleKeys(_ kind: RuleKind) -> (allowed: [String], required: [String]) {
        switch kind {
        case .selector: (["selector"], ["selector"])
        case .inputName: (["attributes", "pattern", "case-insensitive"], ["pattern"])
        case .label: (["terms", "excluded-terms"], ["terms"])
        case .detector: (["detector", "options"], ["detector"])
        }
    }

    private func parseHeader(_ node: Node, _ fields: [String: Node], context: RuleContext,
                             reader: inout YAMLRuleReader) -> RuleHeader? {
        let id = reader.string(fields["id"], what: "'id'")
        if let id {
            let prefix = context.category.rawValue + "."
            if !id.hasPrefix(prefix) || !Self.isIdentifier(String(id.dropFirst(prefix.count)), allowDots: true) {
                reader.report("rule ids are '\(prefix)' followed by lower-case letters, digits, '-' and '.' (got '\(id)')",
                              at: fields["id"], ruleID: id)
            }
        }
        let description = reader.string(fields["description"], what: "'description'", ruleID: id)
        if let description, description.contains("\n") {
            reader.report("'description' must be one line", at: fields["description"], ruleID: id)
        }
        var level = context.level
        if fields["level"] != nil {
            guard let override = parseLevel(fields["level"], reader: &reader, ruleID: id) else { return nil }
            level = override
        }
        let examples = parseExamples(fields["examples"], reader: &reader, ruleID: id)
        guard let id, let description, let examples else { return nil }
        return RuleHeader(id: id, description: description, category: context.category, level: level,
                          examples: examples, location: reader.location(of: node))
    }

    private func parseExamples(_ node: Node?, reader: inout YAMLRuleReader, ruleID: String?) -> RuleExamples? {
        guard let node, let fields = reader.mapping(node, what: "'examples'", allowed: ["match", "no-match"],
                                                    required: ["match", "no-match"], ruleID: ruleID) else { return nil }
        func list(_ key: String) -> [RuleExample]? {
            guard let items = reader.sequence(fields[key], what: "'examples.\(key)'", ruleID: ruleID) else { return nil }
            if items.isEmpty { reader.report("'examples.\(key)' needs at least one example", at: fields[key], ruleID: ruleID) }
            return items.compactMap { item in
                guard let scalar = item.scalar, !YAMLRuleReader.isNull(item) else {
                    reader.report("an example must be a string", at: item, ruleID: ruleID)
                    return nil
                }
                return RuleExample(text: scalar.string, location: reader.location(of: item))
            }
        }
        guard let match = list("match"), let noMatch = list("no-match") else { return nil }
        return RuleExamples(match: match, noMatch: noMatch)
    }

    private func parseSelectorRule(_ node: Node, _ fields: [String: Node], header: RuleHeader,
                                   reader: inout YAMLRuleReader) -> SelectorRule? {
        guard let selectorNode = fields["selector"],
              let source = reader.string(selectorNode, what: "'selector'", ruleID: header.id) else { return nil }
        do {
            let selector = try SelectorList(parsing: source)
            return SelectorRule(header: header, source: source, selector: selector)
        } catch {
            reader.report("invalid selector: \(error.message)", at: reader.location(inScalar: selectorNode, column: error.column),
                          ruleID: header.id)
            return nil
        }
    }

    private func parseInputNameRule(_ node: Node, _ fields: [String: Node], header: RuleHeader,
                                    reader: inout YAMLRuleReader) -> InputNameRule? {
        var attributes = ["name", "id"]
        if let attributeNode = fields["attributes"] {
            guard let names = reader.strings(attributeNode, what: "'attributes'", ruleID: header.id) else { return nil }
            attributes = []
            for (name, nameNode) in names {
                if !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":") }) {
                    reader.report("'\(name)' is not an attribute name", at: nameNode, ruleID: header.id)
                } else if attributes.contains(name.lowercased()) {
                    reader.report("attribute '\(name)' is listed twice", at: nameNode, ruleID: header.id)
                } else {
                    attributes.append(name.lowercased())
                }
            }
        }
        let caseInsensitive = fields["case-insensitive"].flatMap {
            reader.bool($0, what: "'case-insensitive'", ruleID: header.id)
        } ?? false
        guard let patternNode = fields["pattern"],
              let source = reader.string(patternNode, what: "'pattern'", ruleID: header.id) else { return nil }
        do {
            let pattern = try RulePattern(source, caseInsensitive: caseInsensitive, limits: patternLimits)
            return InputNameRule(header: header, attributes: attributes, pattern: pattern)
        } catch {
            let message = if case .unportable(let text, _) = error { "pattern is not portable: \(text)" } else {
                error.description.replacingOccurrences(of: " (pattern column \(error.column ?? 0))", with: "")
            }
            reader.report(message, at: reader.location(inScalar: patternNode, column: error.column ?? 1), ruleID: header.id)
            return nil
        }
    }

    private func parseLabelRule(_ node: Node, _ fields: [String: Node], header: RuleHeader,
                                reader: inout YAMLRuleReader) -> LabelRule? {
        func terms(_ key: String) -> [String: [String]]? {
            guard let termNode = fields[key] else { return [:] }
            guard let mapping = termNode.mapping else {
                reader.report("'\(key)' must map language codes to lists of terms", at: termNode, ruleID: header.id)
                return nil
            }
            var result: [String: [String]] = [:]
            for (languageNode, listNode) in mapping {
                guard let language = languageNode.scalar?.string,
                      language.count >= 2, language.count <= 3, language.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                    reader.report("'\(key)' keys must be ISO 639-1 language codes such as en or de", at: languageNode,
                                  ruleID: header.id)
                    continue
                }
                if result[language] != nil {
                    reader.report("language '\(language)' is listed twice", at: languageNode, ruleID: header.id)
                }
                result[language] = reader.strings(listNode, what: "'\(key).\(language)'", ruleID: header.id)?.map(\.0)
            }
            return result
        }
        guard let included = terms("terms"), let excluded = terms("excluded-terms") else { return nil }
        do {
            return LabelRule(header: header, vocabulary: try LabelVocabulary(terms: included, excludedTerms: excluded))
        } catch {
            reader.report(error.description, at: fields["terms"], ruleID: header.id)
            return nil
        }
    }

    private func parseDetectorRule(_ node: Node, _ fields: [String: Node], header: RuleHeader,
                                   reader: inout YAMLRuleReader) -> DetectorRule? {
        guard let detectorNode = fields["detector"],
              let detectorID = reader.string(detectorNode, what: "'detector'", ruleID: header.id) else { return nil }
        var options: DetectorOptions = [:]
        if let optionsNode = fields["options"] {
            guard let mapping = optionsNode.mapping else {
                reader.report("'options' must be a mapping", at: optionsNode, ruleID: header.id)
                return nil
            }
            for (keyNode, valueNode) in mapping {
                guard let key = keyNode.scalar?.string else { continue }
                if options[key] != nil { reader.report("duplicate option '\(key)'", at: keyNode, ruleID: header.id) }
                options[key] = reader.optionValue(valueNode, what: "option '\(key)'", ruleID: header.id)
            }
        }
        let optionNodes = fields["options"]?.mapping.map { Array($0) } ?? []
        // A detector that serves any category (keyed-value) finds values of the rule's own category.
        if let type = BuiltInDetectors.type(id: detectorID), type.description.category == nil {
            if let given = options["category"], given != .string(header.category.rawValue) {
                reader.report("option 'category' must be omitted or equal the file's category '\(header.category.rawValue)'",
                              at: fields["options"], ruleID: header.id)
            }
            options["category"] = .string(header.category.rawValue)
        }
        for problem in BuiltInDetectors.problems(id: detectorID, options: options) {
            let node: Node? = switch problem.kind {
            case .unknownDetector: detectorNode
            case .unknownOption(let name, _): optionNodes.first { $0.key.scalar?.string == name }?.key
            case .wrongType(let name, _, _), .invalidValue(let name, _, _):
                optionNodes.first { $0.key.scalar?.string == name }?.value
            case .missingOption: fields["options"] ?? detectorNode
            }
            reader.report(problem.description, at: node ?? detectorNode, ruleID: header.id)
        }
        if let type = BuiltInDetectors.type(id: detectorID), let fixed = type.description.category,
           fixed != header.category {
            reader.report("detector '\(detectorID)' finds \(fixed.rawValue) values, not \(header.category.rawValue)",
                          at: detectorNode, ruleID: header.id)
        }
        if let type = BuiltInDetectors.type(id: detectorID) { options = type.description.normalized(options) }
        return DetectorRule(header: header, detectorID: detectorID, options: options)
    }

    private static func isIdentifier(_ text: String, allowDots: Bool) -> Bool {
        guard let first = text.first, first.isASCII, first.isLowercase || first.isNumber, text.last != "-", text.last != "." else {
            return false
        }
        return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || (allowDots && $0 == ".")) }
    }
}
