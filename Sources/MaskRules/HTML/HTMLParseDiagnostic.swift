/// A problem found while reading an HTML document that did not stop the parse.
///
/// Browsers recover from every markup error, and so does the parser; a diagnostic says that the
/// tree may not be what the author meant, or (for encoding problems) that some characters were
/// replaced by U+FFFD. Tags the HTML standard defines but libxml2 2.9 does not know (`<main>`,
/// `<template>`, `<svg>`, custom elements) are not problems and produce no diagnostic.
public struct HTMLParseDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        /// The document was read, but something in it is unusual (for example an encoding problem
        /// that was repaired with U+FFFD).
        case warning
        /// A markup error: the recovered tree may differ from what the author intended.
        case error

        private var rank: Int { self == .warning ? 0 : 1 }

        /// Orders by seriousness: a warning is less than an error.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// What kind of problem a diagnostic reports.
    public enum Kind: String, Hashable, Sendable {
        /// Malformed markup reported by the HTML parser (mismatched or stray end tags, bad
        /// attributes, misplaced doctype, …).
        case markup
        /// Bytes that are not valid in the document's encoding; each sequence became U+FFFD.
        case invalidByteSequence
        /// A NUL character, which became U+FFFD.
        case nullCharacter
        /// A `<meta charset>` naming an encoding that is unknown or not supported; the document
        /// was decoded as UTF-8 instead.
        case unsupportedEncoding
        /// The document has more problems than the configured maximum; the rest were counted but
        /// not recorded.
        case diagnosticLimitReached
    }

    /// What kind of problem this is.
    public let kind: Kind
    /// How serious it is.
    public let severity: Severity
    /// A one-line description, without a trailing newline.
    public let message: String
    /// Where the problem is: line, column and byte offset as for element locations. For markup
    /// errors this is where the parser noticed the problem, usually just after the offending tag.
    public let location: SourceLocation

    /// Creates a diagnostic.
    public init(kind: Kind, severity: Severity, message: String, location: SourceLocation) {
        self.kind = kind
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// The 1-based line of ``location``.
    public var line: Int { location.line ?? 0 }
    /// The 1-based column of ``location``, in Unicode scalars.
    public var column: Int { location.column ?? 0 }

    /// `file:line:column: severity: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
