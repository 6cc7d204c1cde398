/// SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104), used for content hashes of rule sets and for
/// the keyed fingerprints of sensitive values. Written out here to keep the package free of a
/// cryptography dependency; checked against the published test vectors in the test suite.
public struct SHA256: Sendable {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    /// Creates an empty hash computation.
    public init() { buffer.reserveCapacity(64) }

    /// Adds bytes to the message.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if handled != nil { return }
        for byte in bytes {
            buffer.append(byte)
            length &+= 1
            if buffer.count == 64 {
                buffer.withUnsafeBytes { compress($0) }
                buffer.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Adds bytes to the message, compressing whole blocks in place.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var start = 0
        length &+= UInt64(bytes.count)
        if !buffer.isEmpty {
            let take = min(64 - buffer.count, bytes.count)
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<take]))
            start = take
            guard buffer.count == 64 else { return }
            buffer.withUnsafeBytes { compress($0) }
            buffer.removeAll(keepingCapacity: true)
        }
        while start + 64 <= bytes.count {
            compress(UnsafeRawBufferPointer(rebasing: bytes[start..<start + 64]))
            start += 64
        }
        if start < bytes.count { buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start...])) }
    }

    /// Adds the UTF-8 bytes of a string to the message.
    public mutating func update(_ string: String) { update(string.utf8) }

    /// Finishes the computation and returns the 32-byte digest.
    public consuming func finalize() -> [UInt8] {
        let bitLength = length &* 8
        // The last one or two blocks: the buffered bytes, 0x80, zeros, and the length in bits,
        // big-endian, in the last eight bytes.
        let tailCount = buffer.count + 9 <= 64 ? 64 : 128
        let buffered = buffer
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
            tail.initialize(repeating: 0)
            for (index, byte) in buffered.enumerated() { tail[index] = byte }
            tail[buffered.count] = 0x80
            for index in 0..<8 { tail[tailCount - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * index)) }
            let bytes = UnsafeRawBufferPointer(tail)
            compress(UnsafeRawBufferPointer(rebasing: bytes[0..<64]))
            if tailCount == 128 { compress(UnsafeRawBufferPointer(rebasing: bytes[64..<128])) }
        }
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for word in [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] {
            for shift in stride(from: 24, through: 0, by: -8) { digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
        }
        return digest
    }

    /// The digest of `bytes`.
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// HMAC-SHA-256 of `message` under `key`.
    public static func hmac<Key: Collection, Message: Sequence>(key: Key, message: Message) -> [UInt8]
    where Key.Element == UInt8, Message.Element == UInt8 {
        HMAC(key: key).code(for: message)
    }

    /// HMAC-SHA-256 under one key, with the key's two padded blocks hashed once: each code then costs
    /// the blocks of its message and two more, where `hmac(key:message:)` costs four more.
    public struct HMAC: Sendable {
        /// The hash computations after the inner and the outer padded key block.
        private let inner: SHA256
        private let outer: SHA256

        /// Prepares codes under `key`.
        public init<Key: Collection>(key: Key) where Key.Element == UInt8 {
            var block = key.count > 64 ? SHA256.hash(key) : Array(key)
            block += [UInt8](repeating: 0, count: 64 - block.count)
            var inner = SHA256()
            inner.update(block.map { $0 ^ 0x36 })
            var outer = SHA256()
            outer.update(block.map { $0 ^ 0x5c })
            self.inner = inner
            self.outer = outer
        }

        /// HMAC-SHA-256 of `message`.
        public func code<Message: Sequence>(for message: Message) -> [UInt8] where Message.Element == UInt8 {
            var inner = inner
            inner.update(message)
            var outer = outer
            outer.update(inner.finalize())
            return outer.finalize()
        }
    }

    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    private mutating func compress(_ block: UnsafeRawBufferPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            for word in 0..<16 {
                schedule[word] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: word * 4, as: UInt32.self))
            }
            for word in 16..<64 {
                let s0 = schedule[word - 15].rotatedRight(7) ^ schedule[word - 15].rotatedRight(18) ^ (schedule[word - 15] >> 3)
                let s1 = schedule[word - 2].rotatedRight(17) ^ schedule[word - 2].rotatedRight(19) ^ (schedule[word - 2] >> 10)
                schedule[word] = schedule[word - 16] &+ s0 &+ schedule[word - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = state
            Self.roundConstants.withUnsafeBufferPointer { constants in
                for round in 0..<64 {
                    let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
                    let choice = (e & f) ^ (~e & g)
                    let temp1 = h &+ s1 &+ choice &+ constants[round] &+ schedule[round]
                    let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
                    let majority = (a & b) ^ (a & c) ^ (b & c)
                    let temp2 = s0 &+ majority
                    (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ temp2)
                }
            }
            state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d,
                     state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
        }
    }
}

extension UInt32 {
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 { (self >> count) | (self << (32 - count)) }
}

extension Sequence where Element == UInt8 {
    /// Lower-case hexadecimal digits of the bytes.
    public var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in self { out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 0xf)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
