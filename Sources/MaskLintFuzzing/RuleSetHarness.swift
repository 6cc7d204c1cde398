import MaskRules

/// The rule set target. An input is the files of a rule set separated by NUL bytes: `manifest.yaml`,
/// then the category files, named in the order of the bundled manifest (`email.yaml`, `name.yaml`,
/// `payment.yaml`, `password.yaml`, `ssn.yaml`, `phone.yaml`, then `extra-7.yaml`, …).
///
/// Properties: every diagnostic is located in a file of the set, at a line and column that exist; a
/// rule set the loader accepts builds a `TextScanner` (the loader validated its detector rules) and
/// compiles to the tracker's masking rules (`masklint compile`), and each selector rule's selector is
/// what its source text parses to.
enum RuleSetHarness {
    static let categoryFiles = ["email.yaml", "name.yaml", "payment.yaml", "password.yaml", "ssn.yaml", "phone.yaml"]

    static func check(_ input: [UInt8]) -> String? {
        let parts = input.split(separator: 0, omittingEmptySubsequences: false).map { Array($0) }
        var files: [String: [UInt8]] = [:]
        for (index, part) in parts.enumerated() {
            let name = index == 0 ? "manifest.yaml"
                : index <= categoryFiles.count ? categoryFiles[index - 1] : "extra-\(index).yaml"
            files[name] = part
        }
        let ruleSet: RuleSet
        do {
            ruleSet = try RuleSetLoader().load(RuleSetSource(fileContents: files, displayDirectory: "rules"))
        } catch {
            for diagnostic in error.diagnostics {
                if let problem = checkLocation(diagnostic, files: files) { return problem }
            }
            _ = error.description
            return nil
        }
        do {
            _ = try TextScanner(ruleSet: ruleSet)
        } catch {
            return "the loader accepted a rule set whose detector rules a scanner rejects: \(error)"
        }
        do {
            _ = try CompiledMaskingRules(ruleSet)
        } catch {
            return "the loader accepted a rule set that does not compile: \(error)"
        }
        for rule in ruleSet.categories.flatMap(\.selectors) where (try? SelectorList(parsing: rule.source)) != rule.selector {
            return "selector rule \(rule.header.id) holds a selector that its source \(String(reflecting: rule.source)) does not parse to"
        }
        _ = ruleSet.identity
        _ = ruleSet.allRules.map(\.id)
        return nil
    }

    /// A problem when a diagnostic's location is not in a file of the set.
    private static func checkLocation(_ diagnostic: RuleSetDiagnostic, files: [String: [UInt8]]) -> String? {
        let location = diagnostic.location
        guard let path = location.file else { return nil }
        let name = String(path.split(separator: "/").last ?? "")
        guard let bytes = files[name] else { return nil }
        let lines = lineCount(bytes)
        if let line = location.line, line < 1 || line > lines + 1 {
            return "\(diagnostic) is at line \(line) of a file of \(lines) lines"
        }
        if let column = location.column, column < 1 { return "\(diagnostic) is at column \(column)" }
        if let offset = location.byteOffset, offset < 0 || offset > bytes.count {
            return "\(diagnostic) is at byte \(offset) of \(bytes.count)"
        }
        return nil
    }

    /// The lines of a file as YAML counts them: breaks are `\n`, `\r\n`, a lone `\r`, and U+0085,
    /// U+2028 and U+2029 (an upper bound when the file is not UTF-8).
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var lines = 1
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x0A: lines += 1
            case 0x0D where index + 1 == bytes.count || bytes[index + 1] != 0x0A: lines += 1
            case 0x85 where index > 0 && bytes[index - 1] == 0xC2: lines += 1
            case 0xA8...0xA9 where index > 1 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2: lines += 1
            default: break
            }
        }
        return lines
    }
}
