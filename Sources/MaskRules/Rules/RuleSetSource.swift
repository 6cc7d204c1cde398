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

    /// A rule set directory on disk.
    public init(directory: String, maximumFileSize: Int = 4 << 20) {
        displayDirectory = directory
        storage = .directory(directory)
        self.maximumFileSize = maximumFileSize
    }

    /// Rule files held in memory, by file name.
    public init(files: [String: String], displayDirectory: String) {
        self.displayDirectory = displayDirectory
        storage = .memory(files.mapValues { Array($0.utf8) })
        maximumFileSize = .max
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
            let path = (directory as NSString).appendingPathComponent(fileName)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
            guard !isDirectory.boolValue else { throw RuleFileReadError(reason: "it is a directory") }
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
            guard size <= maximumFileSize else {
                throw RuleFileReadError(reason: "it is \(size) bytes, more than the limit of \(maximumFileSize) bytes (max-yaml-size)")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw RuleFileReadError(reason: "permission denied or I/O error")
            }
            return [UInt8](data)
        }
    }
}

/// A rule file exists but cannot be read.
public struct RuleFileReadError: Error, Hashable, Sendable {
    /// Why, as a sentence fragment.
    public let reason: String
}
