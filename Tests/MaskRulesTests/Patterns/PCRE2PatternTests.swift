import Testing
@testable import MaskRules

@Suite struct PCRE2PatternTests {
    @Test func findsMatchesAsUTF8ByteRanges() throws {
        let pattern = try PCRE2Pattern("x")
        #expect(try pattern.allMatches(in: "éxéx") == [2..<3, 5..<6])
    }

    @Test func emptyMatchesStepOverWholeScalars() throws {
        let pattern = try PCRE2Pattern("x*")
        #expect(try pattern.allMatches(in: "aéx") == [0..<0, 1..<1, 3..<4, 4..<4])
    }

    @Test func caseInsensitiveOption() throws {
        let pattern = try PCRE2Pattern("email", options: .caseInsensitive)
        #expect(try pattern.matches("Billing_EMAIL_2"))
        #expect(try !PCRE2Pattern("email").matches("EMAIL"))
    }

    @Test func dotMatchesNewlineAndDollarOnlyAtTheEnd() throws {
        #expect(try PCRE2Pattern("a.b").matches("a\nb"))
        #expect(try !PCRE2Pattern("a$").matches("a\n"))
    }

    @Test func compileErrorsCarryTheColumn() {
        #expect(throws: PatternError.invalid(message: "missing closing parenthesis", column: 5)) {
            try PCRE2Pattern("é(ab")
        }
    }

    @Test func catastrophicBacktrackingEndsInALimitError() throws {
        let pattern = try PCRE2Pattern("^(a+)+$", limits: PatternLimits(matchSteps: 100_000, depth: 1_000, heapKiB: 1_024))
        let subject = String(repeating: "a", count: 40) + "!"
        #expect {
            try pattern.matches(subject)
        } throws: { error in
            guard case PatternError.limitExceeded = error else { return false }
            return true
        }
    }

    @Test func reportsLibraryFacts() {
        #expect(PCRE2Pattern.libraryVersion.hasPrefix("10."))
        _ = PCRE2Pattern.isJITAvailable
    }

    @Test func isSafeToShareAcrossTasks() async throws {
        let pattern = try PCRE2Pattern("[0-9]{4}")
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { (try? pattern.allMatches(in: String(repeating: "card 4111 ", count: 500)).count) ?? -1 }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 500, count: 8))
    }
}
