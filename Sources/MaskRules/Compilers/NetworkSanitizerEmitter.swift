/// Writes the network, URL and title sanitizers of a generated module: the detector configuration
/// from the rule set's detector rules, the tables the detectors read (from the Swift detectors' own
/// tables), and the JavaScript runtime (`JavaScriptDetectors`, `JavaScriptScrubbing`).
struct NetworkSanitizerEmitter {
    let rules: CompiledMaskingRules
    let typeScript: Bool

    /// The fixed text every found value is replaced with. A run of `*` is what the tracker itself
    /// writes, is valid in URLs, JSON and headers, and is read as a mask (not a value) by masklint's
    /// keyed-value detector, so a scrubbed payload audits clean.
    static let mask = "********"

    /// The query keys whose values the tracker's default `urlSanitizer` masks (`viewport.ts`:
    /// jwt, password, reset-password, invitation, secret, token). A `urls.urlSanitizer` replaces
    /// that default, so the generated one masks them too, matched as key endings (`access_token`).
    static let secretQueryKeys = ["jwt", "password", "reset-password", "invitation", "secret", "token"]

    /// The options each JavaScript detector takes, in the order its factory takes them.
    static let factoryOptions: [String: (factory: String, options: [String])] = [
        "email": ("emailDetector", []),
        "payment-card": ("paymentCardDetector", ["brands", "veto-words", "card-words"]),
        "ssn": ("ssnDetector", ["bare-digits-need-context", "context-words", "context-distance", "veto-words", "reject-placeholders"]),
        "phone": ("phoneDetector", ["regions", "bare-digits-need-context", "context-words", "context-distance"]),
        "iban": ("ibanDetector", []),
        "keyed-value": ("keyedValueDetector", ["keys", "min-length", "max-length", "category", "given-names", "excluded-last-words", "surnames"]),
    ]

    /// Checks that every detector rule can be written in JavaScript.
    /// - Throws: `TrackerConfigError.detectorWithoutJavaScript` for a detector or an option the
    ///   JavaScript versions do not know.
    static func validate(_ rules: CompiledMaskingRules, target: String) throws(TrackerConfigError) {
        for detector in rules.detectors {
            guard let known = factoryOptions[detector.detectorID] else {
                throw .detectorWithoutJavaScript(ruleID: detector.ruleID, detectorID: detector.detectorID, target: target)
            }
            for option in detector.options.keys.sorted() where !known.options.contains(option) {
                throw .detectorWithoutJavaScript(ruleID: detector.ruleID, detectorID: "\(detector.detectorID) (option '\(option)')", target: target)
            }
        }
    }

    /// The section's source.
    var source: String {
        var lines: [String] = []
        lines.append("// ---------------------------------------------------------------------------------------------")
        lines.append("// Network, URL and title sanitizers")
        lines.append("// ---------------------------------------------------------------------------------------------")
        lines.append("")
        lines.append("/** What every value found is replaced with. */")
        lines.append("const MASK = " + JavaScriptLiteral.string(Self.mask) + ";")
        lines.append("/** Query keys whose values are secrets, as the tracker's default urlSanitizer masks them. */")
        lines.append("const SECRET_QUERY_KEYS = " + JavaScriptLiteral.stringArray(Self.secretQueryKeys) + ";")
        let keys = keyedValueKeys
        lines.append("/** The keys of the rule set's keyed-value rules: values under them are found whatever their shape. */")
        lines.append("const KEYED_VALUE_KEYS = [")
        lines += Self.wrapped(keys.map(JavaScriptLiteral.string), indent: "  ")
        lines.append("];")
        lines.append("")
        lines += tables
        lines.append("")
        lines.append(JavaScriptDetectors.source.rendered(typeScript: typeScript))
        lines.append("")
        lines.append("/** The rule set's detector rules, in rule set order. */")
        lines.append("const DETECTORS\(typeScript ? ": ValueDetector[]" : "") = [")
        for detector in rules.detectors {
            lines.append("  " + factoryCall(detector) + ", // " + detector.ruleID)
        }
        lines.append("];")
        lines.append("")
        lines.append(JavaScriptScrubbing.source.rendered(typeScript: typeScript))
        return lines.joined(separator: "\n")
    }

