/// A loaded and validated rule set: the one versioned artefact that the compiler, the linter,
/// the auditor and `scan` all read.
///
/// Loading (`RuleSetLoader`) checks everything a rule can get wrong — YAML, keys, ids, selectors,
/// patterns, detector options, the version — so a `RuleSet` value is always usable. Rules keep
/// their source text next to the parsed form so that listings, diffs and generated code can show
/// exactly what the file said.
public struct RuleSet: Sendable {
    /// The manifest: name, version, description.
    public let manifest: RuleSetManifest
    /// One entry per category file, in manifest order.
    public let categories: [CategoryRules]
    /// A SHA-256 over the rule files' bytes (file names included), stamped into generated output.
    public let contentHash: String

    /// Creates a rule set from already validated parts.
    public init(manifest: RuleSetManifest, categories: [CategoryRules], contentHash: String) {
        self.manifest = manifest
        self.categories = categories
        self.contentHash = contentHash
    }

    /// The rules of one category, if the set has it.
    public func rules(for category: PIICategory) -> CategoryRules? {
        categories.first { $0.category == category }
    }

    /// Every rule of every kind, in file order.
    public var allRules: [AnyRule] { categories.flatMap(\.allRules) }

    /// The rule with this id.
    public func rule(withID id: String) -> AnyRule? { allRules.first { $0.id == id } }

    /// `name@version`, as stamped into reports and generated files.
    public var identity: String { "\(manifest.name)@\(manifest.version)" }
}

/// The manifest of a rule set (`manifest.yaml`).
public struct RuleSetManifest: Hashable, Sendable {
    /// The set's name, such as `masklint-default`.
    public let name: String
    /// The set's semantic version.
    public let version: SemanticVersion
    /// What the set covers.
    public let description: String
    /// The category files, relative to the rule set directory, in order.
    public let files: [String]
    /// Where the manifest is.
    public let location: SourceLocation
}

/// The rules of one PII category (one category file).
public struct CategoryRules: Sendable {
    /// The category.
    public let category: PIICategory
    /// What the category covers.
    public let description: String
    /// The OpenReplay level every match needs unless a rule overrides it.
    public let level: MaskingLevel
    /// CSS selectors for elements that carry the category.
    public let selectors: [SelectorRule]
    /// Regular expressions over attribute values such as `name` and `id`.
    public let inputNames: [InputNameRule]
    /// Label vocabulary for the linter's field classifier.
    public let labels: [LabelRule]
    /// Value detectors that find the category in free text.
    public let detectors: [DetectorRule]
    /// Where the category file is (line 1).
    public let location: SourceLocation

    /// Every rule in the file, in the order of the kinds above.
    public var allRules: [AnyRule] {
        selectors.map(AnyRule.selector) + inputNames.map(AnyRule.inputName)
            + labels.map(AnyRule.label) + detectors.map(AnyRule.detector)
    }
}

/// What every rule has: identity, purpose, level, examples and where it was written.
public struct RuleHeader: Hashable, Sendable {
    /// The unique id, `<category>.<name>`.
    public let id: String
    /// A one-line description.
    public let description: String
    /// The rule's category.
    public let category: PIICategory
    /// The level its matches need (the category's level unless the rule overrides it).
    public let level: MaskingLevel
    /// Inputs the rule must match and must not match.
    public let examples: RuleExamples
    /// Where the rule starts in its file.
    public let location: SourceLocation
}

/// A rule's examples.
public struct RuleExamples: Hashable, Sendable {
    /// Inputs the rule must match.
    public let match: [RuleExample]
    /// Inputs the rule must not match.
    public let noMatch: [RuleExample]
}

/// One example input and where it is written.
public struct RuleExample: Hashable, Sendable {
    /// The example text: an HTML fragment, an attribute value, a label or free text, by rule kind.
    public let text: String
    /// Where the example is in the rule file.
    public let location: SourceLocation
}

/// A CSS selector for elements that hold the category.
public struct SelectorRule: Sendable {
    /// Id, description, level, examples, location.
    public let header: RuleHeader
    /// The selector as written.
    public let source: String
    /// The parsed selector.
    public let selector: SelectorList
}

/// A regular expression over the values of named attributes.
public struct InputNameRule: Sendable {
    /// Id, description, level, examples, location.
    public let header: RuleHeader
    /// The attributes (lower case) whose values the pattern is searched in.
    public let attributes: [String]
    /// The checked and compiled pattern.
    public let pattern: RulePattern
}

/// Words and phrases that reveal the category in a field's label.
public struct LabelRule: Sendable {
    /// Id, description, level, examples, location.
    public let header: RuleHeader
    /// The vocabulary, with its matcher.
    public let vocabulary: LabelVocabulary
}

/// A reference to a built-in value detector, with its options.
public struct DetectorRule: Sendable {
    /// Id, description, level, examples, location.
    public let header: RuleHeader
    /// The detector's id, such as `email` or `payment-card`.
    public let detectorID: String
    /// The options given in the rule file.
    public let options: DetectorOptions
}

/// The kind of a rule.
public enum RuleKind: String, CaseIterable, Sendable, Codable {
    case selector
    case inputName = "input-name"
    case label
    case detector

    /// The key under which rules of this kind are listed in a category file.
    public var fileKey: String {
        switch self {
        case .selector: "selectors"
        case .inputName: "input-names"
        case .label: "labels"
        case .detector: "detectors"
        }
    }
}

/// A rule of any kind.
public enum AnyRule: Sendable {
    case selector(SelectorRule)
    case inputName(InputNameRule)
    case label(LabelRule)
    case detector(DetectorRule)

    /// The common part of the rule.
    public var header: RuleHeader {
        switch self {
        case .selector(let rule): rule.header
        case .inputName(let rule): rule.header
        case .label(let rule): rule.header
        case .detector(let rule): rule.header
        }
    }

    /// The rule's kind.
    public var kind: RuleKind {
        switch self {
        case .selector: .selector
        case .inputName: .inputName
        case .label: .label
        case .detector: .detector
        }
    }

    /// The rule's id.
    public var id: String { header.id }

    /// A one-line summary of what the rule tests: the selector, the pattern and its attributes,
    /// the number of terms, or the detector and its options.
    public var definition: String {
        switch self {
        case .selector(let rule): return rule.source
        case .inputName(let rule):
            let flags = rule.pattern.caseInsensitive ? " (case-insensitive)" : ""
            return "/\(rule.pattern.source)/ on " + rule.attributes.joined(separator: ", ") + flags
        case .label(let rule):
            let vocabulary = rule.vocabulary
            return "\(vocabulary.terms.count) terms in \(vocabulary.languages.joined(separator: ", "))"
                + (vocabulary.excludedTerms.isEmpty ? "" : ", \(vocabulary.excludedTerms.count) excluded")
        case .detector(let rule):
            let options = rule.options.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return rule.detectorID + (options.isEmpty ? "" : " (" + options.joined(separator: ", ") + ")")
        }
    }
}
