import Testing
@testable import MaskRules

/// Scanning strings together (`StringBatch`), the clean-string cache and CSS unescaping.
@Suite struct StringScanningTests {
    /// Strings whose end and start could make a value together if the separator let them.
    static let adjacentPairs: [(String, String)] = [
        ("password=", "hunter2!"), ("call 415 555", "2671 now"), ("jane.roe@", "example.com"), ("jane.roe", "@example.com"),
        ("u=jane.roe%4", "0example.com"), ("4111 1111", "1111 1111"), ("SSN 536-22", "-1234"), (#"{"ssn":"#, #""536221234"}"#),
        ("YWxpY2VAZXhh", "bXBsZS5jb20="), ("alice\\", "u0040example.com"), ("DE89 3704 0044", "0532 0130 00"),
        ("tel", "+14155552671"), ("first_name:", " Jane"),
    ]

    /// Every example of every detector, and both halves of every pair.
    static var samples: [String] {
        BuiltInDetectors.descriptions.flatMap { $0.matchingExamples.map(\.text) + $0.nonMatchingExamples }
            + adjacentPairs.flatMap { [$0.0, $0.1] }
    }

    /// Every value found in a string alone is found at the same place in all of them joined by the
    /// batch separator, and no value found there crosses into the next string: no value, key, veto
    /// word or decoded view crosses the separator. (A context word may: the batch scans such strings
    /// again alone, which `contextFromTheStringBeforeDoesNotCount` checks.)
    @Test func theSeparatorKeepsStringsApart() {
        let scanner = AuditTestSupport.configuration.scanner
        let strings = Self.samples
        var joined: [UInt8] = []
        var starts: [Int] = []
        for string in strings {
            starts.append(joined.count)
            joined += Array(string.utf8) + SeparatedStrings.separator
        }
        let together = joined.withUnsafeBufferPointer { scanner.scan(utf8: $0) }
        let actual = Set(together.map { "\($0.byteRange.lowerBound) \($0.detectorID) \($0.value)" })
        for (index, string) in strings.enumerated() {
            for value in scanner.scan(string) {
                #expect(actual.contains("\(starts[index] + value.byteRange.lowerBound) \(value.detectorID) \(value.value)"),
                        "\(value.detectorID) value of string \(index) not found when joined")
            }
        }
        for value in together {
            let index = starts.lastIndex { $0 <= value.byteRange.lowerBound }!
            #expect(value.byteRange.upperBound <= starts[index] + strings[index].utf8.count, "a value crosses into the next string")
        }
    }

    @Test func contextFromTheStringBeforeDoesNotCount() {
        let audit = AuditTestSupport.audit { page in
            page.text("Your SSN", in: page.element("P", in: 0))
            page.text("536221234", in: page.element("P", in: 0))
        }
        #expect(audit.findings.isEmpty)
    }

    @Test func pairsWithoutTheSeparatorWouldJoin() {
        let scanner = AuditTestSupport.configuration.scanner
        let joined = Self.adjacentPairs.filter { !scanner.scan($0.0 + $0.1).isEmpty }
        #expect(joined.count >= 8, "the pairs are real tests of the separator")
    }

