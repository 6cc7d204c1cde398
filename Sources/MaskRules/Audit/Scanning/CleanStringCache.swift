import Foundation

/// The strings of a session already scanned and found clean (no detected value, no canary), so that
/// the tag and attribute names, class names, style values and URLs a page repeats thousands of times
/// are scanned once.
///
/// Strings are compared byte for byte: a hash only picks the slot. Strings of at most 8 bytes (over
/// half of the strings a recording carries: tag and attribute names, short values) are kept in a
/// table of their own, the bytes themselves as the key, so that a lookup reads one slot and no string.
/// Longer strings are kept in an arena, and only from the second time they are found clean: most
/// of them (texts, URLs with ids) occur once, and keeping them filled the arena, which then started
/// over and dropped the strings that do repeat. A small bit set of hashes remembers the first time.
/// Most long strings looked up are not there, so another bit set, small enough to stay in the
/// processor's caches, answers most of those lookups without reading the slot table, whose random
/// slots missed the caches nearly every time.
///
/// The cache is bounded whatever the session: each table starts over when it is full, and strings
/// longer than `maximumStringLength` are not kept. Almost every string of a recording is looked up
/// here, so the tables are kept small enough for the processor's second-level cache, and the caller
/// computes a string's hash once (`cacheHash(_:)`) for the lookup and the insertion.
struct CleanStringCache {
    static let maximumStringLength = 2048
    /// The longest string kept in the table of short strings, by its bytes.
    static let maximumShortLength = 8
    /// The most bytes of long strings kept (lengths included); an offset in it fits in `offsetBits`.
    static let maximumBytes = 4 << 20
    /// At most half the slots, so that a lookup that finds nothing stops after a probe or two.
    static let maximumEntries = 1 << 15
    /// At most half the slots of the short table.
    static let maximumShortEntries = 1 << 13
    private static let slotCount = 1 << 16
    private static let shortSlotBits = 14
    private static let offsetBits: UInt32 = 22
    private static let offsetMask: UInt32 = (1 << offsetBits) - 1
    /// Bits of the set that remembers long strings found clean once, and of the set of long strings kept.
    private static let seenBits = 1 << 18
    private static let keptBits = 1 << 18

    /// The long strings, each preceded by its length in two bytes (little-endian).
    private var arena: [UInt8] = []
    /// One slot per `UInt32`: 0 when empty, else a tag of the string's hash (its top 10 bits, never 0)
    /// above the string's offset in `arena` (22 bits). The hash's low bits pick the first slot.
    private var slots = [UInt32](repeating: 0, count: slotCount)
    private var count = 0
    /// The short strings' bytes, padded with zeros, and their lengths plus one (0
    /// for an empty slot). The hash's top bits pick the first slot.
    private var shortKeys = [UInt64](repeating: 0, count: 1 << shortSlotBits)
    private var shortLengths = [UInt8](repeating: 0, count: 1 << shortSlotBits)
    private var shortCount = 0
    /// Long strings found clean once, by bits of their hash; cleared when half full.
    private var seen = [UInt64](repeating: 0, count: seenBits / 64)
    private var seenCount = 0
    /// The long strings kept, by other bits of their hash: a string whose bit is clear is not kept.
    private var kept = [UInt64](repeating: 0, count: keptBits / 64)

    /// The hash `bytes` is looked up and inserted by, or `nil` when the string is too long to be kept
    /// (longer than `maximumStringLength`): computed once for the lookup and, when the string turns out
    /// clean, the insertion.
    static func cacheHash(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
        if bytes.count <= maximumShortLength { return shortHash(shortKey(bytes), count: bytes.count) }
        return bytes.count <= maximumStringLength ? hash(bytes) : nil
    }

