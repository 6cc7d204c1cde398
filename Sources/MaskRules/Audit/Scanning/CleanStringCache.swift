import Foundation

/// The strings of a session already scanned and found clean (no detected value, no canary), so that
/// the class names, style values and URLs a page repeats thousands of times are scanned once.
///
/// Strings are compared byte for byte: a hash only picks the slot. The cache holds at most
/// `maximumBytes` of strings and `maximumEntries` entries, and starts over when either is reached, so
/// it is bounded whatever the session; strings longer than `maximumStringLength` are not kept.
///
/// Almost every string of a recording is looked up here, and the table is too large for the fastest
/// processor caches, so a lookup costs about one cache miss: a slot is 8 bytes (the table is at most
/// 512 KB), and the caller computes a string's hash once (`cacheHash(_:)`) for the lookup and the
/// insertion.
struct CleanStringCache {
    static let maximumStringLength = 2048
    static let maximumBytes = 4 << 20
    /// Small enough for the table to stay in the processor's cache: a lookup that misses the cache
    /// costs more than scanning a short string.
    static let maximumEntries = 1 << 15
    private static let initialSlots = 1 << 10

    /// One slot: the high half of the string's hash (never 0; 0 marks an empty slot), which also picks
    /// the slot, and the offset of the string in `arena`, where its length precedes it in two bytes
    /// (little-endian).
    private struct Entry {
        var tag: UInt32
        var offset: UInt32
    }

    private var arena: [UInt8] = []
    private var entries = [Entry](repeating: Entry(tag: 0, offset: 0), count: initialSlots)
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
        if (count + 1) * 2 > entries.count { grow() }
        let (index, found) = slot(of: bytes, hash: hash)
        guard !found else { return }
        entries[index] = Entry(tag: Self.tag(hash), offset: UInt32(arena.count))
        arena.append(UInt8(truncatingIfNeeded: bytes.count))
        arena.append(UInt8(truncatingIfNeeded: bytes.count >> 8))
        arena.append(contentsOf: bytes)
        count += 1
    }

    /// The slot holding `bytes`, or the empty slot where it would go.
    private func slot(of bytes: UnsafeRawBufferPointer, hash: UInt64) -> (index: Int, found: Bool) {
        let tag = Self.tag(hash)
        return entries.withUnsafeBufferPointer { entries in
            arena.withUnsafeBytes { arena in
                let mask = entries.count - 1
                var index = Self.home(tag, mask: mask)
                while true {
                    let entry = entries[index]
                    if entry.tag == 0 { return (index, false) }
                    if entry.tag == tag && Self.equal(arena, Int(entry.offset), bytes) { return (index, true) }
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

    private static func tag(_ hash: UInt64) -> UInt32 {
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return tag == 0 ? 1 : tag
    }

    /// The first slot to try: from the tag, so that growing the table needs no string hashed again.
    private static func home(_ tag: UInt32, mask: Int) -> Int {
        Int(tag) & mask
    }

    private mutating func clear() {
        arena.removeAll(keepingCapacity: true)
        entries = [Entry](repeating: Entry(tag: 0, offset: 0), count: Self.initialSlots)
        count = 0
    }

    private mutating func grow() {
        let old = entries
        entries = [Entry](repeating: Entry(tag: 0, offset: 0), count: old.count * 2)
        let mask = entries.count - 1
        for entry in old where entry.tag != 0 {
            var index = Self.home(entry.tag, mask: mask)
            while entries[index].tag != 0 { index = (index + 1) & mask }
            entries[index] = entry
        }
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
