import Foundation
import Testing
@testable import MaskRules

@Suite struct RequiredLiteralsTests {
    static let ruleSet = Result { try RuleSetLoader().load(directory: RepositoryPaths.rules.path) }

    @Test(arguments: [
        (#"(?<!voic)e[_-]?mail(?!ing)"#, true, ["mail"]),
        (#"e[_-]?ma"#, true, ["e-ma", "e_ma", "ema"]),  // short strings: the longest set
        (#"^(?:log|login)$|\[login\]$"#, false, ["log"]),
        (#"card[_.\[\]-]*(?:num|no)"#, false, ["card"]),
        (#"(?:^|[_.\[-])(?:cvv|cvc|csc)\d?(?:$|_)"#, true, ["csc", "cvc", "cvv"]),
        (#"Pass(?:word|wd)"#, true, ["pass"]),  // one string rather than two longer ones
        (#"Pa(?:ssword|sswd)"#, false, ["Passwd", "Password"]),  // branches are not factored
        (#"user[_-]?name|login"#, false, ["login", "user"]),
        (#"benutzer[_-]?name"#, false, ["benutzer"]),
        (#"xa+b"#, false, ["x"]),  // a repeated part keeps only its required set
        (#"(?:ab)+"#, false, ["ab"]),
        (#"x\x41y"#, true, ["xay"]),
        (#"tel(?:ephone)?|phone|mobile"#, false, ["mobile", "phone", "tel"]),
        (#"a.b"#, false, ["a"]),
        (#"ssn.{0,3}no"#, false, ["ssn"]),
        (#"[a-c]x"#, true, ["ax", "bx", "cx"]),
        (#"\bzip\b"#, false, ["zip"]),
    ] as [(String, Bool, [String])])
    func derivesTheStringsEveryMatchContains(source: String, caseInsensitive: Bool, expected: [String]) throws {
        let literals = try #require(RequiredLiterals(pattern: source, caseInsensitive: caseInsensitive))
        #expect(literals.strings == expected)
    }

    @Test(arguments: [#"a*"#, #"x?"#, #"^$"#, #"\d+"#, #"[^_]"#, #"é"#, #"[a-z]+"#, #"a|\w"#, #"(?=abc)"#, #"(?:ab){0,2}"#])
    func hasNoneWhenSomeMatchNeedNotContainALiteral(source: String) {
        #expect(RequiredLiterals(pattern: source, caseInsensitive: true) == nil)
    }

    @Test func aStringThatContainsAnotherIsDropped() throws {
        let literals = try #require(RequiredLiterals(pattern: "mail|email|e-mail|courriel|correo", caseInsensitive: true))
        #expect(literals.strings == ["correo", "courriel", "mail"])
    }

    @Test func admitsComparesLettersRegardlessOfCaseOnlyWhenCaseInsensitive() throws {
        let insensitive = try #require(RequiredLiterals(pattern: "email", caseInsensitive: true))
        #expect(insensitive.admits("billing_EMAIL_2"))
        #expect(insensitive.admits("eMail"))
        #expect(!insensitive.admits("e_mail"))
        #expect(!insensitive.admits(""))
        #expect(!insensitive.admits("emai"))
        let sensitive = try #require(RequiredLiterals(pattern: "Email", caseInsensitive: false))
        #expect(sensitive.admits("userEmail"))
        #expect(!sensitive.admits("useremail"))
    }

    @Test func nonASCIISubjectsAreAlwaysAdmitted() throws {
        let literals = try #require(RequiredLiterals(pattern: "kart", caseInsensitive: true))
        // U+212A KELVIN SIGN folds to "k" in Unicode case-insensitive matching.
        #expect(literals.admits("\u{212A}art"))
        #expect(try PCRE2Pattern("kart", options: .caseInsensitive).matches("\u{212A}art"))
        #expect(literals.admits("numéro"))
    }

    @Test func findsAStringAtTheVeryEndAndOverlappingFirstBytes() throws {
        let literals = try #require(RequiredLiterals(pattern: "(?:aab|ab)c", caseInsensitive: false))
        #expect(literals.strings == ["abc"])
        #expect(literals.admits("xaabc"))
        #expect(literals.admits("abc"))
        #expect(!literals.admits("aab"))
    }

    /// Every shipped input-name rule: every ASCII example it must match is admitted, and so is every
    /// generated ASCII name that its PCRE2 pattern matches (names built from the rule's own literals,
    /// pieces of its examples, separators and random letters, so that many of them match).
    @Test func neverRejectsAMatchOfAShippedRule() throws {
        let ruleSet = try Self.ruleSet.get()
        var generator = SeededGenerator(state: 0x5EED)
        var checkedMatches = 0
        var prefiltered = 0
        for rule in ruleSet.categories.flatMap(\.inputNames) {
            let pattern = rule.pattern
            guard let literals = RequiredLiterals(pattern: pattern.source, caseInsensitive: pattern.caseInsensitive) else { continue }
            prefiltered += 1
            for example in rule.header.examples.match.map(\.text) where example.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(literals.admits(example), "\(rule.header.id): example \(example)")
            }
            let pieces = literals.strings + rule.header.examples.match.map(\.text) + rule.header.examples.noMatch.map(\.text)
                + ["_", "-", ".", "[", "]", "0", "2", "x", "Y", "my", "confirm", "new", "input", "field", "id"]
            for _ in 0..<2_000 {
                var name = ""
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    var piece = pieces.randomElement(using: &generator)!
                    if Bool.random(using: &generator) { piece = piece.uppercased() }
                    if piece.count > 2 && Int.random(in: 0..<4, using: &generator) == 0 {
                        piece = String(piece.dropFirst(Int.random(in: 1..<piece.count, using: &generator)))
                    }
                    name += piece
                }
                guard name.utf8.allSatisfy({ $0 < 0x80 }), try pattern.compiled.matches(name) else { continue }
                checkedMatches += 1
                #expect(literals.admits(name), "\(rule.header.id): \(name)")
            }
        }
        #expect(prefiltered >= 20)
        #expect(checkedMatches > 1_000)
    }
}

/// Random patterns of the portable subset against random subjects: whenever PCRE2 finds a match in
/// an ASCII subject, the pattern's required literals admit the subject.
@Suite struct RequiredLiteralsRandomPatternTests {
    static let alphabet: [Character] = ["a", "b", "c", "A", "B", "_", "-", ".", "1"]

    static func pattern(_ generator: inout SeededGenerator, depth: Int = 0) -> String {
        var pattern = ""
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            var atom: String
            switch Int.random(in: 0..<12, using: &generator) {
            case 0...4: atom = String(alphabet.randomElement(using: &generator)!).replacingOccurrences(of: ".", with: #"\."#)
            case 5: atom = ["[ab]", "[a-c]", "[_.-]", "[^a]", "[A-B1]", #"\d"#, #"\w"#, "."].randomElement(using: &generator)!
            case 6: atom = ["^", "$", #"\b"#, #"\B"#].randomElement(using: &generator)!
            case 7 where depth < 3:
                let kind = ["(?:", "(", "(?=", "(?!", "(?<=", "(?<!"].randomElement(using: &generator)!
                atom = kind + Self.pattern(&generator, depth: depth + 1) + ")"
            case 8 where depth < 3:
                atom = "(?:" + Self.pattern(&generator, depth: depth + 1) + "|" + Self.pattern(&generator, depth: depth + 1) + ")"
            default: atom = String("abc".randomElement(using: &generator)!)
            }
            let quantifiable = !(atom.hasPrefix("(?=") || atom.hasPrefix("(?!") || atom.hasPrefix("(?<") || ["^", "$", #"\b"#, #"\B"#].contains(atom))
            if quantifiable && Int.random(in: 0..<4, using: &generator) == 0 {
                atom += ["?", "*", "+", "{2}", "{0,2}", "{1,3}", "??", "+?"].randomElement(using: &generator)!
            }
            pattern += atom
        }
        if depth == 0 && Int.random(in: 0..<4, using: &generator) == 0 { pattern += "|" + Self.pattern(&generator, depth: 1) }
        return pattern
    }

    @Test func everyMatchIsAdmitted() throws {
        var generator = SeededGenerator(state: 0xC0FFEE)
        var patterns = 0, withLiterals = 0, matches = 0, ruledOut = 0
        for _ in 0..<3_000 {
            let source = Self.pattern(&generator)
            let caseInsensitive = Bool.random(using: &generator)
            guard let pattern = try? RulePattern(source, caseInsensitive: caseInsensitive) else { continue }
            patterns += 1
            guard let literals = pattern.requiredLiterals else { continue }
            withLiterals += 1
            for _ in 0..<60 {
                let subject = String((0..<Int.random(in: 0...10, using: &generator)).map { _ in Self.alphabet.randomElement(using: &generator)! })
                let admitted = literals.admits(subject)
                if try pattern.compiled.matches(subject) {
                    matches += 1
                    #expect(admitted, "\(source) (case-insensitive: \(caseInsensitive)) matches \(subject) but its literals \(literals.strings) rule it out")
                } else if !admitted {
                    ruledOut += 1
                }
            }
        }
        #expect(patterns > 2_000)
        #expect(withLiterals > 1_000)
        #expect(matches > 10_000)
        #expect(ruledOut > 10_000)
    }
}

@Suite struct LiteralScreenTests {
    /// For every value, the screen's candidates are exactly the patterns whose literals admit it.
    @Test func candidatesAreThePatternsWhoseLiteralsAdmitTheValue() throws {
        let rules = try CompiledBundledRules.get()
        var patterns = rules.inputNameRules.map(\.pattern)
        patterns.append(try RulePattern(#"\d+"#))  // no literals: always a candidate
        patterns.append(try RulePattern("Exact", caseInsensitive: false))
        let screen = try #require(LiteralScreen(patterns))
        var values = try LowercasedPatternTests.values()
        values += ["", "EXACT", "xExactx", "exact", "prénom", "card\u{212A}", "quantity", "product_id", "cc"]
        var admitted = 0
        for value in values {
            let candidates = screen.candidates(in: value)
            for (index, pattern) in patterns.enumerated() {
                let expected = pattern.requiredLiterals?.admits(value) ?? true
                #expect((candidates >> UInt128(index)) & 1 == (expected ? 1 : 0), "\(value) against pattern \(index)")
                if expected { admitted += 1 }
            }
        }
        #expect(admitted > 1_000)
        #expect(LiteralScreen(Array(repeating: patterns[0], count: LiteralScreen.capacity + 1)) == nil)
    }

    /// One-byte literals, case-sensitive literals with upper-case bytes and literals at the ends of the
    /// value, against a search for each literal on its own: the byte-pair filter rules out no position
    /// where a literal starts.
    @Test func candidatesEqualASearchForEachLiteral() {
        let patterns: [(strings: [String], caseInsensitive: Bool)?] = [
            (["x"], true), (["Q"], false), (["ab", "zz"], true), (["aB"], false), (["Exact"], false),
            (["name", "nm"], true), (["_"], true), (["n-a"], true), nil, (["9z"], false),
        ]
        let screen = LiteralScreen(literals: patterns)!
        var generator = SeededGenerator(state: 11)
        let alphabet = Array("abxzqQBEnNmM_-9 eEXxactZ".utf8)
        var values = ["", "x", "X", "q", "Q", "ab", "AB", "aB", "Ab", "zZ", "Exact", "exact", "EXACT", "n-a", "N-A", "name", "9z", "9Z"]
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...8, using: &generator)
            values.append(String(decoding: (0..<length).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self))
        }
        for value in values {
            let bytes = Array(value.utf8)
            let candidates = screen.candidates(in: value)
            for (index, pattern) in patterns.enumerated() {
                let expected = pattern.map { pattern in
                    pattern.strings.contains { literal in
                        let needle = Array(literal.utf8)
                        guard needle.count <= bytes.count else { return false }
                        return (0...(bytes.count - needle.count)).contains { start in
                            (0..<needle.count).allSatisfy { offset in
                                let byte = bytes[start + offset]
                                return (pattern.caseInsensitive ? ASCII.lowercased(byte) : byte) == needle[offset]
                            }
                        }
                    }
                } ?? true
                #expect((candidates >> UInt128(index)) & 1 == (expected ? 1 : 0), "\(value) against pattern \(index)")
            }
        }
    }
}
