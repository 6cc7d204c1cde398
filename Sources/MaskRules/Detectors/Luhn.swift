/// The Luhn (mod 10) check digit test that every payment card number passes.
enum Luhn {
    /// Whether `digits` (values 0–9, most significant first) pass the Luhn test.
    static func isValid(_ digits: some Collection<UInt8>) -> Bool {
        var sum = 0
        var doubled = false
        for digit in digits.reversed() {
            var value = Int(digit)
            if doubled {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
            doubled.toggle()
        }
        return sum % 10 == 0
    }

    /// Whether the ASCII digits in `bytes[range]` pass the Luhn test; other bytes are skipped.
    static func isValid(digitsIn bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var sum = 0
        var doubled = false
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            let byte = bytes[index]
            guard ASCII.isDigit(byte) else { continue }
            var value = Int(byte &- 0x30)
            if doubled {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
            doubled.toggle()
        }
        return sum % 10 == 0
    }
}
