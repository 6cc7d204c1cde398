import Foundation
import Testing
@testable import MaskRules

@Suite struct LintInputResolverTests {
    /// A directory tree: pages, a non-page, a hidden directory and a vendored one.
    private final class Tree {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("masklint-inputs-\(UUID().uuidString)")
        init() throws {
            for path in ["site/a.html", "site/b.htm", "site/notes.txt", "site/.cache/c.html", "site/vendor/d.html", "site/deep/e/f.xhtml"] {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try "<p>x</p>".write(to: url, atomically: true, encoding: .utf8)
            }
        }
        deinit { try? FileManager.default.removeItem(at: root) }
        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    }

    @Test func walksDirectoriesForPagesSkippingHiddenAndIgnored() throws {
        let tree = try Tree()
        let resolver = LintInputResolver(ignoredPaths: [PathGlob("vendor")], baseDirectory: tree.root.path)
        let (inputs, problems) = resolver.resolve([tree.path("site")])
        #expect(problems.isEmpty)
        #expect(inputs == ["site/a.html", "site/b.htm", "site/deep/e/f.xhtml"].map { .file(tree.path($0)) })
    }

    @Test func expandsPatternsAndKeepsArgumentOrder() throws {
        let tree = try Tree()
        let resolver = LintInputResolver(baseDirectory: tree.root.path)
        let (inputs, problems) = resolver.resolve([tree.path("site/b.htm"), tree.path("site") + "/**/*.html", "-", tree.path("site/a.html")])
        #expect(problems.isEmpty)
        #expect(inputs == [.file(tree.path("site/b.htm")), .file(tree.path("site/a.html")), .file(tree.path("site/vendor/d.html")), .standardInput])
    }

    @Test func reportsArgumentsThatNameNothing() throws {
        let tree = try Tree()
        let resolver = LintInputResolver(baseDirectory: tree.root.path)
        let (inputs, problems) = resolver.resolve([tree.path("missing.html"), tree.path("site") + "/*.php", tree.path("site/notes.txt")])
        #expect(inputs == [.file(tree.path("site/notes.txt"))])
        #expect(problems.map(\.reason) == ["no such file or directory", "no files match this pattern"])
    }

    @Test func ignoredFilesAreLeftOutEvenWhenNamed() throws {
        let tree = try Tree()
        let resolver = LintInputResolver(ignoredPaths: [PathGlob("site/vendor/**")], baseDirectory: tree.root.path)
        #expect(resolver.resolve([tree.path("site/vendor/d.html")]).inputs.isEmpty)
        #expect(resolver.isIgnored(tree.path("site/vendor/d.html")))
        #expect(!resolver.isIgnored(tree.path("site/a.html")))
    }
}
