/// The slots of a page's nodes by recorded id.
///
/// The tracker numbers a page's nodes from 0 upwards, so ids below `denseLimit` are looked up in an
/// array; larger ids (a hostile or unusual recording) in a dictionary.
struct NodeIndex {
    /// Ids below this go to the array, which grows to at most this many entries (16 MB).
    static let denseLimit: UInt64 = 1 << 22

    private var dense: [Int32] = []
    private var sparse: [UInt64: Int32] = [:]

    /// The slot of `id`, or `nil`.
    subscript(id: UInt64) -> Int32? {
        get {
            if id < Self.denseLimit {
                let index = Int(id)
                guard index < dense.count else { return nil }
                let slot = dense[index]
                return slot < 0 ? nil : slot
            }
            return sparse[id]
        }
        set {
            if id < Self.denseLimit {
                let index = Int(id)
                if index >= dense.count {
                    guard newValue != nil else { return }
                    dense += Array(repeating: -1, count: max(index + 1 - dense.count, dense.count))
                }
                dense[index] = newValue ?? -1
            } else {
                sparse[id] = newValue
            }
        }
    }

    /// Forgets every id.
    mutating func removeAll() {
        for index in dense.indices { dense[index] = -1 }
        sparse.removeAll()
    }
}
