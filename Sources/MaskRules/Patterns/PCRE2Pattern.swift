import CPCRE2

/// A compiled PCRE2 regular expression: the only type in masklint that touches libpcre2.
///
/// Memory and threads: the compiled code and the match context are created in `init`, never
/// changed afterwards and freed in `deinit`, so one instance can be shared by any number of
/// threads (PCRE2 documents compiled code and contexts as safe to share read-only). Each match
/// creates its own match data and frees it before returning, so no PCRE2 pointer outlives a call
/// and none leaves this file.
///
/// Subjects are UTF-8 and every range is a range of UTF-8 byte offsets. Patterns are compiled in
/// UTF mode with `.` matching every character and `$` matching only at the very end, which is how
/// the JavaScript `RegExp` that the tracker config uses (flags `su`) reads the portable subset.
public final class PCRE2Pattern: @unchecked Sendable {
    /// The pattern's source text.
    public let source: String
    /// The options it was compiled with.
    public let options: PatternOptions
    /// The limits every match is held to.
    public let limits: PatternLimits
    /// Whether PCRE2 compiled the pattern to machine code (JIT); matching is then several times faster.
    public let isJITCompiled: Bool

    private let code: OpaquePointer
    private let matchContext: OpaquePointer

    /// Compiles a pattern.
    /// - Parameters:
    ///   - source: The pattern text.
    ///   - options: Matching options, such as case-insensitivity.
    ///   - limits: Bounds on the work a single match may do.
    /// - Throws: `PatternError.invalid` with the column PCRE2 pointed at.
    public init(_ source: String, options: PatternOptions = [], limits: PatternLimits = .standard) throws(PatternError) {
        self.source = source
        self.options = options
        self.limits = limits
        var flags = UInt32(PCRE2_UTF) | UInt32(PCRE2_DOTALL) | UInt32(PCRE2_DOLLAR_ENDONLY)
            | UInt32(PCRE2_NEVER_BACKSLASH_C)
        if options.contains(.caseInsensitive) { flags |= UInt32(PCRE2_CASELESS) }
        var errorCode: Int32 = 0
        var errorOffset = 0
        let bytes = Array(source.utf8)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress ?? Self.emptySubject, buffer.count, flags, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw .invalid(message: Self.message(for: errorCode),
                           column: Self.column(ofByteOffset: errorOffset, in: bytes))
        }
        guard let context = pcre2_match_context_create_8(nil) else {
            pcre2_code_free_8(compiled)
            throw .invalid(message: "out of memory creating a match context", column: 1)
        }
        pcre2_set_match_limit_8(context, limits.matchSteps)
        pcre2_set_depth_limit_8(context, limits.depth)
        pcre2_set_heap_limit_8(context, limits.heapKiB)
        code = compiled
        matchContext = context
        isJITCompiled = limits.usesJIT && pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
    }

    deinit {
        pcre2_match_context_free_8(matchContext)
        pcre2_code_free_8(code)
    }

    /// Whether the pattern matches anywhere in `subject`.
    /// - Throws: `PatternError.limitExceeded` when the match could not be completed within the limits.
    public func matches(_ subject: String) throws(PatternError) -> Bool {
        try firstMatch(in: subject) != nil
    }

    /// The first match in `subject`, as a UTF-8 byte range.
    /// - Throws: `PatternError.limitExceeded` when the match could not be completed within the limits.
    public func firstMatch(in subject: String) throws(PatternError) -> Range<Int>? {
        var subject = subject
        return try subject.withUTF8 { buffer in
            Result { () throws(PatternError) in try firstMatch(in: buffer, from: 0) }
        }.get()
    }

    /// Every non-overlapping match in `subject`, left to right, as UTF-8 byte ranges.
    /// - Throws: `PatternError.limitExceeded` when a match could not be completed within the limits.
    public func allMatches(in subject: String) throws(PatternError) -> [Range<Int>] {
        var subject = subject
        return try subject.withUTF8 { buffer in
            Result { () throws(PatternError) in try allMatches(in: buffer) }
        }.get()
    }

    /// Every non-overlapping match in a buffer of valid UTF-8, as byte ranges.
    /// - Throws: `PatternError.limitExceeded` when a match could not be completed within the limits.
    public func allMatches(in buffer: UnsafeBufferPointer<UInt8>) throws(PatternError) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start <= buffer.count, let range = try firstMatch(in: buffer, from: start) {
            ranges.append(range)
            if range.isEmpty {
                // Step over one whole UTF-8 scalar so that the next search starts on a boundary.
                var next = range.upperBound + 1
                while next < buffer.count, buffer[next] & 0b1100_0000 == 0b1000_0000 { next += 1 }
                start = next
            } else {
                start = range.upperBound
            }
        }
        return ranges
    }

    /// The first match at or after byte offset `start` in a buffer of valid UTF-8.
    /// - Throws: `PatternError.limitExceeded` when the match could not be completed within the limits.
    public func firstMatch(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) throws(PatternError) -> Range<Int>? {
        guard start <= buffer.count else { return nil }
        guard let matchData = pcre2_match_data_create_8(1, nil) else {
            throw .matchFailed(code: Int(PCRE2_ERROR_NOMEMORY), message: "out of memory creating match data")
        }
        defer { pcre2_match_data_free_8(matchData) }
        // Swift strings are always valid UTF-8, so PCRE2's own check would only cost time.
        let result = pcre2_match_8(code, buffer.baseAddress ?? Self.emptySubject, buffer.count, start,
                                   UInt32(PCRE2_NO_UTF_CHECK), matchData, matchContext)
        if result == PCRE2_ERROR_NOMATCH { return nil }
        if result < 0 { throw Self.matchError(result) }
        let ovector = pcre2_get_ovector_pointer_8(matchData)!
        return ovector[0]..<ovector[1]
    }

    /// Whether this build of libpcre2 can compile patterns to machine code.
    public static var isJITAvailable: Bool {
        var available: UInt32 = 0
        return pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &available) >= 0 && available == 1
    }

    /// The libpcre2 version, such as `10.42 2022-12-11`.
    public static var libraryVersion: String {
        var buffer = [UInt8](repeating: 0, count: 64)
        let length = pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), &buffer)
        guard length > 1 else { return "unknown" }
        return String(decoding: buffer[0..<Int(length - 1)], as: UTF8.self)
    }

    private static let emptySubjectStorage: [UInt8] = [0]
    private static var emptySubject: UnsafePointer<UInt8> {
        // A valid pointer for zero-length subjects; PCRE2 never reads from it.
        emptySubjectStorage.withUnsafeBufferPointer { $0.baseAddress! }
    }

    private static func matchError(_ code: Int32) -> PatternError {
        switch code {
        case PCRE2_ERROR_MATCHLIMIT: .limitExceeded(.match)
        case PCRE2_ERROR_DEPTHLIMIT: .limitExceeded(.depth)
        case PCRE2_ERROR_HEAPLIMIT: .limitExceeded(.heap)
        case PCRE2_ERROR_JIT_STACKLIMIT: .limitExceeded(.jitStack)
        default: .matchFailed(code: Int(code), message: message(for: code))
        }
    }

    private static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        guard length > 0 else { return "PCRE2 error \(code)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }

    /// Converts a byte offset in a UTF-8 pattern to a 1-based column counted in Unicode scalars.
    static func column(ofByteOffset offset: Int, in bytes: [UInt8]) -> Int {
        let end = min(max(offset, 0), bytes.count)
        return bytes[0..<end].reduce(1) { count, byte in byte & 0b1100_0000 == 0b1000_0000 ? count : count + 1 }
    }
}

/// Options a pattern is compiled with.
public struct PatternOptions: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Letters match regardless of case (Unicode case folding in both PCRE2 and JavaScript).
    public static let caseInsensitive = PatternOptions(rawValue: 1 << 0)
}
