/// A place where decoding replaced input bytes by U+FFFD and the number of input bytes it stood
/// for, when that differs from the usual width of a character in the input's encoding.
struct HTMLSourceReplacement: Equatable {
    /// The offset of the U+FFFD in the decoded UTF-8 text.
    var decodedOffset: Int
    /// How many input bytes it replaced.
    var sourceLength: Int
}

/// A problem found while decoding or parsing, located in the decoded text; it becomes an
/// ``HTMLParseDiagnostic`` once its line and column are known.
struct HTMLLocatedProblem: Equatable {
    var decodedOffset: Int
    var kind: HTMLParseDiagnostic.Kind
    var severity: HTMLParseDiagnostic.Severity
    var message: String
}

/// An input document turned into what libxml2 is given: valid UTF-8 without NUL bytes.
struct HTMLDecodedInput {
    /// The document's text as UTF-8. Invalid sequences and NUL characters are U+FFFD.
    var text: [UInt8]
    /// The encoding the input was decoded from.
    var encoding: HTMLEncoding
    /// What decided the encoding.
    var encodingSource: HTMLEncodingSource
    /// The length of the byte order mark that was skipped.
    var byteOrderMarkLength: Int
    /// Replacements whose input length differs from the encoding's usual character width, in
    /// increasing order of ``HTMLSourceReplacement/decodedOffset``.
    var replacements: [HTMLSourceReplacement]
    /// Problems found, in increasing order of offset, at most the limit given to the decoder.
    var problems: [HTMLLocatedProblem]
    /// Problems found beyond that limit.
    var uncountedProblems: Int
    /// Where the first problem beyond the limit is.
    var firstUncountedOffset: Int?
}

