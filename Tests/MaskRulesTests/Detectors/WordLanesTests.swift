import Testing
@testable import MaskRules

/// The quick word tests that the view-trigger search makes first let through every word that the
/// exact tests would take.
@Suite struct WordLanesTests {
    /// Words of every byte value in every lane, next to bytes that are and are not triggers or base64.
    static func words() -> [UInt64] {
        var words: [UInt64] = []
        for byte in 0...255 {
            for filler in [0x41, 0x20, 0x25, 0x5C, 0x2B, 0x7A, 0x80] as [UInt64] {
                for lane in 0..<8 {
                    var word: UInt64 = 0
                    for other in 0..<8 { word |= (other == lane ? UInt64(byte) : filler) << (8 * other) }
                    words.append(word)
                }
            }
        }
        return words
    }

    @Test func possibleTriggerLanesHoldEveryTriggerLane() {
        for word in Self.words() {
            let exact = WordLanes.triggerLanes(word)
            #expect(exact & ~WordLanes.possibleTriggerLanes(word) == 0, "\(String(word, radix: 16))")
        }
    }

    @Test func everyBase64WordMayBeBase64() {
        var base64Words = 0
        for word in Self.words() where WordLanes.base64Lanes(word) == WordLanes.highBits {
            #expect(WordLanes.mayBeBase64(word), "\(String(word, radix: 16))")
            base64Words += 1
        }
        #expect(base64Words > 100)
    }
}
