import Testing
import Foundation
@testable import MaskRules

/// A small valid rule set in memory, with one file replaced or added per test.
private func ruleFiles(replacing overrides: [String: String] = [:], version: String = "1.0.0") -> RuleSetSource {
    var files: [String: String] = [
        "manifest.yaml": """
        name: test-rules
        version: \(version)
        description: Rules for loader tests.
        files: [email.yaml, name.yaml, payment.yaml, password.yaml, ssn.yaml, phone.yaml]
        """,
    ]
    for category in PIICategory.allCases {
        files["\(category.rawValue).yaml"] = """
        category: \(category.rawValue)
        description: \(category.displayName) fields.
        level: obscured
        input-names:
          - id: \(category.rawValue).field-name
            description: Fields named after the category.
            pattern: '^\(category.rawValue)$'
            examples:
              match: [\(category.rawValue)]
              no-match: [other]
        """
    }
    files.merge(overrides) { $1 }
    return RuleSetSource(files: files, displayDirectory: "rules")
}

private func diagnostics(_ source: RuleSetSource) -> [RuleSetDiagnostic] {
    do {
        _ = try RuleSetLoader().load(source)
        return []
    } catch {
        return error.diagnostics
    }
}

@Suite struct RuleSetLoaderTests {
    @Test func loadsAValidSet() throws {
        let set = try RuleSetLoader().load(ruleFiles())
        #expect(set.identity == "test-rules@1.0.0")
        #expect(set.categories.map(\.category) == PIICategory.allCases)
        #expect(set.allRules.count == 6)
        #expect(set.contentHash.count == 64)
        let rule = try #require(set.rule(withID: "email.field-name"))
        #expect(rule.header.location == SourceLocation(file: "rules/email.yaml", line: 5, column: 5))
        #expect(rule.header.examples.match.first?.location == SourceLocation(file: "rules/email.yaml", line: 9, column: 15))
    }

    /// A list-of-words option takes a YAML list or one string of words separated by white space;
    /// the loaded rule holds the list either way, and other types are still refused.
    @Test func wordOptionsTakeAStringOfWords() throws {
        func nameFile(_ givenNames: String) -> [String: String] {
            ["name.yaml": """
            category: name
            description: Names.
            level: obscured
            detectors:
              - id: name.bare-key
                description: Names under a name key.
                detector: keyed-value
                options:
                  keys: [name]
                  given-names: \(givenNames)
                examples:
                  match: ['{"name": "Alice Smith"}']
                  no-match: ['{"name": "Desk Lamp"}']
            """]
        }
        let block = try RuleSetLoader().load(ruleFiles(replacing: nameFile(">-\n        Alice Bob\n        Carol\tDave")))
        let list = try RuleSetLoader().load(ruleFiles(replacing: nameFile("[Alice, Bob, Carol, Dave]")))
        let options = { (set: RuleSet) in set.categories.flatMap(\.detectors).first?.options["given-names"] }
        #expect(options(block) == .strings(["Alice", "Bob", "Carol", "Dave"]))
        #expect(options(list) == options(block))
        #expect(DetectorOptionType.words(of: " Zoë  José\n\tAlice\r\n") == ["Zoë", "José", "Alice"])
        #expect(DetectorOptionType.words(of: "") == [] && DetectorOptionType.words(of: " \n ") == [])
        let wrong = diagnostics(ruleFiles(replacing: nameFile("12")))
        #expect(wrong.count == 1 && wrong.first?.message.contains("given-names") == true, "\(wrong)")
    }

    @Test func contentHashFollowsTheBytes() throws {
        let first = try RuleSetLoader().load(ruleFiles()).contentHash
        let same = try RuleSetLoader().load(ruleFiles()).contentHash
        let bumped = try RuleSetLoader().load(ruleFiles(version: "1.0.1")).contentHash
        #expect(first == same)
        #expect(first != bumped)
    }

    @Test func reportsInvalidYAMLWithItsPosition() {
        let found = diagnostics(ruleFiles(replacing: ["phone.yaml": "category: phone\ndescription: [unclosed\nlevel: obscured\n"]))
        #expect(found.count == 1)
        #expect(found.first?.location.file == "rules/phone.yaml")
        #expect(found.first?.location.line == 3)
        #expect(found.first?.location.column != nil)
        #expect(found.first?.message.hasPrefix("invalid YAML") == true, "\(found)")
    }

