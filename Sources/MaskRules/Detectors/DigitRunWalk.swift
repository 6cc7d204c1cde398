/// A detector whose values are found from the digits of a text (card numbers, SSNs, phone numbers,
/// IBANs): it looks at each digit where its walk stands and says where the walk goes on. Written as
/// one step, several such detectors share one walk over the digits (`DigitRunWalk`), which is how
/// `ValueScanner` runs them, instead of each searching the text for digits again.
protocol DigitRunDetector: ValueDetector {
    /// The digit runs where a value can start; the walk steps only at the start of these runs.
    var runSelection: DigitRunSelection { get }

    /// The selected runs at which `step` may find a value; at any other run it finds nothing and
    /// returns the run's end, so the walk does not step there. (`DigitRunFilter.all` unless given.)
    var runFilter: DigitRunFilter { get }

    /// The values in `bytes`, whose digit runs selected by `runSelection` are `runs`, in order. (A
    /// requirement, so that each detector's walk is compiled for it and its steps are direct calls.)
    func matches(in bytes: UnsafeBufferPointer<UInt8>, runs: UnsafeBufferPointer<Range<Int>>) -> [DetectorMatch]

    /// Looks at the digit run `digit..<runEnd`, which `runSelection` selects and which starts at or
    /// after where the walk stands; appends the value found there, if any, to `matches` (the values
    /// found so far, in order), and returns where the walk goes on, always after `digit`. (A digit
    /// inside a run stands right after a digit, so no value starts there: the walk skips such digits.)
    func step(atDigit digit: Int, runEnd: Int, in bytes: UnsafeBufferPointer<UInt8>, matches: inout [DetectorMatch]) -> Int
}

/// Which digit runs a `DigitRunDetector` needs to see.
enum DigitRunSelection: Sendable {
    /// Runs that do not stand right after a letter, digit or `_` (no card number, SSN or phone number
    /// starts inside a word; a quarter of the runs in logs do: hex ids, UUIDs, `v2`).
    case outsideWords
    /// Runs right after two letters (an IBAN's country code).
    case afterTwoLetters

    /// Whether the run `run` of `bytes` is selected.
    @inline(__always) func selects(_ run: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .outsideWords: !ASCII.isWordByte(ASCII.byte(bytes, run.lowerBound - 1))
        case .afterTwoLetters: ASCII.isLetter(ASCII.byte(bytes, run.lowerBound - 1)) && ASCII.isLetter(ASCII.byte(bytes, run.lowerBound - 2))
        }
    }
}

/// The digit runs at which a `DigitRunDetector` may find a value, by the run's length and the bytes
/// around it: a superset of the runs at which its `step` does more than return the run's end. Written
/// as data, so that the shared walk tests the filters of all its detectors as one (`union`) while it
/// finds the runs, and lists only the runs some detector may find a value at: in logs most runs are
/// parts of timestamps, ids and versions that no detector's first test lets through.
struct DigitRunFilter: Sendable, Equatable {
    /// Run lengths taken, a bit per length (bit 63: 63 digits or more).
    var lengths: UInt64 = 0
    /// Runs right after one of these bytes are taken, whatever their length (a bit per byte; bytes
    /// from 1 to 63 only).
    var bytesBefore: UInt64 = 0
    /// Runs followed by one of these bytes and then a digit are taken (bytes from 1 to 63).
    var separatorsBeforeDigit: UInt64 = 0
    /// Runs of one digit followed by one of these bytes are taken (bytes from 1 to 63).
    var separatorsAfterOneDigit: UInt64 = 0
    /// Runs that start with `00` are taken.
    var callPrefix = false
    /// Runs right after one of these bytes, itself right after a digit, are not taken, whatever
    /// else is said above: they continue a longer number (`2024-01`, `13.123`). Bytes from 1 to 63.
    var joinersAfterDigit: UInt64 = 0

    /// Takes every run.
    static let all = DigitRunFilter(lengths: ~0)

    /// A bit for each of `bytes` (each from 1 to 63).
    static func mask(_ bytes: String) -> UInt64 {
        bytes.utf8.reduce(0) { mask, byte in
            precondition(byte > 0 && byte < 64, "a filter byte must be from 1 to 63")
            return mask | 1 << UInt64(byte)
        }
    }

    /// A bit for each of `lengths` (from 1 to 63).
    static func lengths(_ lengths: [Int]) -> UInt64 {
        lengths.reduce(0) { $0 | 1 << UInt64($1) }
    }

    /// The bits of the lengths `minimum` and more.
    static func lengths(atLeast minimum: Int) -> UInt64 {
        ~0 << UInt64(minimum)
    }

    /// The filter that takes the runs either takes.
    func union(_ other: DigitRunFilter) -> DigitRunFilter {
        DigitRunFilter(
            lengths: lengths | other.lengths, bytesBefore: bytesBefore | other.bytesBefore,
            separatorsBeforeDigit: separatorsBeforeDigit | other.separatorsBeforeDigit,
            separatorsAfterOneDigit: separatorsAfterOneDigit | other.separatorsAfterOneDigit,
            callPrefix: callPrefix || other.callPrefix, joinersAfterDigit: joinersAfterDigit & other.joinersAfterDigit)
    }

