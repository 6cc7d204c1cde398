import Foundation

/// Runs the built `masklint` binary the way a user or CI would, capturing both streams and the exit code.
struct CommandRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The repository root (the directory holding Package.swift).
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The `masklint` binary built next to the test bundle.
    static let executable: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("masklint"),
            Bundle.main.bundleURL.appendingPathComponent("masklint"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("masklint"),
            root.appendingPathComponent(".build/debug/masklint"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// Runs `masklint arguments...` in the repository root with `environment` added.
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> Result {
        try run(arguments, input: Data(stdin.utf8), environment: environment)
    }

    /// Runs `masklint arguments...` with `input` (any bytes, such as a recording file) as standard input.
    static func run(_ arguments: [String], input stdin: Data, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "MASKLINT_RULES")
        env.merge(environment) { $1 }
        process.environment = env
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(stdin)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = Thread.detachedRead(errors.fileHandleForReading)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: errorData(), as: UTF8.self))
    }
}

extension Thread {
    /// Reads a handle to its end on another thread; the returned closure waits for and returns the data.
    static func detachedRead(_ handle: FileHandle) -> () -> Data {
        final class Box: @unchecked Sendable {
            var data = Data()
            let done = DispatchSemaphore(value: 0)
        }
        let box = Box()
        Thread.detachNewThread {
            box.data = handle.readDataToEndOfFile()
            box.done.signal()
        }
        return {
            box.done.wait()
            return box.data
        }
    }
}

/// A scratch directory for the inputs and outputs of one test; `remove()` it when done
/// (`defer { scratch.remove() }`).
struct ScratchDirectory {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("masklint-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Deletes the directory and everything in it.
    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// Writes `bytes` to `name` (creating directories) and returns the path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}

/// A temporary copy of the bundled rule set that a test may break, removed at the end of the test.
final class ScratchRuleSet {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("masklint-rules-\(UUID().uuidString)")
        // Resolve a symlinked rules/ first: copying the link would let a test edit the real rule files.
        let rules = CommandRunner.root.appendingPathComponent("rules").resolvingSymlinksInPath()
        try FileManager.default.copyItem(at: rules, to: directory)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    var path: String { directory.path }

    /// Replaces the first occurrence of `old` with `new` in one of the files.
    func edit(_ file: String, replacing old: String, with new: String) throws {
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else { throw EditError.notFound(old, file) }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Overwrites a file.
    func write(_ file: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }

    func text(of file: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
    }

    enum EditError: Error { case notFound(String, String) }
}
