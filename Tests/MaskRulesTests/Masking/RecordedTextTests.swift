import Foundation
import Testing
@testable import MaskRules

/// What the tracker sends for text nodes (openreplay.md §1.3), in Swift and in JavaScript.
@Suite("Recorded text")
struct RecordedTextTests {
    static let emailCases: [(String, String)] = [
        ("a.b@site.com", "***@****.***"),
        ("x@a.b.com", "*@*.*"),
        ("first+tag@mail.example.org", "*********@****.*******"),
        ("alice@example.museum", "alice@example.museum"),
        (" alice@example.com", " alice@example.com"),
        ("alice@example.com and more", "alice@example.com and more"),
        ("alice@example-shop.com", "*****@************.***"),
        ("alice@example.c", "alice@example.c"),
        ("no email here", "no email here"),
    ]

    @Test("the anchored email option", arguments: emailCases)
    func email(_ input: String, _ expected: String) throws {
        let model = MaskingModel(rules: try MaskingTestRules.sample(), options: .trackerDefaults)
        #expect(model.recordedText(input, level: .plain) == expected)
    }

    @Test("obscured text keeps its white space; hidden text is not sent; numbers become 0 when asked")
    func levelsAndNumbers() throws {
        var options = TrackerPrivacyOptions.trackerDefaults
        let model = MaskingModel(rules: try MaskingTestRules.sample(), options: options)
        #expect(model.recordedText("  Alice  Smith\n", level: .obscured) == "*****  *****")
        #expect(model.recordedText("Alice", level: .hidden) == nil)
        #expect(model.recordedText("Order 1234", level: .plain) == "Order 1234")
        options.obscureTextNumbers = true
        let numbers = MaskingModel(rules: try MaskingTestRules.sample(), options: options)
        #expect(numbers.recordedText("Order 1234", level: .plain) == "Order 0000")
        #expect(numbers.recordedText("a1@b2.com", level: .plain) == "**@**.***")
    }

    @Test("Swift and the tracker's JavaScript agree on every sample",
          .enabled(if: CompileExternalTools.node != nil, "node is not installed"))
    func agreesWithJavaScript() throws {
        let samples = Self.emailCases.map(\.0) + [
            "", "   ", "\u{00A0}x\u{2003}y\u{3000}", "😀 smile", "tab\there", "a_b@c_d.ef", "a..b@c.de", "a@b..cd", "a-@b.cd",
            "-a@b.cd", "A@B.CD", "a@b-c.de", "a@b.c-d.ef", "12345 and 678", "x\u{FEFF}y", "line\u{2028}break", "é@ü.de",
        ]
        // Sanitizer.sanitize and stringWiper, as openreplay.md §1.3 describes them (tracker 18.0.6).
        let script = #"""
            const samples = JSON.parse(require("fs").readFileSync(0, "utf8"));
            const stars = (s) => "*".repeat(s.length);
            const wipe = (s) => s.trim().replace(/[^\f\n\r\t\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\s]/g, "*");
            const plain = (data, numbers) => {
              if (numbers) data = data.replace(/\d/g, "0");
              return data.replace(/^\w+([+.-]\w+)*@\w+([.-]\w+)*\.\w{2,3}$/g, (email) => {
                const [name, domain] = email.split("@");
                const [domainName, host] = domain.split(".");
                return `${stars(name)}@${stars(domainName)}.${stars(host)}`;
              });
            };
            process.stdout.write(JSON.stringify(samples.map((s) => [wipe(s), plain(s, false), plain(s, true)])));
            """#
        let node = try #require(CompileExternalTools.node)
        let output = try CompileToolRunner.run(node, ["-e", script], input: try JSONEncoder().encode(samples), timeout: 60)
        #expect(output.status == 0, "\(output.stderr)")
        let results = try JSONDecoder().decode([[String]].self, from: Data(output.stdout.utf8))
        var options = TrackerPrivacyOptions.trackerDefaults
        let model = MaskingModel(rules: try MaskingTestRules.sample(), options: options)
        options.obscureTextNumbers = true
        let numbers = MaskingModel(rules: try MaskingTestRules.sample(), options: options)
        for (sample, result) in zip(samples, results) {
            #expect(model.recordedText(sample, level: .obscured) == result[0], "wipe \(sample.debugDescription)")
            #expect(model.recordedText(sample, level: .plain) == result[1], "plain \(sample.debugDescription)")
            #expect(numbers.recordedText(sample, level: .plain) == result[2], "numbers \(sample.debugDescription)")
        }
    }
}
