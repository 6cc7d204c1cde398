/// One session being audited: the shared state, the checks, and the strings waiting to be scanned.
struct SessionAuditRun {
    private let state: SessionState
    private var checks: [any SessionCheck]
    private var batch = StringBatch()
    private var clean = CleanStringCache()

    init(name: String, configuration: AuditConfiguration) {
        state = SessionState(name: name, configuration: configuration)
        checks = SessionChecks.makeAll()
    }

    /// Applies one message to the page, runs the message checks, and queues its strings for scanning.
    mutating func process(_ message: RecordedMessage) {
        if state.isPageReliable {
            // Strings queued before a removal are scanned while their nodes are still in the page, so
            // that their findings have a node path.
            let freesNodes = state.wouldFreeNodes(message)
            if freesNodes { scanQueuedStrings() }
            state.applyToPage(message, freesNodes: freesNodes)
        }
        state.willInspect(message)
        if let type = message.body.type {
            for index in SessionChecks.inspectingChecks[Int(type.id)] { checks[index].inspect(message, in: state) }
        }
        queueStrings(of: message)
        if batch.isFull { scanQueuedStrings() }
    }

    /// Scans what is queued, finishes the checks, and gives the session's audit.
    mutating func finish(report: SessionReadReport, files: [AuditedFile]) -> SessionAudit {
        scanQueuedStrings()
        for index in checks.indices { checks[index].finish(in: state) }
        var reasons: [String] = report.faults.map { "reading stopped at \($0)" }
        if let fault = state.rebuildFault { reasons.append("the page could no longer be rebuilt at \(fault)") }
        reasons += state.verificationProblems
        if report.messageCount == 0 && reasons.isEmpty { reasons.append("the session holds no messages") }
        let findings = state.collector.finished()
        let suppressed = state.collector.suppressed
        return SessionAudit(
            session: state.name,
            verdict: SessionAudit.verdict(findings: findings, suppressed: suppressed, unverifiedReasons: reasons),
            findings: findings, suppressedFindings: suppressed, files: files,
            formats: report.streams.map { $0.format?.description ?? "unknown" }, unverifiedReasons: reasons,
            faults: report.faults, rebuildFault: state.rebuildFault, messageCount: report.messageCount,
            decodedBytes: report.streams.reduce(0) { $0 + $1.files.reduce(0) { $0 + $1.decodedBytes } },
            pageCount: state.dom.pageCount, unresolvedNodeReferences: state.dom.unresolvedReferences)
    }

    private mutating func queueStrings(of message: RecordedMessage) {
        let node = NodeReference(of: message.body)
        // Made here, not in the closure: a closure that used the message would copy it.
        let stamp = MessageStamp(message, contextIndex: state.contextIndex(of: message))
        message.forEachStringBytes { name, channel, bytes in
            guard !bytes.isEmpty else { return }
            if channel == .clickSelector, let unescaped = CSSUnescaping.unescaped(bytes) {
                unescaped.withUnsafeBytes { queue($0, stamp, name + " (CSS-unescaped)", channel, node) }
            } else {
                queue(bytes, stamp, name, channel, node)
            }
        }
        if case .metadata(let key, let value) = message.body, !value.isEmpty {
            let pair = Array(message.text(key).utf8) + [UInt8(ascii: "=")] + Array(message.text(value).utf8)
            pair.withUnsafeBytes { queue($0, stamp, "Key=Value", .metadata, nil) }
        }
    }

    /// Queues a string of a message, unless it was found clean before.
    private mutating func queue(_ bytes: UnsafeRawBufferPointer, _ message: borrowing MessageStamp, _ field: String,
                                _ channel: StringChannel, _ node: NodeReference?) {
        let hash = CleanStringCache.cacheHash(bytes)
        if let hash, clean.contains(bytes, hash: hash) { return }
        batch.add(bytes, hash: hash, message: message, field: field, channel: channel, node: node)
    }

    private mutating func scanQueuedStrings() {
        guard !batch.isEmpty else { return }
        let scanned = batch.scan(with: state.configuration.scanner, canaries: state.configuration.canaryMatcher,
                                 clean: &clean)
        guard !scanned.isEmpty else { return }
        for index in checks.indices { checks[index].inspect(scanned, in: state) }
    }
}
