import Testing
@testable import MaskRules

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesPublishedVectors(message: String, digest: String) {
        #expect(SHA256.hash(Array(message.utf8)).hexString == digest)
    }

    @Test func millionAs() {
        var hasher = SHA256()
        for _ in 0..<1000 { hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: 1000)) }
        #expect(hasher.finalize().hexString == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func hmacMatchesRFC4231() {
        // RFC 4231 test cases 1 and 2.
        let key1 = [UInt8](repeating: 0x0b, count: 20)
        #expect(SHA256.hmac(key: key1, message: Array("Hi There".utf8)).hexString
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)).hexString
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        let longKey = [UInt8](repeating: 0xaa, count: 131)
        #expect(SHA256.hmac(key: longKey, message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)).hexString
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    /// A prepared key gives the codes of `hmac(key:message:)`, for one message after another.
    @Test func preparedKeyGivesTheSameCodes() {
        for key in [[UInt8](repeating: 0x0b, count: 20), Array("Jefe".utf8), [UInt8](repeating: 0xaa, count: 131), []] {
            let prepared = SHA256.HMAC(key: key)
            for message in ["", "Hi There", "what do ya want for nothing?", String(repeating: "long message ", count: 20)] {
                #expect(prepared.code(for: Array(message.utf8)) == SHA256.hmac(key: key, message: Array(message.utf8)))
            }
        }
        #expect(SHA256.HMAC(key: Array("Jefe".utf8)).code(for: Array("what do ya want for nothing?".utf8)).hexString
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }
}
