import Foundation

/// One page to lint: a file, or standard input.
public enum LintInput: Sendable, Hashable, CustomStringConvertible {
    /// A file, by the path the user gave or the walk found.
    case file(String)
    /// Standard input (`-` on the command line).
    case standardInput

    /// The path, or `<stdin>`.
    public var description: String {
        switch self {
        case .file(let path): path
        case .standardInput: "<stdin>"
        }
    }
}

/// An argument that named nothing to lint.
public struct LintInputProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The argument or path.
    public let path: String
    /// What is wrong.
    public let reason: String
    /// Whether the problem is that the arguments name more than `LintInputResolver.maximumFiles`
    /// pages; the run then lints nothing.
    public let exceedsFileLimit: Bool

    /// Creates a problem.
    public init(path: String, reason: String, exceedsFileLimit: Bool = false) {
        self.path = path
        self.reason = reason
        self.exceedsFileLimit = exceedsFileLimit
    }

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}

/// Turns command-line arguments (files, directories, glob patterns, `-`) into the pages to lint.
public struct LintInputResolver: Sendable {
    /// Paths left out, matched relative to `baseDirectory`.
    public var ignoredPaths: [PathGlob]
    /// The directory ignore patterns are relative to (where `.masklint.yaml` is), absolute.
    public var baseDirectory: String
    /// The most pages the arguments may name (`max-files`); resolving stops as soon as one more is found.
    public var maximumFiles: Int
    /// The file extensions a directory walk picks up.
    public static let pageExtensions: Set<String> = ["html", "htm", "xhtml"]

    /// Creates a resolver.
    /// - Parameters:
    ///   - ignoredPaths: Paths left out.
    ///   - baseDirectory: The directory the patterns are relative to; the current directory when `nil`.
    ///   - maximumFiles: The most pages the arguments may name.
    public init(ignoredPaths: [PathGlob] = [], baseDirectory: String? = nil,
                maximumFiles: Int = ResourceLimits.standard.maximumFiles) {
        self.ignoredPaths = ignoredPaths
        self.baseDirectory = baseDirectory ?? FileManager.default.currentDirectoryPath
        self.maximumFiles = max(1, maximumFiles)
    }

    /// The pages the arguments name, in argument order, each once, and the arguments that named
    /// nothing.
    ///
    /// A directory is walked recursively for `.html`, `.htm` and `.xhtml` files, in name order,
    /// skipping hidden files and directories; a pattern (`fixtures/**/*.html`) is expanded from its
    /// fixed leading directories; `-` is standard input. Ignored paths are left out everywhere.
    ///
    /// When the arguments name more than `maximumFiles` pages, resolving stops at the first page past
    /// the limit and the problems end with one whose `exceedsFileLimit` is set.
    public func resolve(_ arguments: [String]) -> (inputs: [LintInput], problems: [LintInputProblem]) {
        var inputs: [LintInput] = []
        var seen: Set<LintInput> = []
        var problems: [LintInputProblem] = []
        func add(_ input: LintInput) {
            if seen.insert(input).inserted { inputs.append(input) }
        }
        // A walk returns at most one file past the limit, counting files that earlier arguments named
        // already (they are not added twice), so that a huge tree is never listed whole.
        let walkBudget = maximumFiles + 1
        let files = FileManager.default
        for argument in arguments {
            if inputs.count > maximumFiles { break }
            if argument == "-" {
                add(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            if files.fileExists(atPath: argument, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    var visited: Set<String> = []
                    var budget = walkBudget
                    let pages = walk(argument, visited: &visited, budget: &budget) {
                        Self.pageExtensions.contains(($0 as NSString).pathExtension.lowercased())
                    }
                    for path in pages where inputs.count <= maximumFiles { add(.file(path)) }
                } else if !isIgnored(argument) {
                    add(.file(argument))
                }
                continue
            }
            if PathGlob.isPattern(argument) {
                let glob = PathGlob(argument)
                let root = glob.fixedPrefix ?? (argument.hasPrefix("/") ? "/" : ".")
                var visited: Set<String> = []
                var budget = walkBudget
                let matched = walk(root, visited: &visited, budget: &budget) { glob.matchesExactly(Self.trimmingDotSlash($0)) }
                if matched.isEmpty {
                    problems.append(LintInputProblem(path: argument, reason: "no files match this pattern"))
                }
                for path in matched where inputs.count <= maximumFiles { add(.file(Self.trimmingDotSlash(path))) }
                continue
            }
            problems.append(LintInputProblem(path: argument, reason: "no such file or directory"))
        }
        if inputs.count > maximumFiles {
            inputs.removeLast(inputs.count - maximumFiles)
            problems.append(LintInputProblem(
                path: arguments.joined(separator: " "),
                reason: "the arguments name more than \(maximumFiles) files, the limit (max-files); nothing was linted",
                exceedsFileLimit: true))
        }
        return (inputs, problems)
    }

    /// The files under `directory` that `accept` takes, depth first in name order, skipping hidden and
    /// ignored entries and directories already visited through a symbolic link; the walk stops once
    /// `budget` files have been taken.
    private func walk(_ directory: String, visited: inout Set<String>, budget: inout Int,
                      accept: (String) -> Bool) -> [String] {
        let files = FileManager.default
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard budget > 0, visited.insert(real).inserted, let names = try? files.contentsOfDirectory(atPath: directory)
        else { return [] }
        var result: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            guard budget > 0 else { break }
            let path = directory == "." ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
            guard !isIgnored(path) else { continue }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                result += walk(path, visited: &visited, budget: &budget, accept: accept)
            } else if accept(path) {
                result.append(path)
                budget -= 1
            }
        }
        return result
    }

    /// Whether `path` matches an ignore pattern, relative to `baseDirectory` when it lies under it.
    public func isIgnored(_ path: String) -> Bool {
        guard !ignoredPaths.isEmpty else { return false }
        let relative = relativePath(path)
        return ignoredPaths.contains { $0.matches(relative) }
    }

    /// `path` relative to `baseDirectory`, or as given when it lies elsewhere.
    func relativePath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let standardized = (absolute as NSString).standardizingPath
        let base = (baseDirectory as NSString).standardizingPath
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return standardized.hasPrefix(prefix) ? String(standardized.dropFirst(prefix.count)) : Self.trimmingDotSlash(path)
    }

    private static func trimmingDotSlash(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}
