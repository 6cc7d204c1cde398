import Foundation
import MaskLintFuzzing
import Testing
@testable import MaskRules

/// Seed recordings for the recording fuzz target, built with the test suite's encoder in every
/// layout and compression, with every message type of both schema eras. `make fuzz-seeds` writes them
/// to `$MASKLINT_FUZZ_SEEDS/recording/`; without that variable the test checks that each seed passes
/// the target, which also makes sure the seeds decode without a fault.
@Suite("Fuzz seed recordings")
struct FuzzSeedRecordings {
    /// Every seed, by name.
    static func seeds() -> [(name: String, input: [UInt8])] {
        var seeds: [(String, [UInt8])] = []
        for session in SmallSession.all {
            let name = session.format.description.filter { $0.isLetter || $0.isNumber }
            seeds.append(("small-\(name)", FuzzTarget.recordingInput(session.bytes)))
            seeds.append(("small-\(name)-given", FuzzTarget.recordingInput(session.bytes, format: session.format, chunkSize: 5)))
            seeds.append(("small-\(name)-zstd", FuzzTarget.recordingInput(RecordingEncoder.zstd(session.bytes))))
            seeds.append(("small-\(name)-gzip", FuzzTarget.recordingInput(RecordingEncoder.gzip(session.bytes))))
            seeds.append(("small-\(name)-split", FuzzTarget.recordingInput(session.bytes, split: 100)))
            seeds.append(("small-\(name)-limits", FuzzTarget.recordingInput(session.bytes, smallLimits: true, chunkSize: 64)))
        }
        // Every layout of the schema reference, as size-prefixed batch messages and as records.
        for era in [ReferenceLayouts.Era.current, .legacy] {
            let layouts = ReferenceLayouts.all.filter { ($0.era == era || $0.era == .both) && !(80...82).contains($0.id) }
            let messages = layouts.enumerated().map { offset, layout in
                EncodedMessage(UInt64(layout.id), SampleFields.values(for: layout.signature, seed: offset))
            }
            let batch = RecordingEncoder.batch(timestamp: 1_673_887_358_000, location: "https://shop.example/", messages: messages)
            let records = RecordingEncoder.records(messages, indexed: true, header: era == .current)
            let schema: SchemaEra = era == .current ? .current : .legacy
            seeds.append(("all-types-\(schema)-batches", FuzzTarget.recordingInput(RecordingEncoder.storedBatches([batch]), era: schema)))
            seeds.append(("all-types-\(schema)-tracker", FuzzTarget.recordingInput(batch, era: schema)))
            seeds.append(("all-types-\(schema)-records", FuzzTarget.recordingInput(records, era: schema)))
            seeds.append(("all-types-\(schema)-records-zstd", FuzzTarget.recordingInput(RecordingEncoder.zstd(records), era: schema)))
        }
        return seeds
    }

    @Test("Seed recordings pass the recording target, or are written to $MASKLINT_FUZZ_SEEDS")
    func seedRecordings() throws {
        let seeds = Self.seeds()
        if let output = ProcessInfo.processInfo.environment["MASKLINT_FUZZ_SEEDS"] {
            let directory = URL(fileURLWithPath: output).appendingPathComponent("recording")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for seed in seeds {
                try Data(seed.input).write(to: directory.appendingPathComponent("encoder-\(seed.name)"))
            }
        }
        for seed in seeds {
            #expect(FuzzTarget.recording.check(seed.input) == nil, "\(seed.name)")
        }
    }
}
