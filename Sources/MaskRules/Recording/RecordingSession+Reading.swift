extension RecordingSession {
    /// Reads every stream of the session in order, handing each message to `visit` as it is decoded,
    /// and reports the files, layouts, counts and faults.
    ///
    /// Each file is decompressed (zstd or gzip, told by its first bytes) as it is read, and files of one
    /// stream follow each other (a record cut at the end of `dom.mobs` continues in `dom.mobe`). A fault
    /// ends its stream, after every message before it was handed over; the next stream is still read.
    /// Message indexes and the attribute dictionaries run on across streams. Memory stays bounded by
    /// the messages `visit` keeps: the reader holds a few megabytes of input at a time.
    ///
    /// - Throws: what `visit` throws; reading stops there.
    @inlinable
    public func read<Failure: Error>(
        options: MessageReaderOptions = MessageReaderOptions(), _ visit: (RecordedMessage) throws(Failure) -> Void
    ) throws(Failure) -> SessionReadReport {
        var failure: Failure?
        let report = readMessages(options: options) { message in
            do throws(Failure) {
                try visit(message)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return report
    }

    /// Reads the whole session into memory: every message, and the report.
    public func readAll(options: MessageReaderOptions = MessageReaderOptions())
        -> (messages: [RecordedMessage], report: SessionReadReport)
    {
        var messages: [RecordedMessage] = []
        let report = readMessages(options: options) { message in
            messages.append(message)
            return true
        }
        return (messages, report)
    }

    /// Reads the session, handing messages to `visit` until it returns false.
    @usableFromInline
    func readMessages(options: MessageReaderOptions, _ visit: (RecordedMessage) -> Bool) -> SessionReadReport {
        var reports: [StreamReport] = []
        var dictionaries = AttributeDictionaries()
        var nextIndex = 0
        for stream in streams {
            var pipeline = StreamPipeline(stream: stream, options: options, dictionaries: dictionaries,
                                          firstIndex: nextIndex)
            let proceed = pipeline.run(visit)
            reports.append(pipeline.report)
            dictionaries = pipeline.reader.dictionaries
            nextIndex = pipeline.reader.nextMessageIndex
            if !proceed { break }
        }
        return SessionReadReport(session: name, streams: reports)
    }
}
