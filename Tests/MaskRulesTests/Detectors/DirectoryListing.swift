import Foundation

/// Lists a directory for the registry test.
enum DirectoryListing {
    static func fileNames(in path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path)
    }
}
