import Foundation
import Testing
@testable import MaskRules

/// `SuppressionComment.scan` jumps from one `<` to the next: it must find the comments that a test of
/// every byte finds, at the same places.
@Suite struct SuppressionScanTests {
    /// The comments found by testing every position for `<!--`, as the scan did before it jumped.
    static func reference(_ bytes: [UInt8], file: String?) -> [SuppressionComment] {
        SuppressionComment.scan(bytes, file: file) { bytes, start in
            var position = start
            while position + 4 <= bytes.count {
                if Array(bytes[position..<position + 4]) == Array("<!--".utf8) { return position }
                position += 1
            }
            return nil
        }
    }

    @Test func findsWhatATestOfEveryPositionFinds() throws {
        var sources: [[UInt8]] = []
        let fixtures = RepositoryPaths.fixtures
        let files = FileManager.default.enumerator(atPath: fixtures.path)?.compactMap { $0 as? String } ?? []
        for file in files.sorted() where file.hasSuffix(".html") {
            sources.append(Array(try Data(contentsOf: fixtures.appendingPathComponent(file))))
        }
        // Openings that miss one byte of `<!--`, each before a directive that would parse.
        let directive = " masklint-disable-next-line pii-in-text: why -->"
        for opening in ["<!-", "<!x-", "<x--", "x!--", "<!-x", "<<!--", "<!<!--", "<!-<!--"] {
            sources.append(Array((opening + directive).utf8))
            sources.append(Array(("<p>\n" + opening + directive + "\n<!--" + directive).utf8))
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
