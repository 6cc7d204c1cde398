/// Decoded text built from parts of an original text, with a map from every decoded byte back to the
/// original bytes it came from.
///
/// A view is built only for the regions of the original that hold something to decode, one region
/// after another, separated by a line feed that maps to an empty range. Detectors run on `bytes`;
/// `originalRange(of:)` turns what they find into a range of the original text.
///
/// The map is a list of segments, so that copying unchanged text costs a `memcpy` and one entry: a
/// verbatim segment maps its bytes one to one onto consecutive original bytes; a decoded segment maps
/// all its bytes (the UTF-8 of one decoded character, or one base64 group) onto the whole escape.
struct DecodedView {
    /// One stretch of the view and where it came from.
    private struct Segment {
        /// The first view byte of the segment; the segment runs to the next segment's start.
        var viewStart: Int
        /// The first original byte.
        var originalStart: Int
        /// For decoded segments, the end of the original bytes; for verbatim ones, unused.
        var originalEnd: Int
        var isVerbatim: Bool
    }

    /// The encoding this view undoes.
    let encoding: ValueEncoding
    /// The decoded bytes.
    private(set) var bytes: [UInt8] = []
    private var segments: [Segment] = []

    init(encoding: ValueEncoding) {
        self.encoding = encoding
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends `source[range]` unchanged; `source` is in original coordinates.
    mutating func appendVerbatim(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if let last = segments.last, last.isVerbatim,
            last.originalStart + (bytes.count - last.viewStart) == range.lowerBound
        {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
            return
        }
        segments.append(Segment(viewStart: bytes.count, originalStart: range.lowerBound, originalEnd: 0, isVerbatim: true))
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
    }

    /// Appends decoded bytes that all came from the original bytes `source`.
    mutating func appendDecoded(_ decoded: some Collection<UInt8>, from source: Range<Int>) {
        segments.append(
            Segment(viewStart: bytes.count, originalStart: source.lowerBound, originalEnd: source.upperBound, isVerbatim: false))
        bytes.append(contentsOf: decoded)
    }

    /// Appends the UTF-8 form of a decoded character that came from the original bytes `source`.
    mutating func append(_ scalar: Unicode.Scalar, from source: Range<Int>) {
        segments.append(
            Segment(viewStart: bytes.count, originalStart: source.lowerBound, originalEnd: source.upperBound, isVerbatim: false))
        UTF8.encode(scalar) { bytes.append($0) }
    }

    /// Ends a region: a line feed, so that no match runs from one region into the next.
    mutating func endRegion() {
        let end = bytes.isEmpty ? 0 : origin(ofByte: bytes.count - 1).upperBound
        appendDecoded(CollectionOfOne(UInt8(ascii: "\n")), from: end..<end)
    }

    /// The original bytes that the view byte at `index` came from.
    func origin(ofByte index: Int) -> Range<Int> {
        origin(ofByte: index, in: segments[segment(holding: index)])
    }

    /// The index of the segment that holds the view byte at `index`, by a binary search.
    private func segment(holding index: Int) -> Int {
        var low = 0
        var high = segments.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if segments[middle].viewStart <= index { low = middle } else { high = middle }
        }
        return low
    }

    /// The original bytes that the view byte at `index` came from, for a caller that asks about
    /// positions in increasing order: `segment` is the index of the segment found last time, and the
    /// search walks on from there (a position before it falls back to a binary search).
    func origin(ofByte index: Int, walkingFrom segment: inout Int) -> Range<Int> {
        if segment >= segments.count || segments[segment].viewStart > index {
            segment = self.segment(holding: index)
        }
        while segment + 1 < segments.count && segments[segment + 1].viewStart <= index { segment += 1 }
        return origin(ofByte: index, in: segments[segment])
    }

    @inline(__always) private func origin(ofByte index: Int, in segment: Segment) -> Range<Int> {
        if segment.isVerbatim {
            let position = segment.originalStart + index - segment.viewStart
            return position..<position + 1
        }
        return segment.originalStart..<segment.originalEnd
    }

    /// The original byte range that the decoded bytes `range` came from.
    func originalRange(of range: Range<Int>) -> Range<Int> {
        var lowerSegment = segments.count
        var upperSegment = segments.count
        return originalRange(of: range, walkingFrom: &lowerSegment, &upperSegment)
    }

    /// The original byte range that the decoded bytes `range` came from, for a caller that asks
    /// about ranges in increasing order: `lowerSegment` and `upperSegment` are the segments of the
    /// range's first and last bytes found last time (see `origin(ofByte:walkingFrom:)`; past the
    /// last segment, a binary search).
    private func originalRange(of range: Range<Int>, walkingFrom lowerSegment: inout Int, _ upperSegment: inout Int) -> Range<Int> {
        let lower = origin(ofByte: range.lowerBound, walkingFrom: &lowerSegment).lowerBound
        guard !range.isEmpty else { return lower..<lower }
        let upper = origin(ofByte: range.upperBound - 1, walkingFrom: &upperSegment).upperBound
        return lower..<max(lower, upper)
    }

    /// This view, built by decoding `inner`'s bytes (so its segments are in `inner`'s coordinates),
    /// mapped all the way back to the original.
    func composed(through inner: DecodedView) -> DecodedView {
        var result = DecodedView(encoding: encoding)
        result.bytes = bytes
        // Positions are asked for in increasing order, so each lookup walks on from the last one:
        // linear in the view's length instead of a binary search per byte.
        var ownSegment = 0
        var innerLowerSegment = 0
        var innerUpperSegment = 0
        for index in bytes.indices {
            let innerRange = origin(ofByte: index, walkingFrom: &ownSegment)
            let original = inner.originalRange(of: innerRange, walkingFrom: &innerLowerSegment, &innerUpperSegment)
            if let last = result.segments.last {
                if last.isVerbatim && original.count == 1 && last.originalStart + (index - last.viewStart) == original.lowerBound {
                    continue
                }
                if !last.isVerbatim && last.originalStart == original.lowerBound && last.originalEnd == original.upperBound
                    && original.count != 1
                {
                    continue
                }
            }
            result.segments.append(
                Segment(
                    viewStart: index, originalStart: original.lowerBound, originalEnd: original.upperBound,
                    isVerbatim: original.count == 1))
        }
        return result
    }

    /// Whether the decoded bytes `range` are a verbatim copy of the original bytes they map to.
    func isVerbatim(_ range: Range<Int>, original: UnsafeBufferPointer<UInt8>) -> Bool {
        let source = originalRange(of: range)
        guard source.count == range.count else { return false }
        for offset in 0..<range.count where bytes[range.lowerBound + offset] != original[source.lowerBound + offset] {
            return false
        }
        return true
    }
}
