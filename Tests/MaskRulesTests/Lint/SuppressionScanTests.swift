import Foundation
import Testing
@testable import MaskRules

/// `SuppressionComment.scan` jumps from one `<` to the next: it must find the comments that a test of
/// every byte finds, at the same places.
@Suite struct SuppressionScanTests {
    /// The comments found by testing every position for `<!--`, as the scan did before it jumped.
    static func reference(_ bytes: [UInt8], file: String?) -> [SuppressionComment] {
        var result: [SuppressionComment] = []
        var lineCounter = LineCounter(bytes: bytes)
        var position = 0
        let count = bytes.count
        while position + 4 <= count {
            guard bytes[position] == UInt8(ascii: "<"), bytes[position + 1] == UInt8(ascii: "!"),
                  bytes[position + 2] == UInt8(ascii: "-"), bytes[position + 3] == UInt8(ascii: "-")
            else {
                position += 1
                continue
            }
            let bodyStart = position + 4
            var end = bodyStart
            while end + 3 <= count && !(bytes[end] == UInt8(ascii: "-") && bytes[end + 1] == UInt8(ascii: "-") && bytes[end + 2] == UInt8(ascii: ">")) {
                end += 1
            }
            let bodyEnd = min(end, count)
            let body = String(decoding: bytes[bodyStart..<bodyEnd], as: UTF8.self)
            if let parsed = SuppressionComment.parse(body) {
                let start = lineCounter.position(at: position)
                let endLine = lineCounter.position(at: bodyEnd).line
                result.append(SuppressionComment(
                    location: SourceLocation(file: file, line: start.line, column: start.column, byteOffset: position),
                    targetLine: endLine + 1, checkIDs: parsed.ids, reason: parsed.reason))
            }
            position = bodyEnd + 3
        }
        return result
    }

    @Test func findsWhatATestOfEveryPositionFinds() throws {
        var sources: [[UInt8]] = []
        let fixtures = RepositoryPaths.fixtures
        let files = FileManager.default.enumerator(atPath: fixtures.path)?.compactMap { $0 as? String } ?? []
        for file in files.sorted() where file.hasSuffix(".html") {
            sources.append(Array(try Data(contentsOf: fixtures.appendingPathComponent(file))))
        }
        let pieces = ["<", "<!--", "-->", "--", "!", "-", ">", "\n", "a", "é", " masklint-disable-next-line pii-in-text: why ", "<p>"]
        var generator = SeededGenerator(state: 3)
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...12, using: &generator)
            sources.append(Array((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8))
        }
        var found = 0
        for source in sources {
            let comments = SuppressionComment.scan(source, file: "page.html")
            found += comments.count
            #expect(comments == Self.reference(source, file: "page.html"))
        }
        #expect(found > 100)
    }
}
