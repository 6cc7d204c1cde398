import Foundation
import Testing
@testable import MaskRules

/// The SHA-256 of recording files, the report's evidence, whatever way the bytes arrive.
@Suite struct FileDigestTests {
    static let bytes: [UInt8] = {
        var generator = AuditSessionGenerator(seed: 9)
        return (0..<(3 << 20) + 77).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    }()

    @Test func aFileReadInChunksHashesLikeItsBytes() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("dom.mobs", Self.bytes)
        #expect(FileDigest.sha256(of: .file(path: path)) == SHA256.hash(Self.bytes).hexString)
        #expect(FileDigest.sha256(of: .bytes(name: "b", Self.bytes)) == SHA256.hash(Self.bytes).hexString)
        #expect(FileDigest.sha256(of: .standardInput) == nil)
        #expect(FileDigest.sha256(of: .file(path: directory.url.path + "/missing")) == nil)
    }

    @Test(arguments: [1, 63, 64, 65, 1000, 4099])
    func piecesOfAnySizeHashLikeTheWhole(_ piece: Int) {
        var hasher = SHA256()
        var start = 0
        let prefix = Array(Self.bytes.prefix(20_000))
        while start < prefix.count {
            let end = min(start + piece, prefix.count)
            prefix[start..<end].withUnsafeBytes { hasher.update($0) }
            start = end
        }
        #expect(hasher.finalize() == SHA256.hash(prefix))
    }
}
