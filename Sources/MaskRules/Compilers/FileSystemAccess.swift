import Foundation

/// The file operations `GeneratedFileStatus` needs, kept apart so that the check itself is plain logic.
enum FileSystemAccess {
    /// What is at a path.
    enum Entry {
        case missing, directory, file
    }

    /// What is at `path`.
    static func entry(at path: String) -> Entry {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        return isDirectory.boolValue ? .directory : .file
    }

    /// The bytes of the file at `path`, or `nil` when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
            return nil
        }
        return [UInt8](data)
    }
}
