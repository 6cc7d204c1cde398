import Foundation

/// Turns what the user names on the command line into sessions.
///
/// - `-` is one session read from standard input.
/// - A directory holding files is a session (`RecordingSession(name:inputs:)` groups its files into
///   streams); its subdirectories are examined too, so that nothing given is skipped.
/// - A directory holding only subdirectories is a directory of sessions: each subdirectory is
///   examined the same way, down to `maximumDepth` levels.
/// - Files named directly form one session per directory they are in, named after that directory.
/// - A path that does not exist or cannot be listed becomes a session of its own that cannot be read,
///   so that it is reported unverified rather than forgotten.
///
/// In directories, hidden files and documents (`*.md`, `*.txt`, `README*`: notes and canary lists
/// kept beside recordings) are not recording files. Files named directly are always read.
public enum SessionDiscovery {
    /// How deep directories of sessions are searched.
    public static let maximumDepth = 8

    /// The sessions named by `arguments`, in the order given (directories' entries in name order).
    /// - Throws: `SessionDiscoveryError.tooManySessions` when there are more than `maximumSessions`.
    public static func sessions(for arguments: [String], maximumSessions: Int = 100_000)
        throws(SessionDiscoveryError) -> [RecordingSession]
    {
        /// A session found, or the place of the session made of the files named in one directory.
        enum Entry {
            case session(RecordingSession)
            case files(directory: String)
        }
        var entries: [Entry] = []
        var filesByDirectory: [String: [RecordingInput]] = [:]
        let manager = FileManager.default
        for argument in arguments {
            var isDirectory: ObjCBool = false
            if argument == "-" {
                entries.append(.session(RecordingSession(name: "-", inputs: [.standardInput])))
            } else if manager.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                var found: [RecordingSession] = []
                collect(directory: argument, depth: 0, into: &found)
                entries += found.map(Entry.session)
            } else if manager.fileExists(atPath: argument) {
                let directory = (argument as NSString).deletingLastPathComponent
                if filesByDirectory[directory] == nil { entries.append(.files(directory: directory)) }
                filesByDirectory[directory, default: []].append(.file(path: argument))
            } else {
                entries.append(.session(RecordingSession(name: argument, inputs: [.file(path: argument)])))
            }
            if entries.count > maximumSessions { throw .tooManySessions(limit: maximumSessions) }
        }
        return entries.map { entry in
            switch entry {
            case .session(let session):
                return session
            case .files(let directory):
                let files = filesByDirectory[directory] ?? []
                let name = directory.isEmpty ? (files.count == 1 ? files[0].name : ".") : (directory as NSString).lastPathComponent
                return RecordingSession(name: name, inputs: files)
            }
        }
    }

    private static func collect(directory: String, depth: Int, into sessions: inout [RecordingSession]) {
        guard let listing = RecordingSession.listing(of: directory) else {
            sessions.append(RecordingSession(name: directory, inputs: [.file(path: directory)]))
            return
        }
        let files = listing.files.filter { !isDocument(($0 as NSString).lastPathComponent) }.map { RecordingInput.file(path: $0) }
        if !files.isEmpty || listing.subdirectories.isEmpty {
            let trimmed = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
            sessions.append(RecordingSession(name: (trimmed as NSString).lastPathComponent, inputs: files))
        }
        guard depth < maximumDepth else { return }
        for subdirectory in listing.subdirectories { collect(directory: subdirectory, depth: depth + 1, into: &sessions) }
    }
}

extension SessionDiscovery {
    /// Whether a file in a session directory is a document kept beside the recordings.
    static func isDocument(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".txt") || lower.hasPrefix("readme")
    }
}
