import Foundation
import MaskRules
import Testing

/// `masklint audit` end to end, through the built binary, on the fixture sessions of
/// `fixtures/sessions/` (written by the project's encoder; see `AuditFixtureFilesTests`).
@Suite struct AuditCommandTests {
    static let sessions = "fixtures/sessions"
    static let canaries = "fixtures/sessions/canaries.txt"

    /// The verdict each fixture session must get.
    static let verdicts: [String: String] = [
        "clean-checkout": "clean", "clean-legacy-search": "clean", "clean-gzip-batches": "clean",
        "leak-input-values": "leaks", "leak-dom-content": "leaks", "leak-navigation": "leaks", "leak-devtools": "leaks",
        "leak-analytics": "leaks", "leak-canaries": "leaks",
        "corrupt-truncated": "unverified", "corrupt-bad-varint": "unverified", "corrupt-size-past-end": "unverified",
        "corrupt-zstd": "unverified",
    ]

    /// Raw values planted in the fixtures, which no report may print without `--show-values`.
    static let plantedValues = [
        "jane.roe@example.com", "jane.roe%40example.com", "(415) 555-2671", "415-555-2671", "+44 20 7183 8750",
        "536-22-1234", "536221234", "4111 1111 1111 1111", "4111111111111111", "hunter2!", "Quentin Canarybird",
        "QUENTIN CANARYBIRD", "q.canarybird", "628-555-0172", "6285550172", "jane.doe@example.org",
    ]

    @Test func directoryOfSessionsGivesEachItsVerdict() throws {
        let result = try CommandRunner.run(["audit", Self.sessions, "--canaries", Self.canaries, "--format", "json"])
        #expect(result.status == 2, "an unverified session makes the run exit 2")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["format"] as? String == "masklint-audit")
        let sessions = try #require(document["sessions"] as? [[String: Any]])
        var verdicts: [String: String] = [:]
        for session in sessions { verdicts[session["name"] as? String ?? ""] = session["verdict"] as? String }
        #expect(verdicts == Self.verdicts)
        for session in sessions where session["verdict"] as? String == "unverified" {
            let reasons = session["unverifiedReasons"] as? [String] ?? []
            #expect(reasons.contains { $0.contains("@") }, "the reason names the file and byte offset")
        }
        for session in sessions {
            let files = session["files"] as? [[String: Any]] ?? []
            #expect(!files.isEmpty && files.allSatisfy { ($0["sha256"] as? String)?.count == 64 })
        }
    }

    @Test func cleanSessionsExitZero() throws {
        let result = try CommandRunner.run(["audit", "\(Self.sessions)/clean-checkout", "\(Self.sessions)/clean-gzip-batches"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("clean       clean-checkout"))
        #expect(result.stdout.contains("masklint audit: 2 sessions: 2 clean, 0 with leaks, 0 unverified; 0 findings"))
    }

    @Test func leaksExitOne() throws {
        let result = try CommandRunner.run(["audit", "\(Self.sessions)/leak-dom-content"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: [pii-in-recording]"))
        #expect(result.stdout.contains("error: [obscured-text-not-masked]"))
        #expect(result.stdout.contains("leaks       leak-dom-content"))
    }

    @Test func corruptSessionIsUnverifiedWithItsOffset() throws {
        let result = try CommandRunner.run(["audit", "\(Self.sessions)/corrupt-truncated"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("unverified  corrupt-truncated  reading stopped at dom.mobs@151"))
        #expect(result.stdout.contains("(1 finding before that)"), "findings before the fault are kept")
        #expect(result.stderr.contains("corrupt-truncated: unverified"))
    }

    @Test func missingPathIsUnverified() throws {
        let result = try CommandRunner.run(["audit", "\(Self.sessions)/no-such-session"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("unverified"))
    }

    @Test(arguments: [["audit"], ["audit", "fixtures/sessions", "--jobs", "0"], ["audit", "-", "-"]])
    func usageErrorsExit64(_ arguments: [String]) throws {
        #expect(try CommandRunner.run(arguments).status == 64)
    }

    @Test func standardInputIsOneSession() throws {
        let result = try CommandRunner.run(["audit", "-", "--format", "json"], input: Data(contentsOf:
            CommandRunner.root.appendingPathComponent("\(Self.sessions)/leak-dom-content/dom.mobs")))
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"name\" : \"-\""))
        let file = CommandRunner.root.appendingPathComponent("\(Self.sessions)/leak-dom-content/dom.mobs")
        let bytes = try [UInt8](Data(contentsOf: file))
        #expect(result.stdout.contains("\"sha256\" : \"\(SHA256.hash(bytes).hexString)\""),
                "standard input read to its end is hashed as it is read")
    }

    @Test(arguments: ["text", "json", "sarif", "github"])
    func noReportRepeatsAPlantedValue(_ format: String) throws {
        let html = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: html) }
        let result = try CommandRunner.run(["audit", Self.sessions, "--canaries", Self.canaries, "--format", format,
                                            "--html", html.path])
        let page = try String(contentsOf: html, encoding: .utf8)
        for value in Self.plantedValues {
            #expect(!result.stdout.contains(value), "\(format) output shows \(value)")
            #expect(!result.stderr.contains(value), "standard error shows \(value)")
            #expect(!page.contains(value), "the HTML report shows \(value)")
        }
    }

    @Test func showValuesPrintsThem() throws {
        let result = try CommandRunner.run(["audit", "\(Self.sessions)/leak-analytics", "--show-values"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("jane.roe@example.com"))
    }

    @Test func sarifListsTheChecksAndTheUnverifiedSessions() throws {
        let result = try CommandRunner.run(["audit", Self.sessions, "--canaries", Self.canaries, "--format", "sarif"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? String == "2.1.0")
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let results = run["results"] as? [[String: Any]] ?? []
        #expect(results.count >= 40)
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
        #expect(Set(rules.compactMap { $0["id"] as? String }).isSuperset(of: ["plain-pii-field", "pii-in-recording", "canary-value"]))
    }

    /// The HTML report is a complete page that headless Chromium lays out: its DOM has the summary
    /// table with one row per session and a section per session.
    @Test(.enabled(if: Self.chromium != nil, "chromium is not installed"))
    func htmlReportRendersInChromium() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let directory = scratch.directory
        let html = directory.appendingPathComponent("report.html")
        _ = try CommandRunner.run(["audit", Self.sessions, "--canaries", Self.canaries, "--html", html.path])
        let chromium = Process()
        chromium.executableURL = URL(fileURLWithPath: Self.chromium!)
        chromium.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(directory.path)/profile",
                              "--dump-dom", html.absoluteString]
        let output = Pipe()
        chromium.standardOutput = output
        chromium.standardError = FileHandle.nullDevice
        try chromium.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        chromium.waitUntilExit()
        #expect(dom.contains("<table class=\"sessions\">"))
        for name in Self.verdicts.keys { #expect(dom.contains("<a href=\"#session-") && dom.contains(">\(name)</a>")) }
        #expect(dom.components(separatedBy: "<section class=\"session\"").count - 1 == Self.verdicts.count)
        #expect(dom.contains("4 of 13 sessions could not be verified"))
    }

    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}
