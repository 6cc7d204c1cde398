#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Reads the inputs of `masklint scan`: files, or standard input for `-`, whole and up to a size limit.
///
/// A file larger than the limit is refused before anything is read; standard input is read until the
/// limit is passed and then refused. Either way the caller gets an error, never a silently truncated
/// text that would be reported clean.
public struct ScanInputReader: Sendable {
    /// The largest input accepted, in bytes.
    public var maximumSize: Int
    /// The setting `maximumSize` comes from, named when an input is too large.
    public var limit: ResourceLimit

    /// The default limit: 1 GiB.
    public static let defaultMaximumSize = 1 << 30

    /// Creates a reader.
    /// - Parameters:
    ///   - maximumSize: The largest input accepted, in bytes.
    ///   - limit: The setting that gives `maximumSize` (scan's `max-input-size` unless told otherwise:
    ///     lint reads pages under `max-html-size`, configuration files under `max-yaml-size`).
    public init(maximumSize: Int = ScanInputReader.defaultMaximumSize, limit: ResourceLimit = .maxInputSize) {
        self.maximumSize = maximumSize
        self.limit = limit
    }

    /// The bytes of `path`, or of standard input when `path` is `-`.
    /// - Throws: `ScanInputError` when the input does not exist, is a directory, cannot be read, or is
    ///   larger than `maximumSize`.
    public func read(_ path: String) throws(ScanInputError) -> [UInt8] {
        if path == "-" { return try read(descriptor: STDIN_FILENO, path: nil, expectedSize: nil) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ScanInputError(path: path, reason: Self.reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ScanInputError(path: path, reason: Self.reason(errno)) }
        if status.st_mode & S_IFMT == S_IFDIR { throw ScanInputError(path: path, reason: .isDirectory) }
        let isRegular = status.st_mode & S_IFMT == S_IFREG
        if isRegular && Int(status.st_size) > maximumSize {
            throw ScanInputError(path: path, reason: .tooLarge(limit: maximumSize, setting: limit))
        }
        return try read(descriptor: descriptor, path: path, expectedSize: isRegular ? Int(status.st_size) : nil)
    }

    /// Reads `descriptor` to its end, refusing more than `maximumSize` bytes.
    private func read(descriptor: Int32, path: String?, expectedSize: Int?) throws(ScanInputError) -> [UInt8] {
        var bytes: [UInt8] = []
        var capacity = min(max((expectedSize ?? 0) + 1, 64 << 10), maximumSize + 1)
        bytes.reserveCapacity(capacity)
        var length = 0
        while true {
            if length == capacity {
                guard capacity <= maximumSize else { throw ScanInputError(path: path, reason: .tooLarge(limit: maximumSize, setting: limit)) }
                capacity = min(capacity * 2, maximumSize + 1)
            }
            var failure: Int32 = 0
            var readCount = 0
            bytes.append(contentsOf: repeatElement(0, count: capacity - bytes.count))
            bytes.withUnsafeMutableBytes { buffer in
                let start = buffer.baseAddress! + length
                repeat {
                    readCount = systemRead(descriptor, start, capacity - length)
                    failure = readCount < 0 ? errno : 0
                } while readCount < 0 && failure == EINTR
            }
            if readCount < 0 { throw ScanInputError(path: path, reason: Self.reason(failure)) }
            if readCount == 0 { break }
            length += readCount
            if length > maximumSize { throw ScanInputError(path: path, reason: .tooLarge(limit: maximumSize, setting: limit)) }
        }
        bytes.removeSubrange(length...)
        return bytes
    }

    private static func reason(_ code: Int32) -> ScanInputError.Reason {
        switch code {
        case ENOENT: .notFound
        case EACCES, EPERM: .permissionDenied
        case EISDIR: .isDirectory
        default: .systemError(String(cString: strerror(code)))
        }
    }
}

/// `read(2)`, named apart from the reader's own `read` methods, which would hide it.
@inline(__always)
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.read(descriptor, buffer, count)
    #else
    return read(descriptor, buffer, count)
    #endif
}

/// An input of `masklint scan` that could not be read.
public struct ScanInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path as the user gave it, or `nil` for standard input.
    public let path: String?
    /// Why it could not be read.
    public let reason: Reason

    /// Why an input could not be read.
    public enum Reason: Hashable, Sendable, CustomStringConvertible {
        /// No such file.
        case notFound
        /// The path names a directory.
        case isDirectory
        /// Permission to read it was refused.
        case permissionDenied
        /// It is larger than the limit.
        case tooLarge(limit: Int, setting: ResourceLimit)
        /// Another error from the operating system, described.
        case systemError(String)

        /// The reason as a sentence fragment: `no such file`.
        public var description: String {
            switch self {
            case .notFound: "no such file"
            case .isDirectory: "is a directory; scan takes files"
            case .permissionDenied: "permission denied"
            case .tooLarge(let limit, let setting): "larger than the limit of \(limit) bytes (--\(setting.key))"
            case .systemError(let text): text
            }
        }
    }

    /// Creates an error.
    public init(path: String?, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// `path: cannot read: reason`.
    public var description: String { "\(path ?? "<stdin>"): cannot read: \(reason)" }
}