/// Turns input bytes into valid UTF-8 for libxml2, following the WHATWG Encoding Standard's
/// decoders: each maximal invalid subsequence becomes one U+FFFD, and each is reported.
///
/// libxml2 must not see invalid UTF-8 (its HTML parser then silently switches the rest of the
/// document to ISO-8859-1) nor NUL bytes (it stops parsing at the first one), so both are
/// repaired here, before parsing, where their exact position is known.
enum HTMLInputDecoder {
    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Decodes `bytes` (the whole input, byte order mark included) with the sniffed encoding.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, sniffed: HTMLEncodingSniffer.Result, maxProblems: Int
    ) -> HTMLDecodedInput {
        var decoder = Decoder(maxProblems: maxProblems)
        let body = UnsafeBufferPointer(rebasing: bytes[sniffed.byteOrderMarkLength...])
        let text: [UInt8] =
            switch sniffed.encoding {
            case .utf8: decoder.decodeUTF8(body)
            case .utf16LittleEndian: decoder.decodeUTF16(body, bigEndian: false)
            case .utf16BigEndian: decoder.decodeUTF16(body, bigEndian: true)
            case .windows1252: decoder.decodeWindows1252(body)
            }
        return HTMLDecodedInput(
            text: text, encoding: sniffed.encoding, encodingSource: sniffed.source,
            byteOrderMarkLength: sniffed.byteOrderMarkLength, replacements: decoder.replacements,
            problems: decoder.problems, uncountedProblems: decoder.uncountedProblems,
            firstUncountedOffset: decoder.firstUncountedOffset)
    }

    private struct Decoder {
        let maxProblems: Int
        var replacements: [HTMLSourceReplacement] = []
        var problems: [HTMLLocatedProblem] = []
        var uncountedProblems = 0
        var firstUncountedOffset: Int?

        init(maxProblems: Int) { self.maxProblems = maxProblems }

        mutating func report(_ kind: HTMLParseDiagnostic.Kind, at offset: Int, _ message: @autoclosure () -> String) {
            if problems.count < maxProblems {
                problems.append(HTMLLocatedProblem(decodedOffset: offset, kind: kind, severity: .warning, message: message()))
            } else {
                if uncountedProblems == 0 { firstUncountedOffset = offset }
                uncountedProblems += 1
            }
        }

        static func hex(_ bytes: some Sequence<UInt8>) -> String {
            bytes.map { byte in
                let digits = String(byte, radix: 16, uppercase: true)
                return "0x" + (digits.count == 1 ? "0" + digits : digits)
            }.joined(separator: " ")
        }

        /// Validates UTF-8; copies the input unchanged unless something must be replaced.
        mutating func decodeUTF8(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
            var output: [UInt8] = []
            var copiedUpTo = 0
            var repaired = false
            var index = 0
            let count = input.count
            while index < count {
                let lead = input[index]
                if lead < 0x80 {
                    if lead != 0 {
                        index += 1
                        continue
                    }
                    startRepair(&output, &repaired, input, &copiedUpTo, upTo: index)
                    replacements.append(HTMLSourceReplacement(decodedOffset: output.count, sourceLength: 1))
                    report(.nullCharacter, at: output.count, "NUL character replaced with U+FFFD")
                    output.append(contentsOf: HTMLInputDecoder.replacementCharacter)
                    index += 1
                    copiedUpTo = index
                    continue
                }
                var needed = 0
                var lower: UInt8 = 0x80
                var upper: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: needed = 1
                case 0xE0: needed = 2; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: needed = 2
                case 0xED: needed = 2; upper = 0x9F
                case 0xF0: needed = 3; lower = 0x90
                case 0xF1...0xF3: needed = 3
                case 0xF4: needed = 3; upper = 0x8F
                default: needed = 0
                }
                var end = index + 1
                var valid = needed > 0
                if valid {
                    for step in 0..<needed {
                        guard end < count else {
                            valid = false
                            break
                        }
                        let byte = input[end]
                        let (low, high) = step == 0 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                        guard byte >= low, byte <= high else {
                            valid = false
                            break
                        }
                        end += 1
                    }
                }
                if valid {
                    index = end
                    continue
                }
                // `index..<end` is a maximal subpart of an ill-formed sequence.
                startRepair(&output, &repaired, input, &copiedUpTo, upTo: index)
                if end - index != 3 {
                    replacements.append(HTMLSourceReplacement(decodedOffset: output.count, sourceLength: end - index))
                }
                report(
                    .invalidByteSequence, at: output.count,
                    "invalid UTF-8 byte sequence \(Self.hex(input[index..<end])) replaced with U+FFFD")
                output.append(contentsOf: HTMLInputDecoder.replacementCharacter)
                index = end
                copiedUpTo = end
            }
            guard repaired else { return Array(input) }
            output.append(contentsOf: input[copiedUpTo..<count])
            return output
        }

        private func startRepair(
            _ output: inout [UInt8], _ repaired: inout Bool, _ input: UnsafeBufferPointer<UInt8>,
            _ copiedUpTo: inout Int, upTo index: Int
        ) {
            if !repaired {
                repaired = true
                output.reserveCapacity(input.count + 64)
            }
            output.append(contentsOf: input[copiedUpTo..<index])
            copiedUpTo = index
        }

        mutating func decodeUTF16(_ input: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> [UInt8] {
            var output: [UInt8] = []
            output.reserveCapacity(input.count / 2 + input.count / 8)
            let unitCount = input.count / 2
            func unit(_ position: Int) -> UInt16 {
                let first = UInt16(input[2 * position])
                let second = UInt16(input[2 * position + 1])
                return bigEndian ? first << 8 | second : second << 8 | first
            }
            var position = 0
            while position < unitCount {
                let value = unit(position)
                position += 1
                switch value {
                case 0:
                    report(.nullCharacter, at: output.count, "NUL character replaced with U+FFFD")
                    output.append(contentsOf: HTMLInputDecoder.replacementCharacter)
                case 0xD800...0xDBFF:
                    if position < unitCount, case let low = unit(position), low >= 0xDC00, low <= 0xDFFF {
                        position += 1
                        let scalar = 0x10000 + ((UInt32(value) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                        appendUTF8(scalar, to: &output)
                    } else {
                        report(.invalidByteSequence, at: output.count, "unpaired UTF-16 surrogate replaced with U+FFFD")
                        output.append(contentsOf: HTMLInputDecoder.replacementCharacter)
                    }
                case 0xDC00...0xDFFF:
                    report(.invalidByteSequence, at: output.count, "unpaired UTF-16 surrogate replaced with U+FFFD")
                    output.append(contentsOf: HTMLInputDecoder.replacementCharacter)
                default:
                    appendUTF8(UInt32(value), to: &output)
                }
            }
            if input.count % 2 == 1 {
                replacements.append(HTMLSourceReplacement(decodedOffset: output.count, sourceLength: 1))
                report(.invalidByteSequence, at: output.count, "truncated UTF-16 code unit at the end replaced with U+FFFD")
                output.append(contentsOf: HTMLInputDecoder.replacementCharacter)
            }
            return output
        }

        mutating func decodeWindows1252(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
            var output: [UInt8] = []
            output.reserveCapacity(input.count + input.count / 8)
            for byte in input {
                if byte == 0 {
                    report(.nullCharacter, at: output.count, "NUL character replaced with U+FFFD")
                    output.append(contentsOf: HTMLInputDecoder.replacementCharacter)
                } else if byte < 0x80 {
                    output.append(byte)
                } else if byte < 0xA0 {
                    appendUTF8(UInt32(HTMLInputDecoder.windows1252C1[Int(byte) - 0x80]), to: &output)
                } else {
                    appendUTF8(UInt32(byte), to: &output)
                }
            }
            return output
        }

        private func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
            switch scalar {
            case ..<0x80:
                output.append(UInt8(scalar))
            case ..<0x800:
                output.append(UInt8(0xC0 | scalar >> 6))
                output.append(UInt8(0x80 | scalar & 0x3F))
            case ..<0x10000:
                output.append(UInt8(0xE0 | scalar >> 12))
                output.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
                output.append(UInt8(0x80 | scalar & 0x3F))
            default:
                output.append(UInt8(0xF0 | scalar >> 18))
                output.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
                output.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
                output.append(UInt8(0x80 | scalar & 0x3F))
            }
        }
    }

    /// windows-1252 bytes 0x80–0x9F as code points (WHATWG index); the five unassigned bytes map
    /// to the C1 controls of the same value.
    static let windows1252C1: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
