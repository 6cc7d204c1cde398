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

    /// Reads `descriptor` to its end, refusing more than `maximumSize` bytes. The bytes are read into
    /// uninitialized memory (a regular file in one array of its size, standard input into arrays that
    /// double), not into memory first filled with zeros.
    private func read(descriptor: Int32, path: String?, expectedSize: Int?) throws(ScanInputError) -> [UInt8] {
        var bytes: [UInt8] = []
        var capacity = min(max((expectedSize ?? 0) + 1, 64 << 10), maximumSize + 1)
        var failure: Int32 = 0
        var atEnd = false
        while true {
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initializedCount in
                guard let base = buffer.baseAddress else { return }
                Self.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
                var length = previous.withUnsafeBufferPointer { old in
                    UnsafeMutableBufferPointer(rebasing: buffer[..<old.count]).initialize(fromContentsOf: old)
                }
                while length < capacity {
                    let readCount = systemRead(descriptor, base + length, capacity - length)
                    if readCount < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    if readCount == 0 {
                        atEnd = true
                        break
                    }
                    length += readCount
                }
                initializedCount = length
            }
            if failure != 0 { throw ScanInputError(path: path, reason: Self.reason(failure)) }
            if bytes.count > maximumSize { throw ScanInputError(path: path, reason: .tooLarge(limit: maximumSize, setting: limit)) }
            if atEnd { return bytes }
            capacity = min(capacity * 2, maximumSize + 1)
        }
    }

    /// Asks the kernel for huge pages over a large buffer about to be filled (Linux), so that reading
    /// a large file into it faults in 2 MB pages rather than 4 KB ones.
    private static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        let hugePage = 2 << 20
        guard buffer.count >= 2 * hugePage, let base = buffer.baseAddress else { return }
        let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(hugePage - 1)
        guard end > start, let address = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(address, end - start, MADV_HUGEPAGE)
        #endif
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
