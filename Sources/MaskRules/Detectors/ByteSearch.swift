/// Fast searches for the bytes that start a detector's work, eight bytes at a time (see
/// `WordLanes`). Text without the byte is skipped with one 64-bit load and a few arithmetic steps per
/// eight bytes, instead of eight compares and branches.
enum ByteSearch {
    /// The index of the first ASCII digit at or after `start`, or `bytes.count`.
    @inline(__always) static func firstDigit(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let digits = WordLanes.lanes(WordLanes.load(base, index), from: 0x30, through: 0x39)
                if digits != 0 { return index + digits.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count && !ASCII.isDigit(bytes[index]) { index += 1 }
        return index
    }

    /// The index of the first `byte` at or after `start`, or `bytes.count`.
    @inline(__always) static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let found = WordLanes.lanes(WordLanes.load(base, index), equalTo: byte)
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count && bytes[index] != byte { index += 1 }
        return index
    }

    /// The index of the first `first`, `second` or `third` at or after `start`, or `bytes.count`.
    @inline(__always) static func first(
        _ first: UInt8, or second: UInt8, or third: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let word = WordLanes.load(base, index)
                let found = WordLanes.lanes(word, equalTo: first) | WordLanes.lanes(word, equalTo: second)
                    | WordLanes.lanes(word, equalTo: third)
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count && bytes[index] != first && bytes[index] != second && bytes[index] != third { index += 1 }
        return index
    }

    /// The index of the first byte from `lower` through `upper` (ASCII) at or after `start`, or
    /// `bytes.count`: one range test per eight bytes, for bytes that lie close together (`:`, `;`,
    /// `<`, `=`), where a test for each costs more than passing over the few others in the range.
    @inline(__always) static func first(
        from lower: UInt8, through upper: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let found = WordLanes.lanes(WordLanes.load(base, index), from: lower, through: upper)
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count && !(bytes[index] >= lower && bytes[index] <= upper) { index += 1 }
        return index
    }

    /// The index of the last `byte` before `end` and at or after `lowest`, or -1.
    @inline(__always) static func last(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, before end: Int, notBefore lowest: Int) -> Int {
        var index = end
        if let base = bytes.baseAddress {
            while index - 8 >= lowest {
                let found = WordLanes.lanes(WordLanes.load(base, index - 8), equalTo: byte)
                if found != 0 { return index - 8 + (63 - found.leadingZeroBitCount) / 8 }
                index -= 8
            }
        }
        while index > lowest {
            index -= 1
            if bytes[index] == byte { return index }
        }
        return -1
    }
}
