import Testing
@testable import MaskRules

@Suite struct PortablePatternSubsetTests {
    @Test(arguments: [
        #"(?:^|[_.\[-])e-?mail(?:$|[_.\]0-9-])"#,
        #"^cc[_-]?(?:num|number)$"#,
        #"(?<=^|_)ssn(?=_|$)"#,
        #"(?<field>card)\d{12,19}?"#,
        #"[A-Za-z0-9._%+\-]+"#,
        #"\bphone\b|\x40"#,
        #"a{2}b{1,}c{0,3}?"#,
        #"[^\]\\]"#,
        #"numéro|電話"#,
        #"\/\.\*\+\?\(\)\{\}\|\^\$"#,
        #"[a-]"#, #"[-a]"#, #"[\d-]"#,
    ])
    func acceptsPortablePatterns(pattern: String) {
        #expect(PortablePatternSubset.check(pattern) == nil)
    }

    @Test(arguments: [
        ("(?i)email", 1, "inline flags"),
        ("a*+", 3, "possessive"),
        ("(?>ab)", 1, "atomic"),
        (#"a\sb"#, 2, "Unicode whitespace"),
        (#"\v"#, 1, "'\\v'"),
        (#"(a)\1"#, 4, "back-references"),
        (#"\p{L}"#, 1, "not in the portable subset"),
        (#"\u0041"#, 1, "not in the portable subset"),
        (#"\x{41}"#, 1, "two hex digits"),
        (#"\A"#, 1, "not in the portable subset"),
        (#"\@"#, 1, "Unicode mode"),
        ("[[:alpha:]]", 2, "POSIX"),
        ("[]a]", 1, "leading ']'"),
        ("a{,3}", 2, "'{' must start a quantifier"),
        ("a{2", 2, "incomplete quantifier"),
        ("a{3,2}", 2, "out of order"),
        ("}", 1, "lone '}'"),
        ("]", 1, "lone ']'"),
        ("*a", 1, "nothing to repeat"),
        ("(?=a)*", 6, "nothing to repeat"),
        ("^*", 2, "nothing to repeat"),
        ("(ab", 1, "unterminated group"),
        ("ab)", 3, "unmatched"),
        ("[ab", 1, "unterminated character class"),
        ("[z-a]", 2, "out of order"),
        (#"[\d-z]"#, 4, "ambiguous"),
        (#"[\b]"#, 2, "backspace"),
        ("(*SKIP)", 1, "verbs"),
        ("(?P<n>a)", 1, "named groups"),
        ("(?<a>x)(?<a>y)", 8, "duplicate group name"),
        ("a\\", 2, "lone '\\'"),
    ] as [(String, Int, String)])
    func rejectsUnportablePatterns(pattern: String, column: Int, reason: String) throws {
        let problem = try #require(PortablePatternSubset.check(pattern))
        guard case .unportable(let message, let reportedColumn) = problem else {
            Issue.record("expected an unportable-pattern error, got \(problem)")
            return
        }
        #expect(reportedColumn == column, "\(message)")
        #expect(message.contains(reason), "\(message)")
    }

    @Test func rulePatternRejectsBeforeCompiling() {
        #expect(throws: PatternError.self) { try RulePattern("(?i)x") }
        #expect(throws: PatternError.self) { try RulePattern("(?<=a+)b") }
    }

    @Test func rulePatternCarriesItsJavaScriptFlags() throws {
        #expect(try RulePattern("x", caseInsensitive: true).javaScriptFlags == "isu")
        #expect(try RulePattern("x").javaScriptFlags == "su")
    }
}
