import Foundation

/// The one JSON style of masklint's reports: sorted keys, indented, slashes unescaped.
enum ReportJSON {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // The views hold only strings, numbers and booleans, which always encode.
            preconditionFailure("a report view failed to encode: \(error)")
        }
    }
}

/// The JSON form of a location, shared by the JSON and SARIF property bags.
struct LocationView: Encodable {
    /// `source` or `recording`; left out for the end of a span, which is always in the start's file.
    var kind: String?
    var file: String?
    var line: Int?
    var column: Int?
    var byteOffset: Int?
    var jsonPointer: String?
    var session: String?
    var channel: String?
    var messageType: String?
    var messageIndex: Int?
    var timestamp: UInt64?
    var nodePath: String?

    init(_ location: FindingLocation, options: ReportOptions) {
        switch location {
        case .source(let source, let pointer):
            kind = "source"
            file = source.file.map(options.displayPath)
            line = source.line
            column = source.column
            byteOffset = source.byteOffset
            jsonPointer = pointer
        case .recording(let recording):
            kind = "recording"
            session = recording.session
            file = recording.file
            channel = recording.channel
            messageType = recording.messageType
            messageIndex = recording.messageIndex
            timestamp = recording.timestamp
            nodePath = recording.nodePath
            byteOffset = recording.byteOffset
        }
    }

    init(end: SourceLocation) {
        line = end.line
        column = end.column
        byteOffset = end.byteOffset
    }
}
