import Foundation
import Testing
@testable import MaskRules

/// The compiler's central proof: in a real browser, the generated `domSanitizer` returns for every
/// element of every fixture page the level that `MaskingModel` predicts for the same HTML parsed by
/// masklint, and the tracker's own level computation (redone in the page with the generated
/// sanitizer) agrees with the model's node levels, DOM types and input modes. The pages are the
/// compiler's forms (`fixtures/compile/forms`), the linter's forms (`fixtures/forms`) once they
/// exist, and the 10,000-element benchmark page.
@Suite("Generated OpenReplay config in Chromium")
struct BrowserProofTests {
    /// One element as seen in the browser or by the model.
    struct Row: Equatable, CustomStringConvertible {
        let localName: String
        let sanitizerLevel: Int
        let nodeLevel: Int
        let domType: String?
        let inputMode: Int?

        var description: String {
            "\(localName) sanitizer=\(sanitizerLevel) level=\(nodeLevel) type=\(domType ?? "-") input=\(inputMode.map(String.init) ?? "-")"
        }
    }

    @Test(
        "domSanitizer and levels agree with MaskingModel on every fixture element",
        .enabled(if: CompileExternalTools.chromium != nil, "chromium is not installed (Debian package: chromium)"),
        .timeLimit(.minutes(10)),
        arguments: [MaskingProfile.precise, .strict])
    func browserAgreesWithModel(profile: MaskingProfile) throws {
        let chromium = try #require(CompileExternalTools.chromium)
        let module = try CompiledBundledRules.module(.javaScript, profile: profile)
        let harness = try String(contentsOf: CompileFixtures.directory.appendingPathComponent("browser-harness.js"), encoding: .utf8)
        let model = MaskingModel(rules: try CompiledBundledRules.get(), profile: profile)
        let pages = CompileFixtures.forms + CompileFixtures.linterForms
            + (FileManager.default.fileExists(atPath: CompileFixtures.benchmarkPage.path) ? [CompileFixtures.benchmarkPage] : [])
        #expect(pages.count >= 8, "the fixture forms are missing")

        let temporary = try CompileTemporaryDirectory()
        defer { temporary.remove() }
        let outcomes = PageOutcomes(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            outcomes.set(index, Result { () throws -> (Int, [String]) in
                try compare(page: pages[index], index: index, module: module, harness: harness, model: model,
                            chromium: chromium, temporary: temporary)
            })
        }

        var compared = 0
        var disagreements: [String] = []
        for (page, outcome) in zip(pages, outcomes.values) {
            switch outcome {
            case .success(let (count, problems)?):
                compared += count
                disagreements += problems.map { page.lastPathComponent + ": " + $0 }
            case .failure(let error):
                Issue.record("\(page.lastPathComponent): \(error)")
            case .success(nil):
                Issue.record("\(page.lastPathComponent): not compared")
            }
        }
        print("browser proof (\(profile)): \(compared) elements compared in \(pages.count) pages, \(disagreements.count) disagreements")
        for line in disagreements.prefix(30) { print("  " + line) }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements, first: \(disagreements.first ?? "")")
        #expect(compared > 1000)
    }

    /// Loads one fixture with the module in Chromium and compares every element with the model.
    private func compare(
        page: URL, index: Int, module: String, harness: String, model: MaskingModel, chromium: String, temporary: CompileTemporaryDirectory
    ) throws -> (Int, [String]) {
        let html = try String(contentsOf: page, encoding: .utf8)
        let script = "<script type=\"module\" data-masklint-harness>\n" + module + "\n" + harness + "\n</script>\n"
        let composed: String
        if let body = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            composed = html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: script)
        } else {
            composed = html + script
        }
        let file = try temporary.write(composed, to: "page-\(index).html")
        let output = try CompileToolRunner.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=" + temporary.url.appendingPathComponent("profile-\(index)").path,
            "--dump-dom", file.absoluteString,
        ], timeout: 180)
        guard !output.timedOut else { throw ProofError("chromium timed out") }
        let browser = try Self.browserRows(from: output.stdout)
        let expected = try Self.modelRows(for: html, model: model)

        var problems: [String] = []
        for (path, row) in browser.sorted(by: { $0.key < $1.key }) {
            guard let modelRow = expected[path] else {
                problems.append("\(path) \(row.localName): only in Chromium's tree")
                continue
            }
            if modelRow != row { problems.append("\(path): Chromium \(row), MaskingModel \(modelRow)") }
        }
        for (path, row) in expected.sorted(by: { $0.key < $1.key }) where browser[path] == nil {
            problems.append("\(path) \(row.localName): only in masklint's tree")
        }
        return (browser.count, problems)
    }

    /// The rows the harness wrote into the page.
    static func browserRows(from dump: String) throws -> [String: Row] {
        guard let marker = dump.range(of: "id=\"masklint-results\""),
              let open = dump[marker.upperBound...].range(of: ">"),
              let close = dump[open.upperBound...].range(of: "</script>")
        else { throw ProofError("no results in the page; the module or the harness failed to run") }
        let json = Data(dump[open.upperBound..<close.lowerBound].utf8)
        guard let rows = try JSONSerialization.jsonObject(with: json) as? [[Any]] else { throw ProofError("unexpected results") }
        var result: [String: Row] = [:]
        for row in rows {
            guard row.count == 6, let path = row[0] as? String, let name = row[1] as? String,
                  let sanitizer = row[2] as? Int, let level = row[3] as? Int
            else { throw ProofError("malformed row \(row)") }
            result[path] = Row(localName: name, sanitizerLevel: sanitizer, nodeLevel: level,
                               domType: row[4] as? String, inputMode: row[5] as? Int)
        }
        return result
    }

    /// The same rows from masklint's parse of the fixture and the model.
    static func modelRows(for html: String, model: MaskingModel) throws -> [String: Row] {
        let document = try HTMLParser().parse(html)
        var rows: [String: Row] = [:]
        func visit(_ elements: HTMLChildElementSequence, path: String, parentLevel: MaskingLevel) {
            for (index, element) in elements.enumerated() {
                let elementPath = (path.isEmpty ? "" : path + "/") + String(index)
                let level = model.level(of: element, parentLevel: parentLevel)
                rows[elementPath] = Row(
                    localName: element.localName, sanitizerLevel: model.sanitizerLevel(for: element).rawValue,
                    nodeLevel: level.rawValue, domType: FieldValueTracking.domType(of: element),
                    inputMode: model.minimumInputMode(for: element, level: level)?.rawValue)
                // A closed shadow root is out of the page's reach (`el.shadowRoot` is null), and so of
                // the harness's; the tracker, too, sees a declarative closed root only if it was
                // attached by script after the tracker started (it wraps `attachShadow`).
                if let shadowRoot = element.shadowRoot, shadowRoot.shadowRootMode != .closed {
                    visit(shadowRoot.children, path: elementPath + "/#shadow", parentLevel: .plain)
                }
                visit(element.children, path: elementPath, parentLevel: level)
            }
        }
        visit(document.root.children, path: "", parentLevel: .plain)
        return rows
    }

    struct ProofError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Results of the pages compared concurrently.
    private final class PageOutcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Result<(Int, [String]), any Error>?]

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ outcome: Result<(Int, [String]), any Error>) {
            lock.lock()
            defer { lock.unlock() }
            storage[index] = outcome
        }

        var values: [Result<(Int, [String])?, any Error>] {
            lock.lock()
            defer { lock.unlock() }
            return storage.map { outcome in
                switch outcome {
                case .success(let value)?: .success(value)
                case .failure(let error)?: .failure(error)
                case nil: .success(nil)
                }
            }
        }
    }
}
