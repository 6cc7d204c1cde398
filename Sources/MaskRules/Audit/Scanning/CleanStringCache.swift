import Foundation

/// The strings of a session already scanned and found clean (no detected value, no canary), so that
/// the class names, style values and URLs a page repeats thousands of times are scanned once.
///
/// Strings are compared byte for byte: a hash only picks the slot. The cache holds at most
/// `maximumBytes` of strings and `maximumEntries` entries, and starts over when either is reached, so
/// it is bounded whatever the session; strings longer than `maximumStringLength` are not kept.
struct CleanStringCache {
    static let maximumStringLength = 2048
    static let maximumBytes = 4 << 20
    /// Small enough for the table to stay in the processor's cache: a lookup that misses the cache
    /// costs more than scanning a short string.
    static let maximumEntries = 1 << 15
    private static let initialSlots = 1 << 10

    /// One slot: the string's hash (0 for an empty slot), its offset in `arena` and its length.
    private struct Entry {
        var hash: UInt64
        var offset: UInt32
        var length: UInt32
    }

    private var arena: [UInt8] = []
    private var entries = [Entry](repeating: Entry(hash: 0, offset: 0, length: 0), count: initialSlots)
    private var count = 0

    /// Whether `bytes` was found clean before.
    func contains(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count <= Self.maximumStringLength else { return false }
        return slot(of: bytes, hash: Self.hash(bytes)).found
    }

    /// Remembers that `bytes` is clean.
    mutating func insert(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count <= Self.maximumStringLength else { return }
        if arena.count + bytes.count > Self.maximumBytes || count + 1 > Self.maximumEntries { clear() }
        if (count + 1) * 2 > entries.count { grow() }
        let hash = Self.hash(bytes)
        let (index, found) = slot(of: bytes, hash: hash)
        guard !found else { return }
        entries[index] = Entry(hash: hash, offset: UInt32(arena.count), length: UInt32(bytes.count))
        arena.append(contentsOf: bytes)
        count += 1
    }

    /// The slot holding `bytes`, or the empty slot where it would go.
    private func slot(of bytes: UnsafeRawBufferPointer, hash: UInt64) -> (index: Int, found: Bool) {
        entries.withUnsafeBufferPointer { entries in
            let mask = entries.count - 1
            var index = Int(truncatingIfNeeded: hash >> 7) & mask
            while entries[index].hash != 0 {
                let entry = entries[index]
                if entry.hash == hash && Int(entry.length) == bytes.count && equal(entry, bytes) { return (index, true) }
                index = (index + 1) & mask
            }
            return (index, false)
        }
    }

    private func equal(_ entry: Entry, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        return arena.withUnsafeBytes { stored in memcmp(stored.baseAddress! + Int(entry.offset), base, bytes.count) == 0 }
    }

    private mutating func clear() {
        arena.removeAll(keepingCapacity: true)
        entries = [Entry](repeating: Entry(hash: 0, offset: 0, length: 0), count: Self.initialSlots)
        count = 0
    }

    private mutating func grow() {
        let old = entries
        entries = [Entry](repeating: Entry(hash: 0, offset: 0, length: 0), count: old.count * 2)
        let mask = entries.count - 1
        for entry in old where entry.hash != 0 {
            var index = Int(truncatingIfNeeded: entry.hash >> 7) & mask
            while entries[index].hash != 0 { index = (index + 1) & mask }
            entries[index] = entry
        }
    }

    /// A fast 64-bit hash of the bytes, eight at a time, never 0 (not for security: the comparison is
    /// exact).
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
        return hash == 0 ? 1 : hash
    }
}