    @Test func reportsUnknownKeysWithASuggestion() {
        let found = diagnostics(ruleFiles(replacing: ["ssn.yaml": """
            category: ssn
            description: SSNs.
            level: hidden
            selectors:
              - id: ssn.by-name
                description: Named ssn.
                selectr: '[name=ssn]'
                examples: {match: ['<input name=ssn>'], no-match: ['<input>']}
            """]))
        #expect(found.map(\.description).contains(
            "rules/ssn.yaml:7:5: error: [ssn.by-name] unknown key 'selectr' in a rule in 'selectors'; did you mean 'selector'?"))
        #expect(found.map(\.description).contains(
            "rules/ssn.yaml:5:5: error: [ssn.by-name] a rule in 'selectors' is missing the required key 'selector'"))
    }

    @Test func reportsDuplicateIDsAcrossFiles() {
        let found = diagnostics(ruleFiles(replacing: ["phone.yaml": """
            category: phone
            description: Phones.
            level: obscured
            input-names:
              - id: phone.field-name
                description: a
                pattern: 'tel'
                examples: {match: [tel], no-match: [x]}
              - id: phone.field-name
                description: b
                pattern: 'phone'
                examples: {match: [phone], no-match: [x]}
            """]))
        #expect(found.map(\.description) == [
            "rules/phone.yaml:9:5: error: [phone.field-name] duplicate rule id; first defined at rules/phone.yaml:5:5",
        ])
    }

    @Test func reportsAnUnportablePatternAtItsColumn() {
        let found = diagnostics(ruleFiles(replacing: ["password.yaml": """
            category: password
            description: Passwords.
            level: hidden
            input-names:
              - id: password.field-name
                description: Password fields.
                pattern: 'pass(?i)word'
                examples: {match: [password], no-match: [x]}
            """]))
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: "rules/password.yaml", line: 7, column: 19))
        #expect(found.first?.message.contains("inline flags") == true)
    }

    @Test func reportsAPatternPCRE2RejectsAtItsColumn() {
        let found = diagnostics(ruleFiles(replacing: ["password.yaml": """
            category: password
            description: Passwords.
            level: hidden
            input-names:
              - id: password.field-name
                description: Password fields.
                pattern: "(?<=a+)b"
                examples: {match: [password], no-match: [x]}
            """]))
        #expect(found.count == 1)
        #expect(found.first?.location.line == 7)
        #expect(found.first?.message.contains("lookbehind") == true)
    }

    @Test func reportsAVersionThatIsNotSemver() {
        let found = diagnostics(ruleFiles(version: "1.0"))
        #expect(found.map(\.description) == [
            "rules/manifest.yaml:2:10: error: 'version' must be a semantic version such as 1.4.0 (got '1.0')",
        ])
    }

    @Test func reportsEveryProblemNotJustTheFirst() {
        let found = diagnostics(ruleFiles(replacing: [
            "email.yaml": "category: email\ndescription: E.\nlevel: secret\n",
            "name.yaml": "category: nam\ndescription: N.\nlevel: obscured\n",
            "phone.yaml": "category: phone\ndescription: P.\nlevel: obscured\nlabels: 3\n",
        ]))
        #expect(found.compactMap(\.location.file).sorted() == ["rules/email.yaml", "rules/name.yaml", "rules/phone.yaml"])
    }

    @Test func reportsAMissingFileAndAMissingManifest() {
        var files = ["manifest.yaml": "name: x\nversion: 1.0.0\ndescription: d\nfiles: [gone.yaml]\n"]
        let found = diagnostics(RuleSetSource(files: files, displayDirectory: "r"))
        #expect(found.first?.description == "r/manifest.yaml:4:9: error: the manifest lists 'gone.yaml', which does not exist")
        files = [:]
        #expect(throws: RuleSetError.self) { try RuleSetLoader().load(RuleSetSource(files: files, displayDirectory: "r")) }
    }

    @Test func reportsRuleIDsOutsideTheirCategory() {
        let found = diagnostics(ruleFiles(replacing: ["ssn.yaml": """
            category: ssn
            description: SSNs.
            level: hidden
            input-names:
              - id: phone.ssn
                description: Wrong prefix.
                pattern: 'ssn'
                examples: {match: [ssn], no-match: [x]}
            """]))
        #expect(found.first?.message.contains("rule ids are 'ssn.'") == true)
    }

    @Test func refusesAliasBombs() {
        var yaml = "category: ssn\ndescription: SSNs.\nlevel: hidden\nx0: &a0 [y, y, y, y, y, y, y, y, y, y]\n"
        for level in 1..<8 { yaml += "x\(level): &a\(level) [*a\(level - 1), *a\(level - 1), *a\(level - 1), *a\(level - 1), *a\(level - 1), *a\(level - 1), *a\(level - 1), *a\(level - 1), *a\(level - 1), *a\(level - 1)]\n" }
        let found = diagnostics(ruleFiles(replacing: ["ssn.yaml": yaml]))
        #expect(!found.isEmpty)
    }
}

@Suite struct RuleSetSourceTests {
    /// Files on disk are read whole up to the limit; a missing file is `nil`, a directory or a larger
    /// file an error that names the setting.
    @Test func readsFilesOnDiskUpToTheLimit() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("masklint-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub.yaml"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(repeating: UInt8(ascii: "a"), count: 16).write(to: root.appendingPathComponent("fits.yaml"))
        try Data(repeating: UInt8(ascii: "a"), count: 17).write(to: root.appendingPathComponent("large.yaml"))
        let source = RuleSetSource(directory: root.path, maximumFileSize: 16)
        #expect(try source.contents(of: "fits.yaml") == Array(repeating: UInt8(ascii: "a"), count: 16))
        #expect(try source.contents(of: "missing.yaml") == nil)
        #expect(try source.contents(of: "fits.yaml/x.yaml") == nil)
        #expect(throws: RuleFileReadError(reason: "it is more than the limit of 16 bytes (max-yaml-size)")) {
            try source.contents(of: "large.yaml")
        }
        #expect(throws: RuleFileReadError(reason: "it is a directory")) { try source.contents(of: "sub.yaml") }
    }

    /// Text files in memory are their UTF-8 bytes, as `init(fileContents:)` holds them.
    @Test func filesInMemoryAreTheirBytes() throws {
        let text = RuleSetSource(files: ["a.yaml": "é: 1\n"], displayDirectory: "r")
        let bytes = RuleSetSource(fileContents: ["a.yaml": Array("é: 1\n".utf8)], displayDirectory: "r")
        #expect(try text.contents(of: "a.yaml") == bytes.contents(of: "a.yaml"))
        #expect(try text.contents(of: "b.yaml") == nil)
        #expect(text.path(of: "a.yaml") == "r/a.yaml")
    }
}
