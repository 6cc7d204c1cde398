import ArgumentParser

/// Where the HTML corpus comes from: a directory, or the generator script.
struct CorpusOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A directory of .html files to use as the corpus.", valueName: "dir"))
    var corpus: String?

    @Option(help: ArgumentHelp(
        "Generate a form-heavy corpus of this many MB with the generator script (the default when --corpus is not given: 24).",
        valueName: "mb"))
    var generate: Double?

    @Option(help: ArgumentHelp("The corpus generator script.", valueName: "path"))
    var generator: String = "benchmarks/html/generate-corpus.py"

    func validate() throws {
        if corpus != nil, generate != nil { throw ValidationError("Give either --corpus or --generate, not both.") }
        if let generate, !(generate > 0) { throw ValidationError("--generate needs a positive size in MB.") }
    }

    /// Reads or generates the corpus.
    func load() throws -> HTMLCorpus {
        if let corpus { return try HTMLCorpus.load(directory: corpus) }
        return try HTMLCorpus.generate(megabytes: generate ?? 24, script: generator)
    }
}
