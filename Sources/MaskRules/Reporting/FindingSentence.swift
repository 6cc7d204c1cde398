/// The one-line description of a finding that the text and GitHub formats share:
/// `Email address: a****@e******.com fp:3f9a1c02b7de (rule email.value, at /user/email)`.
enum FindingSentence {
    /// The message, the value as shown and its fingerprint, then the rule, JSON pointer and evidence.
    static func render(_ finding: Finding, reportedRuleID: String, options: ReportOptions) -> String {
        var text = finding.message
        if let value = finding.value {
            text += ": " + options.shownValue(of: value) + " " + options.fingerprint(of: value)
        }
        var details: [String] = []
        if let ruleID = finding.ruleID ?? (reportedRuleID == finding.checkID ? nil : reportedRuleID) {
            details.append("rule " + ruleID)
        }
        if case .source(_, let pointer?) = finding.location { details.append("at " + (pointer.isEmpty ? "/" : pointer)) }
        details.append(contentsOf: finding.evidence)
        if !details.isEmpty { text += " (" + details.joined(separator: ", ") + ")" }
        return text
    }

    /// The location as `path:line:column`, with paths shown as `options` says and `<stdin>` for input
    /// without a file.
    static func location(_ location: FindingLocation, options: ReportOptions) -> String {
        switch location {
        case .source(let source, _):
            var text = source.file.map(options.displayPath) ?? "<stdin>"
            if let line = source.line {
                text += ":\(line)"
                if let column = source.column { text += ":\(column)" }
            } else if let offset = source.byteOffset {
                text += ":@\(offset)"
            }
            return text
        case .recording(let recording):
            return recording.description
        }
    }
}
