import Foundation

/// Where the files of a rule set come from: a directory on disk, or files held in memory (the
/// rule set built into the binary, tests).
public struct RuleSetSource: Sendable {
    /// The directory shown in diagnostics, such as `rules` or `<built-in>`.
    public let displayDirectory: String
    private let storage: Storage
    private let maximumFileSize: Int

    private enum Storage: Sendable {
        case directory(String)
        case memory([String: [UInt8]])
    }

    /// A rule set directory on disk, whose files are read up to `maximumFileSize` bytes each.
    public init(directory: String, maximumFileSize: Int = YAMLLimits.standard.maximumFileSize) {
        displayDirectory = directory
        storage = .directory(directory)
        self.maximumFileSize = maximumFileSize
    }

    /// Rule files held in memory, by file name.
    public init(files: [String: String], displayDirectory: String) {
        self.init(fileContents: files.mapValues { Array($0.utf8) }, displayDirectory: displayDirectory)
    }

    /// Rule files held in memory as bytes, by file name: read as files on disk are, so bytes that
    /// are not UTF-8 are reported as they would be in a file.
    public init(fileContents files: [String: [UInt8]], displayDirectory: String) {
        self.displayDirectory = displayDirectory
        storage = .memory(files)
        maximumFileSize = .max
    }

    /// The path of a file of the set, as shown in diagnostics.
    public func path(of fileName: String) -> String {
        displayDirectory.isEmpty ? fileName : (displayDirectory as NSString).appendingPathComponent(fileName)
    }

    /// The bytes of a file of the set, or `nil` when it does not exist.
    /// - Throws: `RuleFileReadError` when it exists but cannot be read or is too large.
    public func contents(of fileName: String) throws(RuleFileReadError) -> [UInt8]? {
        switch storage {
        case .memory(let files):
            return files[fileName]
        case .directory(let directory):
            var path = (directory as NSString).appendingPathComponent(fileName)
            if path == "-" { path = "./-" }  // a file named `-`, not standard input
            // One open file, its size checked with fstat and the read bounded, so that neither a file
            // that grows after the check nor a pipe is read past the limit.
            do {
                return try ScanInputReader(maximumSize: maximumFileSize, limit: .maxYAMLSize).read(path)
            } catch {
                switch error.reason {
                case .notFound: return nil
                case .isDirectory: throw RuleFileReadError(reason: "it is a directory")
                case .tooLarge(let limit, let setting):
                    throw RuleFileReadError(reason: "it is more than the limit of \(limit) bytes (\(setting.key))")
                case .permissionDenied: throw RuleFileReadError(reason: "permission denied")
                case .systemError(let text):
                    // A path through a file (ENOTDIR) does not name a file either.
                    guard FileManager.default.fileExists(atPath: path) else { return nil }
                    throw RuleFileReadError(reason: text)
                }
            }
        }
    }
}

/// A rule file exists but cannot be read.
public struct RuleFileReadError: Error, Hashable, Sendable {
    /// Why, as a sentence fragment.
    public let reason: String
}
