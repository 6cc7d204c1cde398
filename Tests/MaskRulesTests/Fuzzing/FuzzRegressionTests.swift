import Foundation
import MaskLintFuzzing
import Testing

/// Every input the fuzzers found a bug with (`Fuzz/Regressions/<target>/`), replayed through the same
/// `FuzzTarget.check` the fuzz executable calls: the test fails (or crashes) if the bug returns.
/// Fuzz/Regressions/README.md says what each input found. See docs/fuzzing.md.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    struct SavedInput: CustomTestStringConvertible, Sendable {
        let target: FuzzTarget
        let path: String
        var testDescription: String { "\(target)/\((path as NSString).lastPathComponent)" }
    }

    static let directory = RepositoryPaths.root.appendingPathComponent("Fuzz/Regressions")

    static let inputs: [SavedInput] = FuzzTarget.allCases.flatMap { target in
        let folder = directory.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map {
            SavedInput(target: target, path: folder.appendingPathComponent($0).path)
        }
    }

    @Test("A saved input passes its fuzz target", arguments: inputs)
    func savedInputPasses(_ input: SavedInput) throws {
        let data = try #require(FileManager.default.contents(atPath: input.path))
        let violation = input.target.check([UInt8](data))
        #expect(violation == nil, "\(violation?.description ?? "")")
    }

    @Test("Every saved input is listed in the README with what it found")
    func everyInputIsDocumented() throws {
        let readme = try String(contentsOf: Self.directory.appendingPathComponent("README.md"), encoding: .utf8)
        for input in Self.inputs {
            #expect(readme.contains("`\(input.testDescription)`"), "Fuzz/Regressions/README.md does not list \(input.testDescription)")
        }
        #expect(Set(Self.inputs.map(\.target)).count >= 1)
    }

    @Test("The fuzz targets pass their seed-like inputs")
    func targetsRunOnSimpleInputs() {
        for target in FuzzTarget.allCases {
            for input in [[], [0], [0, 0], Array("<p>a@b.co</p>".utf8), [UInt8](repeating: 0xFF, count: 9)] as [[UInt8]] {
                #expect(target.check(input) == nil, "\(target) on \(input)")
            }
        }
    }
}