    @Test func cleanStringsAreRememberedExactly() {
        var cache = CleanStringCache()
        let long = (0..<5_000).map { "class-\($0) flex items-center" }
        let short = (0..<3_000).map { "c\($0)" } + ["", "a", "12345678", "\u{0}\u{0}", "\u{0}"]
        // A long string is kept from the second time it is found clean.
        for string in long + short + long { Self.insert(string, into: &cache) }
        for string in long + short { #expect(Self.contains(cache, string), "\(string)") }
        for missing in ["class-5000 flex items-center", "class-1 flex items-centeR", "c3000", "c1 ", "C1",
                        "123456789", "1234567", "\u{0}\u{0}\u{0}", "b"] {
            #expect(!Self.contains(cache, missing), "\(missing)")
        }
        let tooLong = [UInt8](repeating: 0x61, count: CleanStringCache.maximumStringLength + 1)
        #expect(tooLong.withUnsafeBytes { CleanStringCache.cacheHash($0) } == nil, "longer strings are not kept")
        let longest = String(repeating: "a", count: CleanStringCache.maximumStringLength)
        Self.insert(longest, into: &cache)
        Self.insert(longest, into: &cache)
        #expect(Self.contains(cache, longest), "strings up to the limit are kept")
    }

    /// Strings of up to 8 bytes are kept the first time they are found clean; longer ones, which
    /// mostly occur once, from the second time.
    @Test func longStringsAreKeptFromTheSecondTime() {
        var cache = CleanStringCache()
        for string in ["", "x", "12345678"] {
            Self.insert(string, into: &cache)
            #expect(Self.contains(cache, string))
        }
        let strings = (0..<1_000).map { "https://example.test/orders/\($0)" }
        for string in strings { Self.insert(string, into: &cache) }
        let keptAtOnce = strings.filter { Self.contains(cache, $0) }.count
        #expect(keptAtOnce < 10, "only where the bit set took another string's hash for it")
        for string in strings { Self.insert(string, into: &cache) }
        #expect(strings.allSatisfy { Self.contains(cache, $0) })
    }

    /// Past its entry limit each table starts over, and stays exact: what it holds is found, what it
    /// dropped or never held is not, whatever the string's length (the empty string included).
    @Test func theCacheStartsOverAndStaysExact() {
        var cache = CleanStringCache()
        let short = (0..<(CleanStringCache.maximumShortEntries + 100)).map { "s\($0)" } + [""]
        for string in short { Self.insert(string, into: &cache) }
        #expect(short.filter { Self.contains(cache, $0) } == Array(short.suffix(101)), "only the short strings added after it started over")
        let long = (0..<(CleanStringCache.maximumEntries + 100)).map { "long string \($0)" } + [String(repeating: "x", count: 2048)]
        for string in long {
            Self.insert(string, into: &cache)
            Self.insert(string, into: &cache)
        }
        #expect(long.filter { Self.contains(cache, $0) } == Array(long.suffix(101)), "only the long strings added after it started over")
        #expect(short.filter { Self.contains(cache, $0) } == Array(short.suffix(101)), "each table starts over alone")
        #expect(!Self.contains(cache, "s0"))
        #expect(!Self.contains(cache, "s1000000"))
        #expect(!Self.contains(cache, "long string 0"))
    }

    /// Inserts `string` as the auditor does, by its `cacheHash(_:)`.
    static func insert(_ string: String, into cache: inout CleanStringCache) {
        Array(string.utf8).withUnsafeBytes { bytes in
            if let hash = CleanStringCache.cacheHash(bytes) { cache.insert(bytes, hash: hash) }
        }
    }

    /// Looks `string` up as the auditor does, by its `cacheHash(_:)`.
    static func contains(_ cache: CleanStringCache, _ string: String) -> Bool {
        Array(string.utf8).withUnsafeBytes { bytes in
            CleanStringCache.cacheHash(bytes).map { cache.contains(bytes, hash: $0) } ?? false
        }
    }

    @Test(arguments: [
        (#"#a\.b"#, "#a.b"), (#"[data-x="a\@b"]"#, #"[data-x="a@b"]"#), (#"\40 x"#, "@x"), (#"\31 23"#, "123"),
        (#"\0"#, "\u{FFFD}"), (#"\110000"#, "\u{FFFD}"), ("a\\", "a\\"), ("a\\\nb", "a\\\nb"),
    ])
    func cssEscapesAreRemoved(_ escaped: String, _ plain: String) {
        let result = Array(escaped.utf8).withUnsafeBytes { CSSUnescaping.unescaped($0) }
        #expect(result.map { String(decoding: $0, as: UTF8.self) } == plain)
    }

    @Test func textWithoutBackslashesIsLeftAlone() {
        #expect(Array("#main > div".utf8).withUnsafeBytes { CSSUnescaping.unescaped($0) } == nil)
    }
}

@Suite struct SeparatedStringsTests {
    static func strings(_ texts: [String]) -> SeparatedStrings {
        var strings = SeparatedStrings()
        for text in texts { strings.append(text) }
        return strings
    }

    @Test func findsTheStringThatHoldsAnOffset() {
        let strings = Self.strings(["ab", "", "cde"])  // ab\n\0\n \n\0\n cde\n\0\n
        #expect(strings.ranges == [0..<2, 5..<5, 8..<11])
        #expect(strings.index(containing: 0) == 0)
        #expect(strings.index(containing: 1) == 0)
        #expect(strings.index(containing: 2) == nil)
        #expect(strings.index(containing: 8) == 2)
        #expect(strings.index(containing: 11) == nil)
    }

    @Test func aValueTouchesTheStringsItLiesInOrNextTo() {
        let strings = Self.strings(["ab", "cd", "ef"])  // 0..<2, 5..<7, 10..<12
        #expect(strings.indices(touching: 0..<2) == 0..<1)
        #expect(strings.indices(touching: 1..<6) == 0..<2)
        #expect(strings.indices(touching: 5..<11) == 1..<3)
        #expect(strings.indices(touching: 3..<4) == 0..<2, "a value inside a separator touches both neighbours")
        #expect(strings.indices(touching: 12..<13) == 2..<3, "after the last string: the last string")
    }
}
