import Testing
@testable import MaskRules

/// OpenReplay's wire primitives, read with bounds checks.
@Suite struct PrimitiveTests {
    private func cursor<Result>(_ bytes: [UInt8], end: Int? = nil, maximumStringLength: Int = 1 << 20,
                                _ read: (inout ByteCursor) throws(DecodeFailure) -> Result) -> Result? {
        let block = bytes.withUnsafeBytes { RecordingBytes(copying: $0) }
        var cursor = ByteCursor(storage: block, position: 0, end: end ?? bytes.count, maximumStringLength: maximumStringLength)
        return withExtendedLifetime(block) { try? read(&cursor) }
    }

    private func failure(_ bytes: [UInt8], end: Int? = nil, maximumStringLength: Int = 1 << 20,
                         _ read: (inout ByteCursor) throws(DecodeFailure) -> Void) -> DecodeFailure? {
        let block = bytes.withUnsafeBytes { RecordingBytes(copying: $0) }
        var cursor = ByteCursor(storage: block, position: 0, end: end ?? bytes.count, maximumStringLength: maximumStringLength)
        return withExtendedLifetime(block) {
            do throws(DecodeFailure) {
                try read(&cursor)
                return nil
            } catch {
                return error
            }
        }
    }

    @Test(arguments: [UInt64(0), 1, 127, 128, 300, 16_383, 16_384, 1 << 35, 1 << 56, 1 << 63, .max])
    func uintRoundTrip(value: UInt64) {
        var bytes: [UInt8] = []
        RecordingEncoder.appendUInt(value, to: &bytes)
        #expect(cursor(bytes) { (c: inout ByteCursor) throws(DecodeFailure) in try c.uint() } == value)
        #expect(bytes.count == max(1, (64 - value.leadingZeroBitCount + 6) / 7))
    }

    @Test(arguments: [Int64(0), 1, -1, 63, -64, 64, -65, .max, .min])
    func intRoundTrip(value: Int64) {
        var bytes: [UInt8] = []
        RecordingEncoder.appendInt(value, to: &bytes)
        #expect(cursor(bytes) { (c: inout ByteCursor) throws(DecodeFailure) in try c.int() } == value)
    }

    @Test func zigZagMatchesTheReference() {
        var bytes: [UInt8] = []
        for value: Int64 in [0, -1, 1, -2, 2] { RecordingEncoder.appendInt(value, to: &bytes) }
        #expect(bytes == [0, 1, 2, 3, 4])
    }

    @Test func varintFaults() {
        #expect(failure([0x80, 0x80]) { (c: inout ByteCursor) throws(DecodeFailure) in _ = try c.uint() } == .endOfData(at: 0))
        #expect(failure([]) { (c: inout ByteCursor) throws(DecodeFailure) in _ = try c.uint() } == .endOfData(at: 0))
        #expect(failure([UInt8](repeating: 0x80, count: 10) + [0]) { (c: inout ByteCursor) throws(DecodeFailure) in
            _ = try c.uint()
        } == .varintTooLong(at: 0))
        #expect(failure([UInt8](repeating: 0xFF, count: 9) + [0x7F]) { (c: inout ByteCursor) throws(DecodeFailure) in
            _ = try c.uint()
        } == .varintOverflow(at: 0))
        // The bound, not the block, limits a read.
        #expect(failure([0x81, 0x01], end: 1) { (c: inout ByteCursor) throws(DecodeFailure) in _ = try c.uint() }
                == .endOfData(at: 0))
    }

    @Test func stringBounds() {
        #expect(failure([5, 0x61, 0x62]) { (c: inout ByteCursor) throws(DecodeFailure) in _ = try c.string() }
                == .lengthPastEnd(length: 5, available: 2, at: 0))
        #expect(failure([5, 0x61, 0x62, 0x63, 0x64, 0x65], maximumStringLength: 4) { (c: inout ByteCursor) throws(DecodeFailure) in
            _ = try c.string()
        } == .stringTooLong(length: 5, at: 0))
        var huge: [UInt8] = []
        RecordingEncoder.appendUInt(.max, to: &huge)
        #expect(failure(huge) { (c: inout ByteCursor) throws(DecodeFailure) in _ = try c.string() }
                == .stringTooLong(length: .max, at: 0))
        let range = cursor([2, 0x61, 0x62, 9]) { (c: inout ByteCursor) throws(DecodeFailure) in try c.string() }
        #expect(range == StringRange(offset: 1, count: 2))
    }

    @Test func booleansAndSizes() {
        #expect(cursor([1]) { (c: inout ByteCursor) throws(DecodeFailure) in try c.bool() } == true)
        #expect(cursor([0]) { (c: inout ByteCursor) throws(DecodeFailure) in try c.bool() } == false)
        #expect(failure([2]) { (c: inout ByteCursor) throws(DecodeFailure) in _ = try c.bool() } == .invalidBoolean(2, at: 0))
        #expect(cursor([0x01, 0x02, 0x03]) { (c: inout ByteCursor) throws(DecodeFailure) in try c.messageSize() } == 0x030201)
        #expect(failure([0x01, 0x02]) { (c: inout ByteCursor) throws(DecodeFailure) in _ = try c.messageSize() } == .endOfData(at: 0))
        #expect(cursor([1, 0, 0, 0, 0, 0, 0, 0x80]) { (c: inout ByteCursor) throws(DecodeFailure) in try c.recordIndex() }
                == UInt64(1) | 1 << 63)
        #expect(failure([1, 0, 0]) { (c: inout ByteCursor) throws(DecodeFailure) in _ = try c.recordIndex() } == .endOfData(at: 0))
    }

    @Test func limitsAreClamped() {
        let limits = RecordingLimits(maximumDecompressedSize: -5, maximumMessageSize: .max, maximumStringLength: 0)
        #expect(limits.maximumDecompressedSize == 1)
        #expect(limits.maximumMessageSize == RecordingLimits.ceiling)
        #expect(limits.maximumStringLength == 1)
    }
}
