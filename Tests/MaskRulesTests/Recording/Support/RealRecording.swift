import Foundation

/// The real OpenReplay recording kept beside the repository (`../shared/recordings/openreplay-2023`):
/// one session of OpenReplay's own dashboard, January 2023, in the legacy layout.
///
/// It is not the project's and is never copied into it; tests that need it skip with a printed
/// reason when it is absent (a fresh clone of the project alone).
enum RealRecording {
    /// The repository root: the first directory holding `Package.swift` above this file, after
    /// resolving symbolic links.
    static let repositoryRoot: URL? = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return nil
    }()

    /// The recording's directory, when present.
    static let directory: URL? = {
        guard let root = repositoryRoot else { return nil }
        let directory = root.deletingLastPathComponent().appendingPathComponent("shared/recordings/openreplay-2023")
        let present = ["dom1.mobs", "dom2.mobe"].allSatisfy {
            FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path)
        }
        return present ? directory : nil
    }()

    /// Whether the recording is present; prints why tests are skipped when it is not.
    static var isPresent: Bool {
        if directory == nil {
            print("Skipping: the real recording ../shared/recordings/openreplay-2023 is not beside the repository.")
        }
        return directory != nil
    }

    /// The first part, `dom1.mobs` (1,000,000 bytes, cut in the middle of a record).
    static var firstPart: [UInt8] { read("dom1.mobs") }
    /// The second part, `dom2.mobe` (2,534,170 bytes), which starts with the rest of that record.
    static var secondPart: [UInt8] { read("dom2.mobe") }

    private static func read(_ name: String) -> [UInt8] {
        guard let directory, let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path)
        else { return [] }
        return Array(data)
    }
}
