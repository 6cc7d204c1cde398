/// A detector whose values are found from the digits of a text (card numbers, SSNs, phone numbers,
/// IBANs): it looks at each digit where its walk stands and says where the walk goes on. Written as
/// one step, several such detectors share one walk over the digits (`DigitRunWalk`), which is how
/// `ValueScanner` runs them, instead of each searching the text for digits again.
protocol DigitRunDetector: ValueDetector {
    /// The digit runs where a value can start; the walk steps only at the start of these runs.
    var runSelection: DigitRunSelection { get }

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

extension DigitRunDetector {
    /// The values in `bytes`, by the shared walk for this detector alone.
    func digitWalkMatches(in bytes: UnsafeBufferPointer<UInt8>) -> [DetectorMatch] {
        DigitRunWalk.matches(of: [self], in: bytes)[0]
    }
}

/// Runs several `DigitRunDetector`s over the digit runs of a text, found in one search for all of them.
///
/// Each detector walks the list of the runs it selects, stepping at the start of each run that
/// begins where it stands or after; the text is searched for digits, and each digit run measured,
/// once for all of them. A detector alone runs this walk for a group of one (`digitWalkMatches`).
enum DigitRunWalk {
    /// The values each of `detectors` finds in `bytes`, in the order of `detectors`.
    static func matches(of detectors: [any DigitRunDetector], in bytes: UnsafeBufferPointer<UInt8>) -> [[DetectorMatch]] {
        let runs = digitRuns(in: bytes)
        // The selections, in one pass over the runs.
        var outsideWords: [Range<Int>] = []
        var afterTwoLetters: [Range<Int>] = []
        outsideWords.reserveCapacity(runs.count)
        for run in runs {
            if DigitRunSelection.outsideWords.selects(run, in: bytes) {
                outsideWords.append(run)
            } else if DigitRunSelection.afterTwoLetters.selects(run, in: bytes) {
                afterTwoLetters.append(run)
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

    /// The runs of ASCII digits in `bytes`, in order, found 64 bytes at a time: a mask with one bit
    /// per digit, whose rising and falling edges are where runs start and end. Logs and JSON hold a
    /// digit run every dozen bytes (timestamps, ids, UUIDs), so this is cheaper than a search for the
    /// next digit and a byte-by-byte walk to the end of each run.
    static func digitRuns(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
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
                        runs.append(runStart..<position)
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
                runs.append(runStart..<index)
                runStart = -1
            }
        }
        if runStart >= 0 { runs.append(runStart..<count) }
        return runs
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
