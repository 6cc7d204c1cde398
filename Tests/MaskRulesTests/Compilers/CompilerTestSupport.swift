import Foundation
import Testing
@testable import MaskRules

/// The bundled rule set, compiled once for all compiler and model tests.
enum CompiledBundledRules {
    private static let loaded: Result<CompiledMaskingRules, any Error> = Result {
        try CompiledMaskingRules(RuleSetLoader().load(directory: RepositoryPaths.rules.path))
    }

    /// The compiled bundled rule set.
    static func get() throws -> CompiledMaskingRules { try loaded.get() }

    /// The generated OpenReplay module or document for the bundled rules.
    static func module(_ format: TrackerConfigFormat, profile: MaskingProfile = .precise) throws -> String {
        try OpenReplayCompiler().compile(get(), format: format, profile: profile)
    }
}

/// Paths of the compiler's fixtures.
enum CompileFixtures {
    /// `fixtures/compile`.
    static var directory: URL { RepositoryPaths.fixtures.appendingPathComponent("compile") }
    /// The fixture forms, sorted by name.
    static var forms: [URL] {
        let directory = directory.appendingPathComponent("forms")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted().map { directory.appendingPathComponent($0) }
    }
    /// The 10,000-element benchmark page, which the browser proof also compares.
    static var benchmarkPage: URL { directory.appendingPathComponent("benchmark-page.html") }
    /// The linter's fixture forms (`fixtures/forms/**/*.html`), once they exist, sorted by path.
    static var linterForms: [URL] {
        let root = RepositoryPaths.fixtures.appendingPathComponent("forms")
        guard let paths = FileManager.default.subpaths(atPath: root.path) else { return [] }
        return paths.filter { $0.hasSuffix(".html") }.sorted().map { root.appendingPathComponent($0) }
    }
}

/// A fresh temporary directory, removed by `remove()`.
struct CompileTemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("masklint-compiler-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` in the directory and returns its URL.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Runs an external tool (node, tsc, chromium) with a time limit.
enum CompileToolRunner {
    /// What a run produced.
    struct Output: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String
        let timedOut: Bool
    }

    /// The first executable named `name` on `PATH`, or `nil`.
    static func find(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs `executable` with `arguments`, feeding `input`, and kills it after `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], input: Data = Data(), timeout: TimeInterval = 120,
                    directory: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let collected = CollectedOutput()
        let group = DispatchGroup()
        try process.run()
        for (pipe, isError) in [(stdout, false), (stderr, true)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.store(data, isError: isError)
                group.leave()
            }
        }
        DispatchQueue.global().async {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        let finished = group.wait(timeout: .now() + timeout) == .success
        if !finished {
            process.terminate()
            _ = group.wait(timeout: .now() + 5)
        }
        process.waitUntilExit()
        let (out, err) = collected.values
        return Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self), timedOut: !finished)
    }

    private final class CollectedOutput: @unchecked Sendable {
        private let lock = NSLock()
        private var out = Data()
        private var err = Data()

        func store(_ data: Data, isError: Bool) {
            lock.lock()
            defer { lock.unlock() }
            if isError { err = data } else { out = data }
        }

        var values: (Data, Data) {
            lock.lock()
            defer { lock.unlock() }
            return (out, err)
        }
    }
}

/// The external tools the proofs need; a test that needs one is skipped, with the reason, without it.
enum CompileExternalTools {
    static let node = CompileToolRunner.find("node")
    static let tsc = CompileToolRunner.find("tsc")
    static let chromium = CompileToolRunner.find("chromium") ?? CompileToolRunner.find("chromium-browser") ?? CompileToolRunner.find("google-chrome")
}

/// Golden files under `Tests/MaskRulesTests/Compilers/Snapshots/`, re-recorded with `RECORD_SNAPSHOTS=1`
/// (a recording run fails, so that it is never mistaken for a passing one).
enum CompileSnapshot {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares `actual` with the golden file `name`, or records it.
    static func expect(_ actual: String, matches name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            Issue.record("recorded \(name); run again without RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no golden file \(name); record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let shown = line < actualLines.count ? String(actualLines[line].prefix(200)) : "<end of output>"
        Issue.record("output differs from \(name) at line \(line + 1): \(shown)", sourceLocation: sourceLocation)
    }
}
