import Foundation

/// The strings of a session already scanned and found clean (no detected value, no canary), so that
/// the class names, style values and URLs a page repeats thousands of times are scanned once.
///
/// Strings are compared byte for byte: a hash only picks the slot. The cache holds at most
/// `maximumBytes` of strings and `maximumEntries` entries, and starts over when either is reached, so
/// it is bounded whatever the session; strings longer than `maximumStringLength` are not kept.
///
/// Almost every string of a recording is looked up here, so the table is kept small enough for the
/// processor's second-level cache: 65,536 slots of 4 bytes (256 KB, at most half of them used), and the
/// caller computes a string's hash once (`cacheHash(_:)`) for the lookup and the insertion.
struct CleanStringCache {
    static let maximumStringLength = 2048
    /// The most bytes of strings kept (lengths included); an offset in it fits in `offsetBits`.
    static let maximumBytes = 4 << 20
    /// At most half the slots, so that a lookup that finds nothing stops after a probe or two.
    static let maximumEntries = 1 << 15
    private static let slotCount = 1 << 16
    private static let offsetBits: UInt32 = 22
    private static let offsetMask: UInt32 = (1 << offsetBits) - 1

    /// The strings, each preceded by its length in two bytes (little-endian).
    private var arena: [UInt8] = []
    /// One slot per `UInt32`: 0 when empty, else a tag of the string's hash (its top 10 bits, never 0)
    /// above the string's offset in `arena` (22 bits). The hash's low bits pick the first slot.
    private var slots = [UInt32](repeating: 0, count: slotCount)
    private var count = 0

    /// The hash `bytes` is looked up and inserted by, or `nil` when the string is too long to be kept
    /// (longer than `maximumStringLength`): computed once for the lookup and, when the string turns out
    /// clean, the insertion.
    static func cacheHash(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
        bytes.count <= maximumStringLength ? hash(bytes) : nil
    }

    /// Whether `bytes`, whose `cacheHash(_:)` is `hash`, was found clean before.
    func contains(_ bytes: UnsafeRawBufferPointer, hash: UInt64) -> Bool {
        assert(bytes.count <= Self.maximumStringLength, "the hash comes from cacheHash(_:)")
        return slot(of: bytes, hash: hash).found
    }

    /// Remembers that `bytes`, whose `cacheHash(_:)` is `hash`, is clean.
    mutating func insert(_ bytes: UnsafeRawBufferPointer, hash: UInt64) {
        assert(bytes.count <= Self.maximumStringLength, "the hash comes from cacheHash(_:)")
        if arena.count + 2 + bytes.count > Self.maximumBytes || count + 1 > Self.maximumEntries { clear() }
        let (index, found) = slot(of: bytes, hash: hash)
        guard !found else { return }
        slots[index] = Self.tag(hash) << Self.offsetBits | UInt32(arena.count)
        arena.append(UInt8(truncatingIfNeeded: bytes.count))
        arena.append(UInt8(truncatingIfNeeded: bytes.count >> 8))
        arena.append(contentsOf: bytes)
        count += 1
    }

    /// The slot holding `bytes`, or the empty slot where it would go.
    private func slot(of bytes: UnsafeRawBufferPointer, hash: UInt64) -> (index: Int, found: Bool) {
        let tag = Self.tag(hash)
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBytes { arena in
                let mask = Self.slotCount - 1
                var index = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = slots[index]
                    if slot == 0 { return (index, false) }
                    if slot >> Self.offsetBits == tag && Self.equal(arena, Int(slot & Self.offsetMask), bytes) {
                        return (index, true)
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// Whether the string stored at `offset` of `arena` is `bytes`.
    private static func equal(_ arena: UnsafeRawBufferPointer, _ offset: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let length = Int(arena[offset]) | Int(arena[offset + 1]) << 8
        guard length == bytes.count else { return false }
        guard let base = bytes.baseAddress, length > 0 else { return true }
        return memcmp(arena.baseAddress! + offset + 2, base, length) == 0
    }

    /// The top 10 bits of `hash`, never 0.
    private static func tag(_ hash: UInt64) -> UInt32 {
        let tag = UInt32(truncatingIfNeeded: hash >> 54)
        return tag == 0 ? 1 : tag
    }

    private mutating func clear() {
        arena.removeAll(keepingCapacity: true)
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        count = 0
    }

    /// A fast 64-bit hash of the bytes, eight at a time (not for security: the comparison is exact).
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var index = 0
        let count = bytes.count
        while index + 8 <= count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 29
        return hash
    }
}
