import Testing
@testable import MaskRules

@Suite struct PathGlobTests {
    @Test(arguments: [
        ("*.min.html", "dist/app.min.html", true),
        ("*.min.html", "app.html", false),
        ("vendor/**", "vendor/lib/x.html", true),
        ("vendor/**", "src/vendor/x.html", false),
        ("node_modules", "a/node_modules/b/c.html", true),
        ("src/*/snapshots", "src/button/snapshots/a.html", true),
        ("src/*/snapshots", "src/a/b/snapshots/a.html", false),
        ("**/snap-[0-9].html", "x/y/snap-3.html", true),
        ("**/snap-[!0-9].html", "x/y/snap-3.html", false),
        ("./fixtures/*.htm?", "fixtures/a.html", true),
        ("a?c.html", "abc.html", true),
        ("a?c.html", "a/c.html", false),
        ("/build", "build/index.html", true),
    ])
    func matches(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(PathGlob(pattern).matches(path) == expected)
    }

    @Test func exactMatchingAndPrefix() {
        let glob = PathGlob("fixtures/**/*.html")
        #expect(glob.matchesExactly("fixtures/forms/a.html"))
        #expect(glob.matchesExactly("fixtures/a.html"))
        #expect(!glob.matchesExactly("fixtures/forms"))
        #expect(glob.fixedPrefix == "fixtures")
        #expect(PathGlob("*.html").fixedPrefix == nil)
        #expect(PathGlob.isPattern("a/*.html") && !PathGlob.isPattern("a/b.html"))
    }
}
