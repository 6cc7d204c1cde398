import Foundation

/// A recorded session: the streams of files that hold it.
///
/// Build one from a directory (`init(directory:)`), from a set of files (`init(name:inputs:)`), or
/// from streams directly. Files are grouped by name:
/// - `dom.mobs` then `dom.mobe` (any `*.mobs` then `*.mobe`, or the backend's local `<id>s` then
///   `<id>e`) form the DOM stream;
/// - `devtools.mob` (or `<id>devtools`) is the devtools stream;
/// - every other file is a stream of its own, in natural name order (`2_10` after `2_9`): an
///   unprocessed `dom.mob`, tracker batches, files whose name says nothing.
/// Hidden files (starting with `.`) and subdirectories are ignored.
public struct RecordingSession: Sendable, Hashable {
    /// The session's name in reports: its directory's name, or the name given.
    public var name: String
    /// The streams, in reading order: DOM, devtools, then the other files.
    public var streams: [RecordingStream]

    /// Creates a session from streams.
    public init(name: String, streams: [RecordingStream]) {
        self.name = name
        self.streams = streams
    }

    /// Creates a session from files, grouped into streams by their names.
    public init(name: String, inputs: [RecordingInput]) {
        self.name = name
        self.streams = Self.group(inputs)
    }

    /// Creates a session from the files in `directory`.
    ///
    /// - Throws: a fault with reason `.unreadable` when the directory cannot be listed.
    public init(directory: String) throws(RecordingFault) {
        guard let listing = Self.listing(of: directory) else {
            throw RecordingFault(file: directory, byteOffset: 0,
                                 reason: .unreadable(detail: "cannot list the directory"))
        }
        let trimmed = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.init(name: (trimmed as NSString).lastPathComponent, inputs: listing.files.map { .file(path: $0) })
    }

    /// The paths of the files and of the subdirectories in `directory`, each in natural name order
    /// (`naturalOrder`), hidden entries (starting with `.`) left out; `nil` when the directory cannot
    /// be listed.
    static func listing(of directory: String) -> (files: [String], subdirectories: [String])? {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return nil }
        var files: [String] = []
        var subdirectories: [String] = []
        for name in names.sorted(by: naturalOrder) where !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                subdirectories.append(path)
            } else {
                files.append(path)
            }
        }
        return (files, subdirectories)
    }

    /// Groups files into streams by their names.
    static func group(_ inputs: [RecordingInput]) -> [RecordingStream] {
        var domStart: RecordingInput?
        var domEnd: RecordingInput?
        var devtools: [RecordingInput] = []
        var others: [RecordingInput] = []
        for input in inputs {
            switch role(of: input.name) {
            case .domStart where domStart == nil: domStart = input
            case .domEnd where domEnd == nil: domEnd = input
            case .devtools: devtools.append(input)
            default: others.append(input)
            }
        }
        var streams: [RecordingStream] = []
        let dom = [domStart, domEnd].compactMap { $0 }
        if !dom.isEmpty { streams.append(RecordingStream(kind: .dom, inputs: dom)) }
        for input in devtools.sorted(by: { naturalOrder($0.name, $1.name) }) {
            streams.append(RecordingStream(kind: .devtools, inputs: [input]))
        }
        for input in others.sorted(by: { naturalOrder($0.name, $1.name) }) {
            streams.append(RecordingStream(kind: role(of: input.name) == .dom ? .dom : .other, inputs: [input]))
        }
        return streams
    }

    private enum Role { case domStart, domEnd, dom, devtools, other }

    private static func role(of name: String) -> Role {
        if name.hasSuffix("devtools.mob") { return .devtools }
        if name.hasSuffix(".mobs") { return .domStart }
        if name.hasSuffix(".mobe") { return .domEnd }
        if name.hasSuffix(".mob") { return .dom }
        // The backend's local names: `<session id>s`, `<session id>e`, `<session id>devtools`, `<session id>`.
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return .other }
        switch name.dropFirst(digits.count) {
        case "s": return .domStart
        case "e": return .domEnd
        case "devtools": return .devtools
        case "": return .dom
        default: return .other
        }
    }

    /// Name order in which runs of digits compare by value.
    static func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
        var left = Substring(lhs)
        var right = Substring(rhs)
        while let l = left.first, let r = right.first {
            if l.isASCII && l.isNumber && r.isASCII && r.isNumber {
                let leftDigits = left.prefix { $0.isASCII && $0.isNumber }
                let rightDigits = right.prefix { $0.isASCII && $0.isNumber }
                let leftValue = leftDigits.drop { $0 == "0" }
                let rightValue = rightDigits.drop { $0 == "0" }
                if leftValue.count != rightValue.count { return leftValue.count < rightValue.count }
                if leftValue != rightValue { return leftValue < rightValue }
                left = left.dropFirst(leftDigits.count)
                right = right.dropFirst(rightDigits.count)
            } else {
                if l != r { return l < r }
                left = left.dropFirst()
                right = right.dropFirst()
            }
        }
        return left.isEmpty && !right.isEmpty || (left.isEmpty == right.isEmpty && lhs < rhs)
    }
}
