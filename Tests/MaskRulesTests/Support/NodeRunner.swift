import Foundation

/// Runs a JavaScript program in node, feeding it standard input, for tests that compare masklint
/// with the browser's JavaScript semantics.
enum NodeRunner {
    /// The node executable, or `nil` when none is installed (`make test` installs it).
    static let executable: String? = {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(directory)/node"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case failed(status: Int32, stderr: String)
        var description: String {
            switch self {
            case .notInstalled: "node is not installed; run `make test-deps`"
            case .failed(let status, let stderr): "node exited with \(status): \(stderr)"
            }
        }
    }

    /// Runs `script` with `input` on standard input and returns standard output.
    static func run(script: String, input: Data) throws -> Data {
        guard let executable else { throw Failure.notInstalled }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-e", script]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write input and read output concurrently so that neither pipe can fill up and block.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure.failed(status: process.terminationStatus, stderr: String(decoding: errors, as: UTF8.self))
        }
        return output
    }
}
