import Foundation

/// Runs `querySelectorAll` for every selector on every document in headless Chromium, in one
/// page and one browser launch.
///
/// The page carries the documents and selectors as JSON. Its script builds each document with
/// `Document.parseHTMLUnsafe`, the HTML parser's full-document path (`DOMParser` with
/// `text/html`, plus declarative shadow roots): the doctype decides quirks mode as it does for a
/// page, and scripting is off, so `<noscript>` content is parsed as markup, as libxml2 does. For
/// each document it walks the trees the way ``MasklintProofTree`` does, records every element,
/// runs `querySelectorAll` on the document, on each open shadow root and on each template's
/// contents, and writes the element indices it returns into the page, which
/// `chromium --headless --dump-dom` prints.
enum ChromiumQueryPage {
    /// The Chromium executable on `PATH` (Debian's package is `chromium`), or `nil`.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    /// What the page reports.
    struct Output: Decodable {
        let userAgent: String
        /// Time the script spent, in milliseconds.
        let milliseconds: Double
        let documents: [DocumentOutput]
    }

    /// One document as Chromium built and queried it.
    struct DocumentOutput: Decodable {
        /// `document.compatMode`: `BackCompat` in quirks mode.
        let compatMode: String
        let scopes: [ScopeOutput]

        var tree: ProofTree {
            ProofTree(
                isQuirksMode: compatMode == "BackCompat",
                scopes: scopes.map { ProofScope(kind: $0.kind, elements: $0.elements) })
        }
    }

    /// One tree scope: its elements and, per selector, the indices `querySelectorAll` returned, or
    /// `nil` when it threw (the selector is invalid for Chromium).
    struct ScopeOutput: Decodable {
        let kind: ProofScopeKind
        let elements: [ProofElement]
        let results: [[Int]?]
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The page's script.
    static let script = #"""
        (() => {
          const started = performance.now();
          const input = JSON.parse(document.getElementById('masklint-input').textContent);
          const HTML = 'http://www.w3.org/1999/xhtml';
          function tree(doc) {
            const scopes = [];
            function newScope(kind, root) {
              const scope = { kind, root, list: [], elements: [] };
              scopes.push(scope);
              walk(root, scope, -1);
            }
            function walk(node, scope, parent) {
              for (const element of node.children) {
                const index = scope.list.length;
                scope.list.push(element);
                scope.elements.push({
                  n: element.localName, s: element.namespaceURI || '', p: parent,
                  a: Array.from(element.attributes, (attribute) => [attribute.name, attribute.value]),
                });
                if (element.shadowRoot) newScope('shadow', element.shadowRoot);
                if (element.localName === 'template' && element.namespaceURI === HTML) newScope('template', element.content);
                walk(element, scope, index);
              }
            }
            newScope('document', doc);
            return scopes;
          }
          const documents = input.documents.map((html) => {
            const doc = Document.parseHTMLUnsafe(html);
            const scopes = tree(doc).map((scope) => {
              const positions = new Map(scope.list.map((element, index) => [element, index]));
              const results = input.selectors.map((selector) => {
                try {
                  return Array.from(scope.root.querySelectorAll(selector), (element) => positions.get(element));
                } catch (error) {
                  return null;
                }
              });
              return { kind: scope.kind, elements: scope.elements, results };
            });
            return { compatMode: doc.compatMode, scopes };
          });
          return { userAgent: navigator.userAgent, milliseconds: performance.now() - started, documents };
        })()
        """#

    /// The page for `documents` and `selectors`.
    static func page(documents: [String], selectors: [String]) throws -> String {
        let input = try JSONSerialization.data(withJSONObject: ["documents": documents, "selectors": selectors])
        // `<` only occurs inside JSON strings, where `\u003c` means the same; without it a
        // document containing `</script>` would end the script element early.
        let json = String(decoding: input, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
        return #"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>masklint selector proof</title></head><body>
            <script type="application/json" id="masklint-input">\#(json)</script>
            <script>
            let masklintOutput;
            try { masklintOutput = \#(script); } catch (error) { masklintOutput = { error: String(error && error.stack || error) }; }
            document.getElementById('masklint-input').remove();
            const masklintResults = document.createElement('script');
            masklintResults.type = 'application/json';
            masklintResults.id = 'masklint-results';
            masklintResults.textContent = JSON.stringify(masklintOutput).replace(/</g, '\\u003c');
            document.body.append(masklintResults);
            </script>
            </body></html>
            """#
    }

    /// Loads the page in headless Chromium and returns what it wrote.
    ///
    /// - Throws: `Failure` when Chromium is missing, fails, times out or the page reports an error.
    static func run(documents: [String], selectors: [String], timeout: Duration = .seconds(240)) throws -> Output {
        guard let executable else { throw Failure(description: "chromium is not installed") }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("masklint-selector-proof-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let pageURL = directory.appendingPathComponent("proof.html")
        try Data(page(documents: documents, selectors: selectors).utf8).write(to: pageURL)
        let stdoutURL = directory.appendingPathComponent("stdout.html")
        let stderrURL = directory.appendingPathComponent("stderr.txt")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        defer {
            try? stdout.close()
            try? stderr.close()
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            // --no-sandbox: Chromium's sandbox refuses to start as root (containers, CI).
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--user-data-dir=" + directory.appendingPathComponent("profile").path,
            "--dump-dom", pageURL.absoluteString,
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "chromium did not finish within \(timeout)")
        }
        let dump = try String(contentsOf: stdoutURL, encoding: .utf8)
        let marker = "<script type=\"application/json\" id=\"masklint-results\">"
        guard let start = dump.range(of: marker), let end = dump.range(of: "</script>", range: start.upperBound..<dump.endIndex)
        else {
            let errors = (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
            throw Failure(
                description: "chromium exited with \(process.terminationStatus) and wrote no results; stderr: "
                    + String(errors.suffix(2_000)))
        }
        let json = Data(dump[start.upperBound..<end.lowerBound].utf8)
        if let reported = try? JSONDecoder().decode([String: String].self, from: json), let error = reported["error"] {
            throw Failure(description: "the page's script failed: \(error)")
        }
        return try JSONDecoder().decode(Output.self, from: json)
    }
}
