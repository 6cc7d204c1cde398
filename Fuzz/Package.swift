// swift-tools-version: 6.2
import PackageDescription

/// The libFuzzer executables, one per fuzz target, over the root package's `MaskLintFuzzing` library.
/// A package of its own so that `-sanitize=fuzzer` never reaches the normal build: build it with
/// `make fuzz-build` (`swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address
/// -Xswiftc -parse-as-library`). See docs/fuzzing.md.
let targets = ["recording", "html", "rules", "selector", "pattern", "scan"]

let package = Package(
    name: "masklint-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "masklint", path: "..")],
    targets: [.target(name: "CFuzzerDriver")]
        + targets.map { name in
            .executableTarget(
                name: "fuzz-\(name)",
                dependencies: ["CFuzzerDriver", .product(name: "MaskLintFuzzing", package: "masklint")],
                path: "Sources/fuzz-\(name)")
        }
)
