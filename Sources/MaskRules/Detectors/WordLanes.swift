/// Byte tests on eight bytes at once (SWAR): each returns a word whose lane's high bit is set where
/// the byte passes. Lanes never carry into one another.
enum WordLanes {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    @inline(__always) static func load(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// High bit set in each lane that is zero.
    @inline(__always) static func zeroLanes(_ word: UInt64) -> UInt64 {
        ~(((word & lowBits) &+ lowBits) | word | lowBits)
    }

    /// High bit set in each lane equal to `byte`.
    @inline(__always) static func lanes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroLanes(word ^ (ones &* UInt64(byte)))
    }

    /// High bit set in each ASCII lane at least `bound` (for `bound` up to 0x80).
    @inline(__always) private static func lanes(_ low: UInt64, atLeast bound: UInt8) -> UInt64 {
        (low &+ ones &* UInt64(0x80 - bound)) & highBits
    }

    /// High bit set in each lane in `lower...upper` (ASCII only).
    @inline(__always) static func lanes(_ word: UInt64, from lower: UInt8, through upper: UInt8) -> UInt64 {
        let low = word & lowBits
        return lanes(low, atLeast: lower) & ~lanes(low, atLeast: upper + 1) & ~word & highBits
    }

    /// Lanes holding `%`, `\`, `&` or `+`: the bytes that start an encoding.
    @inline(__always) static func triggerLanes(_ word: UInt64) -> UInt64 {
        lanes(word, equalTo: UInt8(ascii: "%")) | lanes(word, equalTo: UInt8(ascii: "\\"))
            | lanes(word, equalTo: UInt8(ascii: "&")) | lanes(word, equalTo: UInt8(ascii: "+"))
    }

    /// Lanes holding a byte from `%` to `+` (`%`, `&`, `'`, `(`, `)`, `*`, `+`) or `\`: every lane
    /// `triggerLanes` sets and a few more, in fewer steps.
    @inline(__always) static func possibleTriggerLanes(_ word: UInt64) -> UInt64 {
        lanes(word, from: UInt8(ascii: "%"), through: UInt8(ascii: "+")) | lanes(word, equalTo: UInt8(ascii: "\\"))
    }

    /// Whether every lane holds a byte from `+` to `z`, as every base64 byte is: a quick test before
    /// `base64Lanes`, which most words of text fail on a space, quote or other punctuation.
    @inline(__always) static func mayBeBase64(_ word: UInt64) -> Bool {
        lanes(word, from: UInt8(ascii: "+"), through: UInt8(ascii: "z")) == highBits
    }

    /// Lanes holding a byte of either base64 alphabet: letters, digits, `+`, `/`, `-`, `_`.
    @inline(__always) static func base64Lanes(_ word: UInt64) -> UInt64 {
        lanes(word, from: 0x30, through: 0x39) | lanes(word, from: 0x41, through: 0x5A) | lanes(word, from: 0x61, through: 0x7A)
            | lanes(word, equalTo: UInt8(ascii: "+")) | lanes(word, equalTo: UInt8(ascii: "/"))
            | lanes(word, equalTo: UInt8(ascii: "-")) | lanes(word, equalTo: UInt8(ascii: "_"))
    }

    /// Whether `byte` belongs to either base64 alphabet.
    @inline(__always) static func isBase64Byte(_ byte: UInt8) -> Bool {
        ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_")
    }
}
