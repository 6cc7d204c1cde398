/// A set of tag or attribute names that every element or attribute of a page is checked against.
///
/// Nearly every name asked about is not in the set (`class`, `style`, `div` against the names a rule
/// set's selectors test), and a `Set<String>` lookup hashes the whole name. A 256-bit filter on each
/// name's length and first and last bytes answers most of those "no"s first; the set decides the rest.
struct NameSet: Sendable {
    private let names: Set<String>
    private let filter: [UInt64]

    /// A set of `names`.
    init(_ names: Set<String>) {
        self.names = names
        var filter = [UInt64](repeating: 0, count: 4)
        for name in names {
            let key = Self.key(name)
            filter[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.filter = filter
    }

    /// Whether `name` is in the set.
    func contains(_ name: String) -> Bool {
        let key = Self.key(name)
        guard filter[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return false }
        return names.contains(name)
    }

    /// The name's filter bit, 0..<256.
    private static func key(_ name: String) -> Int {
        let utf8 = name.utf8
        return (utf8.count &* 31 &+ Int(utf8.first ?? 0) &* 7 &+ Int(utf8.last ?? 0)) & 255
    }
}