    /// Whether `bytes`, whose `cacheHash(_:)` is `hash`, was found clean before (for a string longer
    /// than `maximumShortLength`, at least twice).
    func contains(_ bytes: UnsafeRawBufferPointer, hash: UInt64) -> Bool {
        assert(bytes.count <= Self.maximumStringLength, "the hash comes from cacheHash(_:)")
        if bytes.count <= Self.maximumShortLength { return shortSlot(Self.shortKey(bytes), bytes.count, hash: hash).found }
        let bit = Self.keptBit(hash)
        guard kept[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        return slot(of: bytes, hash: hash).found
    }

    /// Notes that `bytes`, whose `cacheHash(_:)` is `hash`, was found clean: a short string is kept at
    /// once, a longer one from the second time.
    mutating func insert(_ bytes: UnsafeRawBufferPointer, hash: UInt64) {
        assert(bytes.count <= Self.maximumStringLength, "the hash comes from cacheHash(_:)")
        if bytes.count <= Self.maximumShortLength {
            insertShort(Self.shortKey(bytes), bytes.count, hash: hash)
            return
        }
        guard seenBefore(hash) else { return }
        if arena.count + 2 + bytes.count > Self.maximumBytes || count + 1 > Self.maximumEntries { clear() }
        let (index, found) = slot(of: bytes, hash: hash)
        guard !found else { return }
        slots[index] = Self.tag(hash) << Self.offsetBits | UInt32(arena.count)
        arena.append(UInt8(truncatingIfNeeded: bytes.count))
        arena.append(UInt8(truncatingIfNeeded: bytes.count >> 8))
        arena.append(contentsOf: bytes)
        count += 1
        let bit = Self.keptBit(hash)
        kept[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The bit of `kept` for a long string: bits 28 to 45 of its hash (neither the slot's, the tag's
    /// nor `seen`'s).
    private static func keptBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> 28) & (keptBits - 1)
    }

    /// Whether a long string with this hash was noted clean before; notes it if not.
    private mutating func seenBefore(_ hash: UInt64) -> Bool {
        // Bits 10 to 27: neither the slot's (the lowest 16) nor the tag's (the top 10).
        let bit = Int(truncatingIfNeeded: hash >> 10) & (Self.seenBits - 1)
        let mask: UInt64 = 1 << UInt64(bit & 63)
        if seen[bit >> 6] & mask != 0 { return true }
        if seenCount >= Self.seenBits / 2 {
            seen.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            seenCount = 0
        }
        seen[bit >> 6] |= mask
        seenCount += 1
        return false
    }

    /// The bytes of a string of at most 8 bytes as one word, padded with zeros.
    private static func shortKey(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var key: UInt64 = 0
        withUnsafeMutableBytes(of: &key) { $0.copyMemory(from: bytes) }
        return key
    }

    /// The hash of a short string: its key and length, mixed.
    private static func shortHash(_ key: UInt64, count: Int) -> UInt64 {
        var hash = (key ^ UInt64(count) << 59) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 31
        return hash &* 0xBF58_476D_1CE4_E5B9
    }

    /// The short table's slot holding the string, or the empty slot where it would go.
    private func shortSlot(_ key: UInt64, _ length: Int, hash: UInt64) -> (index: Int, found: Bool) {
        let stored = UInt8(length + 1)
        return shortKeys.withUnsafeBufferPointer { keys in
            shortLengths.withUnsafeBufferPointer { lengths in
                let mask = (1 << Self.shortSlotBits) - 1
                var index = Int(truncatingIfNeeded: hash >> UInt64(64 - Self.shortSlotBits))
                while true {
                    let slotLength = lengths[index]
                    if slotLength == 0 { return (index, false) }
                    if slotLength == stored && keys[index] == key { return (index, true) }
                    index = (index + 1) & mask
                }
            }
        }
    }

    private mutating func insertShort(_ key: UInt64, _ length: Int, hash: UInt64) {
        if shortCount + 1 > Self.maximumShortEntries {
            shortLengths.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            shortCount = 0
        }
        let (index, found) = shortSlot(key, length, hash: hash)
        guard !found else { return }
        shortKeys[index] = key
        shortLengths[index] = UInt8(length + 1)
        shortCount += 1
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
        kept.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
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
