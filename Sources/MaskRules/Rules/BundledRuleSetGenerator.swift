import Foundation

/// Writes the Swift source of `BundledRuleSet`: the rule files of a directory as string literals, so
/// that an installed `masklint` binary carries its default rule set with it.
public enum BundledRuleSetGenerator {
    /// The rule files of a directory: `manifest.yaml` and the `.yaml` files it may list.
    /// - Throws: when the directory cannot be read.
    public static func files(inDirectory directory: String) throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }
        var files: [String: String] = [:]
        for name in names {
            files[name] = try String(contentsOfFile: (directory as NSString).appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    /// The generated Swift file for the rule files of `directory`.
    /// - Throws: when the directory cannot be read.
    public static func swiftSource(forDirectory directory: String) throws -> String {
        let files = try files(inDirectory: directory)
        var lines = [
            "// Generated from rules/ by `make generate`; do not edit. A test fails when it is stale.",
            "",
            "/// The rule set built into masklint: the files of `rules/` at build time.",
            "public enum BundledRuleSet {",
            "    /// The rule files by name.",
            "    public static let files: [String: String] = [",
        ]
        for name in files.keys.sorted() {
            let text = files[name]!
            var hashes = "#"
            while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
            lines.append("        \"\(name)\": \(hashes)\"\"\"")
            lines += text.components(separatedBy: "\n").map { $0.isEmpty ? "" : $0 }
            lines.append("\"\"\"\(hashes),")
        }
        lines += [
            "    ]",
            "",
            "    /// The built-in rule set as a source for `RuleSetLoader`.",
            "    public static var source: RuleSetSource { RuleSetSource(files: files, displayDirectory: \"<built-in>/rules\") }",
            "}",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
