import Foundation

/// The tag or attribute names of a page, each kept once with what the tree needs to know of it.
///
/// A recording repeats a few dozen names on thousands of elements (`div`, `class`, `style`). Each
/// name is found here by its bytes as recorded, so that its ASCII lower-cased `String` is made, and
/// looked up in the watched names, once per distinct name rather than once per element or attribute.
/// The table is bounded: names longer than `maximumNameLength` bytes are not kept (they are lower-cased
/// and looked up each time), and it starts over when it holds `maximumEntries` names.
struct NameInterner {
    /// A name: lower-cased as HTML lower-cases tag and attribute names, and whether it is watched.
    struct Name {
        let lowered: String
        let isWatched: Bool
    }

    static let maximumNameLength = 64
    /// The most names kept before the table starts over, and its slots (twice as many).
    let maximumEntries: Int
    private let slotCount: Int

    /// The names that are watched (lower case); `nil` watches every name.
    private let watched: NameSet?
    /// The recorded bytes of the names kept, one after the other.
    private var arena: [UInt8] = []
    /// Per slot: 0 when empty, else the index of an entry plus one. The hash's low bits pick the slot.
    private var slots: [Int32]
    private var entries: [(offset: Int32, length: Int32, name: Name)] = []

    /// An interner for names watched when they are in `watched` (every name when `nil`), keeping at
    /// most `maximumEntries` names (tests make it small, so that names collide and it starts over).
    init(watched: NameSet?, maximumEntries: Int = 2048) {
        self.watched = watched
        self.maximumEntries = maximumEntries
        slotCount = 2 * maximumEntries
        slots = [Int32](repeating: 0, count: slotCount)
    }

    /// The name whose recorded bytes (UTF-8, any case; invalid UTF-8 is repaired) are `bytes`.
    mutating func name(_ bytes: UnsafeRawBufferPointer) -> Name {
        guard bytes.count <= Self.maximumNameLength else { return make(bytes) }
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        let mask = slotCount - 1
        var index = Int(hash) & mask
        while true {
            let slot = slots[index]
            if slot == 0 { break }
            let entry = entries[Int(slot) - 1]
            if Int(entry.length) == bytes.count && arena.withUnsafeBytes({ arena in
                bytes.count == 0 || memcmp(arena.baseAddress! + Int(entry.offset), bytes.baseAddress!, bytes.count) == 0
            }) {
                return entry.name
            }
            index = (index + 1) & mask
        }
        let name = make(bytes)
        if entries.count == maximumEntries {
            entries.removeAll(keepingCapacity: true)
            arena.removeAll(keepingCapacity: true)
            slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            index = Int(hash) & mask
        }
        entries.append((Int32(arena.count), Int32(bytes.count), name))
        arena.append(contentsOf: bytes)
        slots[index] = Int32(entries.count)
        return name
    }

    private func make(_ bytes: UnsafeRawBufferPointer) -> Name {
        let lowered = RebuiltTree.asciiLowercasedText(bytes)
        return Name(lowered: lowered, isWatched: watched.map { $0.contains(lowered) } ?? true)
    }
}
