/// An immutable block of decoded recording bytes that `RecordedString`s point into.
///
/// Invariants: the memory is allocated and filled in `init` and never written again, and it is freed
/// in `deinit` when the last message or string that refers to it is gone. That makes sharing it
/// between threads safe, hence `@unchecked Sendable`. Blocks are at most `Int32.max` bytes, so that
/// a `RecordedString` can hold its range in two `UInt32`s.
@usableFromInline
final class RecordingBytes: @unchecked Sendable {
    /// The first byte; valid for `count` bytes while the block is alive.
    @usableFromInline let base: UnsafeRawPointer
    /// The number of bytes.
    @usableFromInline let count: Int

    /// The largest block this type holds.
    static let maximumCount = Int(Int32.max)

    /// Creates a block holding `prefix` followed by `suffix`, either of which may be empty.
    init(_ prefix: UnsafeRawBufferPointer, _ suffix: UnsafeRawBufferPointer) {
        let total = prefix.count + suffix.count
        precondition(total <= Self.maximumCount, "recording block too large")
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(total, 1), alignment: 16)
        if let source = prefix.baseAddress, prefix.count > 0 {
            memory.copyMemory(from: source, byteCount: prefix.count)
        }
        if let source = suffix.baseAddress, suffix.count > 0 {
            (memory + prefix.count).copyMemory(from: source, byteCount: suffix.count)
        }
        base = UnsafeRawPointer(memory)
        count = total
    }

    /// Creates a block holding a copy of `bytes`.
    convenience init(copying bytes: UnsafeRawBufferPointer) {
        self.init(bytes, UnsafeRawBufferPointer(start: nil, count: 0))
    }

    /// The `count` bytes from `offset`, which must lie inside the block.
    @inlinable
    func buffer(offset: Int, count: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + offset, count: count)
    }

    deinit {
        UnsafeMutableRawPointer(mutating: base).deallocate()
    }
}
