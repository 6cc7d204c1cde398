/// `masklint lint --fields`: every form control and editable region of the linted pages, with what
/// masklint believes it holds, why, and what the compiled configuration records of it.
public enum FieldListing {
    /// One listed field.
    public struct Entry: Sendable, Hashable, Encodable {
        /// The file, or `nil` for standard input.
        public let file: String?
        /// 1-based line of the field's start tag.
        public let line: Int?
        /// 1-based column (Unicode scalars) of the start tag's `<`.
        public let column: Int?
        /// The element, as a selector-like summary: `input#email[name=email]`.
        public let element: String
        /// The field kind: input, textarea, select, contenteditable, unrecorded-input, checkable.
        public let kind: String
        /// The category the evidence points to, or `nil`.
        public let category: String?
        /// The evidence, strongest first.
        public let evidence: [String]
        /// The level the rule set requires (`plain` when the field holds no PII).
        public let requiredLevel: String
        /// The level the tracker gives the element.
        public let level: String
        /// What is recorded of typed values: `value plain`, `value obscured`, `value hidden`,
        /// `text plain`, `checked state`, `not sent`.
        public let recorded: String
        /// `ok`, `unmasked` (recorded plain but PII), `weakly-masked` (obscured but hidden required)
        /// or `not-recorded`.
        public let verdict: String

        /// The entry for a linted field.
        public init(_ field: LintedField) {
            let location = field.element.sourceLocation
            file = field.element.document.file
            line = location?.line
            column = location?.column
            element = field.element.description
            kind = field.kind.rawValue
            category = field.category?.rawValue
            evidence = field.evidence
            requiredLevel = field.requiredLevel.name
            level = field.level.name
            recorded = field.recording.description
            if field.category != nil && field.requiredLevel > .plain && UnmaskedPIIFieldCheck.isRecordedPlain(field) {
                verdict = "unmasked"
            } else if field.category != nil && field.requiredLevel == .hidden && field.recording.protection == .obscured {
                verdict = "weakly-masked"
            } else if field.recording.protection == nil {
                verdict = "not-recorded"
            } else {
                verdict = "ok"
            }
        }
    }

    /// One line per field:
    /// `path:line:column: input#email[name=email] (input): email, requires obscured; level obscured,
    /// records value obscured [ok] — evidence; evidence`.
    public static func text(_ entries: [Entry], displayPath: (String) -> String = { $0 }) -> String {
        var output = ""
        for entry in entries {
            var location = entry.file.map(displayPath) ?? "<stdin>"
            if let line = entry.line {
                location += ":\(line)"
                if let column = entry.column { location += ":\(column)" }
            }
            output += "\(location): \(entry.element) (\(entry.kind)): \(entry.category ?? "no PII")"
            if entry.category != nil { output += ", requires \(entry.requiredLevel)" }
            output += "; level \(entry.level), records \(entry.recorded) [\(entry.verdict)]"
            if !entry.evidence.isEmpty { output += " — " + entry.evidence.joined(separator: "; ") }
            output += "\n"
        }
        let unmasked = entries.count { $0.verdict == "unmasked" }
        let weak = entries.count { $0.verdict == "weakly-masked" }
        let pii = entries.count { $0.category != nil }
        output += "\(entries.count) field\(entries.count == 1 ? "" : "s"), \(pii) with PII: \(unmasked) unmasked, \(weak) weakly masked\n"
        return output
    }

    /// The JSON document: `{"format": "masklint-fields", "formatVersion": 1, "profile": ..., "ruleSet": ..., "fields": [...]}`.
    public static func json(_ entries: [Entry], profile: MaskingProfile, ruleSet: RuleSetReference, displayPath: (String) -> String = { $0 })
        -> String
    {
        struct Document: Encodable {
            var format = "masklint-fields"
            var formatVersion = 1
            var profile: String
            var ruleSet: RuleSetView
            var fields: [Entry]
        }
        struct RuleSetView: Encodable {
            var name: String
            var version: String
            var contentHash: String
        }
        let shown = entries.map { entry in
            Entry(file: entry.file.map(displayPath), copying: entry)
        }
        return ReportJSON.encode(Document(
            profile: profile.rawValue,
            ruleSet: RuleSetView(name: ruleSet.name, version: ruleSet.version, contentHash: ruleSet.contentHash), fields: shown))
    }
}

extension FieldListing.Entry {
    /// The entry with another file path.
    init(file: String?, copying entry: FieldListing.Entry) {
        self.file = file
        line = entry.line
        column = entry.column
        element = entry.element
        kind = entry.kind
        category = entry.category
        evidence = entry.evidence
        requiredLevel = entry.requiredLevel
        level = entry.level
        recorded = entry.recorded
        verdict = entry.verdict
    }
}
