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
        #expect(InputChunkReader.sha256(of: .file(path: path)) == SHA256.hash(Self.bytes).hexString)
        #expect(InputChunkReader.sha256(of: .bytes(name: "b", Self.bytes)) == SHA256.hash(Self.bytes).hexString)
        #expect(InputChunkReader.sha256(of: .standardInput) == nil)
        #expect(InputChunkReader.sha256(of: .file(path: directory.url.path + "/missing")) == nil)
    }

    /// libcrypto's SHA-256, which hashes files as they are read, gives the package's own digests,
    /// and the published test vectors, whatever the pieces.
    @Test(arguments: [1, 55, 64, 65, 4099, 1 << 20])
    func libcryptoHashesLikeThePackage(_ piece: Int) {
        let hasher = FileSHA256()
        var start = 0
        while start < Self.bytes.count {
            let end = min(start + piece, Self.bytes.count)
            Self.bytes[start..<end].withUnsafeBytes { hasher.update($0) }
            start = end
        }
        #expect(hasher.finalize() == SHA256.hash(Self.bytes))
        let abc = FileSHA256()
        Array("abc".utf8).withUnsafeBytes { abc.update($0) }
        #expect(abc.finalize()?.hexString == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(FileSHA256().finalize()?.hexString == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
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
