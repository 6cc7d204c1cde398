import Testing
@testable import MaskRules

/// Parsing is safe from many threads at once: each parse has its own libxml2 context and error
/// handler, and documents are immutable values.
@Suite("HTML parsing concurrency")
struct HTMLConcurrencyTests {
    private static func page(_ number: Int) -> String {
        var html = "<!DOCTYPE html><body>\n"
        for field in 0..<50 {
            html += "<label>F\(field)</label><input name=\"p\(number)f\(field)\"></span>\n"
        }
        return html + "</body>"
    }

    @Test("Parallel parses produce the same documents and diagnostics as serial ones")
    func parallelParses() async throws {
        let expected = try (0..<8).map { number in
            let document = try HTMLTestSupport.parse(bytes: Self.page(number))
            return (document.allElements.map(\.description), document.diagnostics)
        }
        try await withThrowingTaskGroup(of: (Int, [String], [HTMLParseDiagnostic]).self) { group in
            for round in 0..<64 {
                let number = round % 8
                group.addTask {
                    let document = try HTMLTestSupport.parse(bytes: Self.page(number))
                    return (number, document.allElements.map(\.description), document.diagnostics)
                }
            }
            var results = 0
            for try await (number, elements, diagnostics) in group {
                #expect(elements == expected[number].0)
                #expect(diagnostics == expected[number].1)
                #expect(diagnostics.count == 50)
                results += 1
            }
            #expect(results == 64)
        }
    }

    @Test("A document can be read from many tasks at once")
    func sharedDocument() async throws {
        let document = try HTMLTestSupport.parse(bytes: Self.page(1))
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { document.allElements.filter { $0.localName == "input" && $0.form == nil }.count }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 50, count: 8))
    }
}
