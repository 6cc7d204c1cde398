// swift-tools-version: 6.2
import PackageDescription

/// Settings shared by every Swift target. Swift 6 language mode (complete concurrency checking) is
/// implied by the tools version; imports are internal unless stated, existentials need `any`, and
/// the build has no warnings because every warning is an error.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "masklint",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "MaskRules", targets: ["MaskRules"]),
        .executable(name: "masklint", targets: ["masklint"]),
        // What each fuzz target does with its input (Fuzz/Package.swift builds the libFuzzer
        // executables over it; the regression tests replay saved inputs through it).
        .library(name: "MaskLintFuzzing", targets: ["MaskLintFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CPCRE2", pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]),
        .systemLibrary(
            name: "CZstd", pkgConfig: "libzstd",
            providers: [.apt(["libzstd-dev"]), .brew(["zstd"])]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        // libcrypto's SHA-256 (with the processor's SHA instructions where it has them) for the
        // evidence hashes of audited recording files.
        .systemLibrary(
            name: "CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]),
        // glibc's mallopt, for the allocator settings of the commands that stream large inputs.
        .systemLibrary(name: "CGlibcMalloc"),
        .target(
            name: "MaskRules",
            dependencies: ["CLibXML2", "CPCRE2", "CZstd", "CZlib", "CCrypto", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "masklint",
            dependencies: ["MaskRules", "CGlibcMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings),
        .target(
            name: "MaskLintFuzzing", dependencies: ["MaskRules"],
            swiftSettings: swiftSettings),
        // Benchmarks (`make bench`): throughput of the parsers, matchers and scanners, not unit tests.
        .executableTarget(
            name: "masklint-bench",
            dependencies: ["MaskRules", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "MaskRulesTests", dependencies: ["MaskRules", "MaskLintFuzzing"], exclude: ["Compilers/Snapshots", "Reporting/Snapshots", "Reporting/Schemas"], swiftSettings: swiftSettings),
        // The end-to-end tests run the built `masklint` binary; depending on it makes sure it is built.
        .testTarget(
            name: "masklintTests", dependencies: ["MaskRules", "masklint"],
            swiftSettings: swiftSettings),
    ]
)
