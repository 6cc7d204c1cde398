import ArgumentParser
import Foundation
import MaskRules

/// `masklint-bench html`: HTML parse throughput, masklint against libxml2's own parse.
struct HTMLBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Parse throughput of HTMLParser in MB/s, next to libxml2's own parse of the same bytes.",
        discussion: """
            masklint's parse is everything HTMLParser.parse does: encoding detection and decoding, \
            libxml2's HTML parser driving masklint's tree builder through SAX events, source \
            positions, and the Swift tree. The baseline is libxml2 alone: htmlReadMemory building its \
            own C tree, then xmlFreeDoc. Files are parsed one after another on one thread; both are \
            timed over the whole corpus, alternately, and the fastest run of each is reported.
            """)

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var timing: TimingOptions

    func run() throws {
        for line in MachineDescription.current().lines { print(line) }
        let corpus = try corpusOptions.load()
        let bytes = corpus.byteCount
        let megabytes = Double(bytes) / 1e6
        let parser = HTMLParser()

        // Warm-up: also counts what the corpus holds and checks that both parsers accept it.
        var elements = 0
        var nodes = 0
        for file in corpus.files {
            let document = try parser.parse(file.bytes)
            nodes += document.nodeCount
            elements += document.allElements.reduce(0) { count, _ in count + 1 }
            guard file.bytes.withUnsafeBufferPointer(LibXML2ParseOnlyBaseline.parse) else {
                throw BenchmarkError("libxml2 could not parse \(file.name)")
            }
        }
        print("corpus:  \(corpus.files.count) files, \(String(format: "%.2f", megabytes)) MB (\(bytes) bytes), "
            + "\(elements) elements, \(nodes) nodes; \(corpus.origin)")

        var libxml2 = BestOfRuns("libxml2 \(LibXML2ParseOnlyBaseline.version) htmlReadMemory + xmlFreeDoc")
        var masklint = BestOfRuns("masklint HTMLParser().parse")
        var sink = 0
        for _ in 0..<timing.runs {
            libxml2.time {
                for file in corpus.files where file.bytes.withUnsafeBufferPointer(LibXML2ParseOnlyBaseline.parse) { sink &+= 1 }
            }
            try masklint.time {
                for file in corpus.files { sink &+= try parser.parse(file.bytes).nodeCount }
            }
        }
        for measurement in [libxml2, masklint] {
            print(
                measurement.label.padding(toLength: 52, withPad: " ", startingAt: 0)
                    + String(format: "best %.3f s (median %.3f s) of %d runs  %7.1f MB/s", measurement.bestSeconds,
                             measurement.medianSeconds, timing.runs, megabytes / measurement.bestSeconds))
        }
        let ratio = masklint.bestSeconds / libxml2.bestSeconds
        print(String(format: "masklint takes %.2f× libxml2's parse time; beyond libxml2's parse it spends %.3f s (%.2f× libxml2's parse)",
                     ratio, masklint.bestSeconds - libxml2.bestSeconds, ratio - 1))
        print(String(format: "elements: %.0f per second through masklint", Double(elements) / masklint.bestSeconds))
        if sink == 0 { print("(nothing parsed)") }
    }
}