    /// Whether the run `start..<end`, after the byte `before` (0 at the start of `bytes`), is taken.
    @inline(__always) func takes(_ start: Int, _ end: Int, before: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if before < 64 && joinersAfterDigit >> UInt64(before) & 1 != 0 && ASCII.isDigit(ASCII.byte(bytes, start - 2)) { return false }
        let length = end - start
        if lengths >> UInt64(min(length, 63)) & 1 != 0 { return true }
        if before < 64 && bytesBefore >> UInt64(before) & 1 != 0 { return true }
        let after = ASCII.byte(bytes, end)
        if after < 64 {
            if separatorsBeforeDigit >> UInt64(after) & 1 != 0 && ASCII.isDigit(ASCII.byte(bytes, end + 1)) { return true }
            if length == 1 && separatorsAfterOneDigit >> UInt64(after) & 1 != 0 { return true }
        }
        return callPrefix && length >= 2 && bytes[start] == UInt8(ascii: "0") && bytes[start + 1] == UInt8(ascii: "0")
    }
}

extension DigitRunDetector {
    /// Every selected run.
    var runFilter: DigitRunFilter { .all }

    /// The values in `bytes`, by the shared walk for this detector alone.
    func digitWalkMatches(in bytes: UnsafeBufferPointer<UInt8>) -> [DetectorMatch] {
        DigitRunWalk.matches(of: [self], in: bytes)[0]
    }
}

/// Runs several `DigitRunDetector`s over the digit runs of a text, found in one search for all of them.
///
/// Each detector walks the list of the runs it selects, stepping at the start of each run that
/// begins where it stands or after; the text is searched for digits, each digit run measured and
/// tested against the detectors' selections and filters, once for all of them. A detector alone runs
/// this walk for a group of one (`digitWalkMatches`).
enum DigitRunWalk {
    /// The values each of `detectors` finds in `bytes`, in the order of `detectors`.
    static func matches(of detectors: [any DigitRunDetector], in bytes: UnsafeBufferPointer<UInt8>) -> [[DetectorMatch]] {
        // The runs each selection lists: those that the filter of some detector with that selection takes.
        var outsideWordsFilter = DigitRunFilter()
        var afterTwoLettersFilter = DigitRunFilter()
        for detector in detectors {
            switch detector.runSelection {
            case .outsideWords: outsideWordsFilter = outsideWordsFilter.union(detector.runFilter)
            case .afterTwoLetters: afterTwoLettersFilter = afterTwoLettersFilter.union(detector.runFilter)
            }
        }
        var outsideWords: [Range<Int>] = []
        var afterTwoLetters: [Range<Int>] = []
        outsideWords.reserveCapacity(bytes.count / 32 + 16)
        forEachDigitRun(in: bytes) { start, end in
            let before = ASCII.byte(bytes, start - 1)
            if !ASCII.isWordByte(before) {
                if outsideWordsFilter.takes(start, end, before: before, in: bytes) { outsideWords.append(start..<end) }
            } else if ASCII.isLetter(before) && ASCII.isLetter(ASCII.byte(bytes, start - 2)) {
                if afterTwoLettersFilter.takes(start, end, before: before, in: bytes) { afterTwoLetters.append(start..<end) }
            }
        }
        return detectors.map { detector in
            let selected = switch detector.runSelection {
            case .outsideWords: outsideWords
            case .afterTwoLetters: afterTwoLetters
            }
            return selected.withUnsafeBufferPointer { detector.matches(in: bytes, runs: $0) }
        }
    }

    /// The runs of ASCII digits in `bytes`, in order (`forEachDigitRun`).
    static func digitRuns(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        forEachDigitRun(in: bytes) { runs.append($0..<$1) }
        return runs
    }

    /// Calls `body` with the start and end of each run of ASCII digits in `bytes`, in order, found 64
    /// bytes at a time: a mask with one bit per digit, whose rising and falling edges are where runs
    /// start and end. Logs and JSON hold a digit run every dozen bytes (timestamps, ids, UUIDs), so
    /// this is cheaper than a search for the next digit and a byte-by-byte walk to the end of each run.
    @inline(__always) static func forEachDigitRun(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        let count = bytes.count
        var runStart = -1
        var block = 0
        if let base = bytes.baseAddress {
            var previousLast: UInt64 = 0
            while block + 64 <= count {
                var mask: UInt64 = 0
                for lane in 0..<8 {
                    let digits = WordLanes.lanes(WordLanes.load(base, block + lane * 8), from: 0x30, through: 0x39)
                    // The lanes' high bits (bits 7, 15, … 63) gathered into the top byte, in order.
                    mask |= (((digits >> 7) &* 0x0102_0408_1020_4080) >> 56) << (lane * 8)
                }
                let shifted = mask << 1 | previousLast
                // Runs start and end alternately, so the edges in order are a start, an end, a start…
                var edges = (mask & ~shifted) | (~mask & shifted)
                while edges != 0 {
                    let position = block + edges.trailingZeroBitCount
                    if runStart < 0 {
                        runStart = position
                    } else {
                        body(runStart, position)
                        runStart = -1
                    }
                    edges &= edges &- 1
                }
                previousLast = mask >> 63
                block += 64
            }
        }
        for index in block..<count {
            if ASCII.isDigit(bytes[index]) {
                if runStart < 0 { runStart = index }
            } else if runStart >= 0 {
                body(runStart, index)
                runStart = -1
            }
        }
        if runStart >= 0 { body(runStart, count) }
    }
}

extension DigitRunDetector {
    func matches(in bytes: UnsafeBufferPointer<UInt8>, runs: UnsafeBufferPointer<Range<Int>>) -> [DetectorMatch] {
        var result: [DetectorMatch] = []
        var position = 0
        for run in runs where run.lowerBound >= position {
            position = step(atDigit: run.lowerBound, runEnd: run.upperBound, in: bytes, matches: &result)
        }
        return result
    }
}
