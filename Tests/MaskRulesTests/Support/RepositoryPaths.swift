import Foundation

/// Paths inside the repository, found from this source file so tests run from any directory.
enum RepositoryPaths {
    /// The repository root (the directory holding Package.swift).
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The bundled rule set.
    static var rules: URL { root.appendingPathComponent("rules") }
    /// Shared fixtures.
    static var fixtures: URL { root.appendingPathComponent("fixtures") }
    /// The shared real recordings, beside the repository when present.
    static var sharedRecordings: URL { root.deletingLastPathComponent().appendingPathComponent("shared/recordings") }

    /// Whether files derived from sources should be rewritten instead of compared.
    static var updatingGeneratedFiles: Bool { ProcessInfo.processInfo.environment["UPDATE_GENERATED"] == "1" }
}