    /// Every key of every keyed-value rule, without repeats, in rule set order; not the label keys
    /// (`Name:`), which are found only as labels in text, never as keys, and not the keys of rules
    /// that report only values shaped like a person's name (`given-names`), whose other values
    /// (products under `name`) are not personal data.
    var keyedValueKeys: [String] {
        var keys: [String] = []
        for detector in rules.detectors where detector.detectorID == "keyed-value" && !Self.reportsOnlyPersonNames(detector) {
            for key in KeyedValueDetector.partitioned(detector.strings("keys")).keys where !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// Whether a keyed-value rule reports only values shaped like a person's name (it lists given names).
    private static func reportsOnlyPersonNames(_ detector: DetectorConfiguration) -> Bool {
        !detector.strings("given-names").isEmpty
    }

    /// The keyed-value options that list words of names: written folded and joined by spaces, one
    /// string literal each, which the module parses far faster than arrays of ten thousand strings
    /// and turns into sets on first use.
    static let nameListOptions: Set<String> = ["given-names", "excluded-last-words", "surnames"]

    /// `words` folded as `PersonNameShape` compares them, without repeats, in order, joined by
    /// spaces; a word with a space in it is left out, since it can never equal one word of a value.
    static func foldedWordList(_ words: [String]) -> String {
        var seen: Set<String> = []
        var folded: [String] = []
        for word in words.map(PersonNameShape.folded) where !word.isEmpty && !word.contains(" ") && seen.insert(word).inserted {
            folded.append(word)
        }
        return folded.joined(separator: " ")
    }

    private func factoryCall(_ detector: DetectorConfiguration) -> String {
        guard let (factory, options) = Self.factoryOptions[detector.detectorID] else { return "" }
        let arguments = options.map { name -> String in
            if detector.detectorID == "keyed-value", Self.nameListOptions.contains(name) {
                return JavaScriptLiteral.string(Self.foldedWordList(detector.strings(name)))
            }
            return switch detector.options[name] {
            case .bool(let value)?: String(value)
            case .integer(let value)?: String(value)
            case .string(let value)?: JavaScriptLiteral.string(value)
            case .strings(let values)?: JavaScriptLiteral.stringArray(values)
            case nil: "undefined"
            }
        }
        return factory + "(" + arguments.joined(separator: ", ") + ")"
    }

    /// The detectors' tables, written from the Swift detectors' tables.
    private var tables: [String] {
        var lines: [String] = []
        lines.append("/** Card issuers: [brand, prefix digits, lowest prefix, highest prefix, lengths]. */")
        let issuerType = typeScript ? ": ReadonlyArray<readonly [string, number, number, number, readonly number[]]>" : ""
        lines.append("const CARD_ISSUERS\(issuerType) = [")
        for entry in CardIssuerTable.entries {
            let lengths = entry.onlyLengths.isEmpty ? Array(entry.lengths) : entry.onlyLengths
            lines.append("  [" + JavaScriptLiteral.string(entry.brand.rawValue) + ", \(entry.prefixDigits), \(entry.low), \(entry.high), ["
                         + lengths.map(String.init).joined(separator: ", ") + "]],")
        }
        lines.append("];")
        lines.append("/** National number lengths by international calling code: [code, [shortest, longest]]. */")
        let codes = CallingCodeTable.nationalLengths.sorted { $0.key < $1.key }
            .map { "[\($0.key), [\($0.value.lowerBound), \($0.value.upperBound)]]" }
        lines.append("const CALLING_CODES = new Map\(typeScript ? "<number, readonly [number, number]>" : "")([")
        lines += Self.wrapped(codes, indent: "  ")
        lines.append("]);")
        lines.append("/** IBAN lengths by country code. */")
        let ibans = IBANCountryTable.lengths.sorted { $0.key < $1.key }.map { "[" + JavaScriptLiteral.string($0.key) + ", \($0.value)]" }
        lines.append("const IBAN_LENGTHS = new Map\(typeScript ? "<string, number>" : "")([")
        lines += Self.wrapped(ibans, indent: "  ")
        lines.append("]);")
        return lines
    }

    /// Items joined with `, ` in lines of at most 100 characters, each ending with a comma.
    static func wrapped(_ items: [String], indent: String) -> [String] {
        var lines: [String] = []
        var line = indent
        for item in items {
            if line.count + item.count + 2 > 100 && line != indent {
                lines.append(line.trimmingTrailingSpace)
                line = indent
            }
            line += item + ", "
        }
        if line != indent { lines.append(line.trimmingTrailingSpace) }
        return lines
    }
}

extension String {
    fileprivate var trimmingTrailingSpace: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
