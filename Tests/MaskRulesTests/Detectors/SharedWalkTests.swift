import Testing
@testable import MaskRules

/// The scanner runs the keyed-value detectors as one group (one search for separators, separators
/// that no key can end at dropped) and the digit detectors over one list of digit runs; each must find
/// exactly what it finds alone.
@Suite("Shared walks find what each detector finds alone")
struct SharedWalkTests {
    /// Texts with keys, labels, separators and digits in many arrangements: every example of every
    /// detector and rule, the piece test's lines, and edge cases around the pair test.
    static func texts() throws -> [String] {
        var texts = [
            "", ":", "=", "<", "a:", ":a", "1:2", "09:17:13.721Z", "x=1&y=2", "\"\":\"\"",
            #"{"password":"hunter2","pwd":1234,"first_name":"Alice","pin":"[REDACTED]","otp":"{{otp}}"}"#,
            #"{"body":"{\"password\":\"hunter2\",\"pin_code\":\"7199\"}"}"#,
            "Password: correct horse battery staple\nFirst Name: Alice\nName: Bob Smith | Customer: Carol",
            "<td>Password</td><td>s3cret</td><th>Name</th><td>Dora</td><dt>Customer</dt><dd>Eve</dd>",
            "<td>Name:</td>   <td>Frank Jones</td>", "<td>Password     </td><td>x1</td>",
            "pwd=s3cr%21t&x", "user[first_name]=Alice+Marie&billing.lastName2=M%C3%BCller",
            "Vorname: Jürgen ß: 1 é=2 密码: 3", "pin_code=4821&pincode=560001&cardPin=1234",
            "ts=1700000000000 card=4111111111111111 ssn=536-22-8734 tel=+1 (415) 555-2671 iban=DE89370400440532013000",
            "4111 1111 1111 1111 and 5555-5555-5555-4444 then 1234 5678 9012 3456 7890",
            "%204111111111111111 x4111111111111111 4111111111111111x DE89 3704 0044 0532 0130 00",
            "+44 (0)20 7183 8750, 0044 20 7946 0958, (+44) 20 7183 8750, 001 415 555 2671",
            "SSN:\n536221234 on file; 536 22 8734; order 536-22-8734", "٤١١١١١١١١١١١١١١١ 😀 4111111111111111 😀",
            String(repeating: "0123456789", count: 30) + " " + String(repeating: "a1", count: 100),
            String(repeating: " ", count: 200) + "password=x", "password" + String(repeating: " ", count: 200) + ": y",
        ]
        for description in BuiltInDetectors.descriptions {
            texts += description.matchingExamples.map(\.text) + description.nonMatchingExamples
        }
        let ruleSet = try RuleSetLoader().load(directory: RepositoryPaths.rules.path)
        for case .detector(let rule) in ruleSet.allRules {
            texts += rule.header.examples.match.map(\.text) + rule.header.examples.noMatch.map(\.text)
        }
        return texts + [TextScannerPieceTests.text]
    }

    /// The built-in rules' detectors and a few more; with `openEndedKey`, a keyed-value detector with
    /// a key ending in `*`, which turns off the dropping of separators.
    static func detectors(openEndedKey: Bool) throws -> [any ValueDetector] {
        var detectors = try BundledDetectorRules.rules.map { try BuiltInDetectors.make(id: $0.detectorID, options: $0.options) }
        detectors += [
            KeyedValueDetector(keys: ["password", "first name", "Name:", "Kunde:"], category: .name, maximumLength: 12),
            PhoneDetector(regions: ["e164"]), SSNDetector(bareDigitsNeedContext: false),
        ]
        if openEndedKey { detectors.append(KeyedValueDetector(keys: ["passw*"], category: .password)) }
        return detectors
    }

    @Test(arguments: [false, true])
    func scannerFindsWhatEachDetectorFinds(openEndedKey: Bool) throws {
        let detectors = try Self.detectors(openEndedKey: openEndedKey)
        let scanner = ValueScanner(detectors: detectors)
        let texts = try Self.texts()
        var foundBy = [Int](repeating: 0, count: detectors.count)
        for text in texts {
            var copy = text
            copy.withUTF8 { bytes in
                let shared = scanner.matches(in: bytes)
                for (index, detector) in detectors.enumerated() {
                    let alone = detector.matches(in: bytes)
                    #expect(shared[index] == alone, "\(detector.id) on \(text.prefix(80).debugDescription)")
                    foundBy[index] += alone.count
                }
            }
        }
        for (index, detector) in detectors.enumerated() {
            #expect(foundBy[index] > 0, "\(detector.id) finds nothing in the texts, so the comparison says nothing about it")
        }
        #expect(foundBy.reduce(0, +) > 1000)
    }

    /// The group drops a separator by the last letter pair of the key before it, found as the key
    /// matcher finds it: after trailing digits (`LastLetterPair`). Label keys ending in a digit, in a
    /// line or a table cell, are looked at by the group as by the detector alone.
    @Test func labelKeyEndingInADigitIsFoundByTheGroupAsAlone() {
        let detector = KeyedValueDetector(keys: ["Line2:", "Kunde12 :", "Line 3:", "Kunde:"], category: .name)
        let group = KeyedValueGroup([detector])
        #expect(group.dropsSeparators)
        var text = "Line2: Alice Smith\nKunde12: Bob Jones\n<td>Line 3</td><td>Carol</td> 09:17:13 x=1\nKunde: Dan"
        text.withUTF8 { bytes in
            let alone = detector.matches(in: bytes)
            #expect(alone.contains { $0.value == "Dan" })
            #expect(group.matches(in: bytes)[0] == alone)
        }
    }

