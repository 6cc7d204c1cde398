import Foundation
@testable import MaskRules

/// Linters over the bundled rule set, built once per configuration.
enum LintTestSupport {
    static let bundledRuleSet: RuleSet = {
        do {
            return try RuleSetLoader().load(BundledRuleSet.source)
        } catch {
            fatalError("the bundled rule set does not load: \(error)")
        }
    }()

    private static let lock = NSLock()
    nonisolated(unsafe) private static var linters: [LintConfiguration: Linter] = [:]

    /// A linter over the bundled rule set with `configuration`.
    static func linter(_ configuration: LintConfiguration = LintConfiguration()) throws -> Linter {
        lock.lock()
        defer { lock.unlock() }
        if let linter = linters[configuration] { return linter }
        let linter = try Linter(ruleSet: bundledRuleSet, configuration: configuration)
        linters[configuration] = linter
        return linter
    }

    /// The linter an example runs under.
    static func linter(for example: CheckExample) throws -> Linter {
        try linter(LintConfiguration(profile: example.profile, privateMode: example.privateMode))
    }

    /// Lints `html` with the default configuration.
    static func lint(_ html: String, _ configuration: LintConfiguration = LintConfiguration()) throws -> [Finding] {
        try linter(configuration).lint(html: html, file: "test.html").findings
    }
}