    /// A digit detector alone runs the shared walk over the list of digit runs, for a group of one. A
    /// walk over the bytes, which measures each run of digits and steps at the start of each run that
    /// the detector's selection takes, finds the same.
    @Test func digitDetectorsFindWhatAByteByByteWalkFinds() throws {
        let detectors = try Self.detectors(openEndedKey: false).compactMap { $0 as? any DigitRunDetector }
        #expect(detectors.count >= 6)
        var found = 0
        for text in try Self.texts() {
            var copy = text
            copy.withUTF8 { bytes in
                for detector in detectors {
                    let walked = Self.byteWalk(detector, in: bytes)
                    #expect(detector.matches(in: bytes) == walked, "\(detector.id) on \(text.prefix(80).debugDescription)")
                    found += walked.count
                }
            }
        }
        #expect(found > 200)
    }

    /// A detector's run filter lets through every run at which its step may find something: at a
    /// selected run the filter does not take, the step finds nothing and returns the run's end.
    @Test func runFiltersTakeEveryRunAStepFindsSomethingAt() throws {
        let detectors = try Self.detectors(openEndedKey: false).compactMap { $0 as? any DigitRunDetector }
        var skipped = 0
        for text in try Self.texts() + ["2026-10-02T16:13:02.088Z 1-800-555-0199 +1 %20 00 1.2 x 12 3"] {
            var copy = text
            copy.withUTF8 { bytes in
                for detector in detectors {
                    for run in Self.referenceDigitRuns(bytes) where detector.runSelection.selects(run, in: bytes) {
                        let before = ASCII.byte(bytes, run.lowerBound - 1)
                        guard !detector.runFilter.takes(run.lowerBound, run.upperBound, before: before, in: bytes) else { continue }
                        var matches: [DetectorMatch] = []
                        let next = detector.step(atDigit: run.lowerBound, runEnd: run.upperBound, in: bytes, matches: &matches)
                        #expect(matches.isEmpty && next == run.upperBound, "\(detector.id) at \(run) of \(text.prefix(80).debugDescription)")
                        skipped += 1
                    }
                }
            }
        }
        #expect(skipped > 100)
    }

    /// The detector's steps at the start of every digit run it selects, found byte by byte
    /// (`referenceDigitRuns`); a step may consume past its run, and the runs it covers are skipped.
    private static func byteWalk(_ detector: some DigitRunDetector, in bytes: UnsafeBufferPointer<UInt8>) -> [DetectorMatch] {
        var result: [DetectorMatch] = []
        var index = 0
        for run in referenceDigitRuns(bytes) where run.lowerBound >= index {
            index = detector.runSelection.selects(run, in: bytes)
                ? detector.step(atDigit: run.lowerBound, runEnd: run.upperBound, in: bytes, matches: &result)
                : run.upperBound
        }
        return result
    }

    /// The runs of ASCII digits in `bytes`, found one byte at a time: the reference for the walks.
    private static func referenceDigitRuns(_ bytes: some Collection<UInt8>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for (index, byte) in bytes.enumerated() {
            if ASCII.isDigit(byte) {
                if start == nil { start = index }
            } else if let first = start {
                runs.append(first..<index)
                start = nil
            }
        }
        if let first = start { runs.append(first..<bytes.count) }
        return runs
    }

    @Test func keyedValueGroupDropsOnlySeparatorsNoKeyEndsAt() throws {
        let detectors = try Self.detectors(openEndedKey: false).compactMap { $0 as? KeyedValueDetector }
        #expect(detectors.count >= 4)
        let filtered = KeyedValueGroup(detectors)
        #expect(filtered.dropsSeparators)
        #expect(!KeyedValueGroup(detectors + [KeyedValueDetector(keys: ["passw*"], category: .password)]).dropsSeparators)
        let unfiltered = KeyedValueGroup(detectors, dropsSeparators: false)
        for text in try Self.texts() {
            var copy = text
            copy.withUTF8 { bytes in
                #expect(filtered.matches(in: bytes) == unfiltered.matches(in: bytes), "\(text.prefix(80).debugDescription)")
            }
        }
    }

    @Test(arguments: [
        "", "1", "a", "12a34", "a1b22c333", String(repeating: "7", count: 64), String(repeating: "7", count: 65),
        String(repeating: "x", count: 63) + "12" + String(repeating: "y", count: 62) + "3",
        String(repeating: "1234567a", count: 20) + "é٤9", "😀1😀" + String(repeating: "9", count: 130) + "\u{FF}0",
    ])
    func digitRunsAreTheRunsOfDigits(text: String) {
        let bytes = Array(text.utf8)
        let runs = bytes.withUnsafeBufferPointer { DigitRunWalk.digitRuns(in: $0) }
        #expect(runs == Self.referenceDigitRuns(bytes))
    }
}
