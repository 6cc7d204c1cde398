/// What changed in coverage between two versions of a rule set, and whether the version bump says so.
///
/// Semantic versioning for rules: removing or narrowing coverage (a rule, a term, an attribute, a
/// lowered level, a changed selector or pattern whose new reach cannot be proven wider) breaks users
/// who rely on it and needs a major bump; adding coverage needs a minor bump; descriptions and
/// examples alone need a patch.
public struct RuleSetDiff: Sendable {
    /// The smallest version bump a change needs, ordered.
    public enum Bump: Int, Comparable, Sendable, CustomStringConvertible, Codable {
        case none, patch, minor, major
        public static func < (lhs: Bump, rhs: Bump) -> Bool { lhs.rawValue < rhs.rawValue }
        public var description: String { ["none", "patch", "minor", "major"][rawValue] }
    }

    /// One rule's change.
    public struct Change: Sendable, Hashable, Codable {
        /// What happened to the rule as a whole.
        public enum Kind: String, Sendable, Codable { case added, removed, changed }
        /// The rule's id.
        public let ruleID: String
        /// Added, removed or changed.
        public let kind: Kind
        /// The bump this change needs.
        public let bump: Bump
        /// Sentences describing the change (`term 'gift card' excluded`).
        public let details: [String]
    }

    /// The old set's name and version.
    public let oldIdentity: String
    /// The new set's name and version.
    public let newIdentity: String
    /// Every rule that changed, sorted by id.
    public let changes: [Change]
    /// The bump the changes need.
    public let requiredBump: Bump
    /// The bump the versions show (`none` when the version did not increase).
    public let actualBump: Bump

    /// Whether the new version number is high enough for the changes.
    public var isVersionBumpSufficient: Bool { actualBump >= requiredBump }

    /// Compares two rule sets.
    public init(old: RuleSet, new: RuleSet) {
        oldIdentity = old.identity
        newIdentity = new.identity
        let oldRules = Dictionary(old.allRules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newRules = Dictionary(new.allRules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [Change] = []
        for id in Set(oldRules.keys).union(newRules.keys).sorted() {
            switch (oldRules[id], newRules[id]) {
            case (let before?, nil):
                changes.append(Change(ruleID: id, kind: .removed, bump: .major,
                                      details: ["rule removed: coverage of \(before.definition) is lost"]))
            case (nil, let after?):
                changes.append(Change(ruleID: id, kind: .added, bump: .minor, details: ["rule added: \(after.definition)"]))
            case (let before?, let after?):
                let details = Self.compare(before, after)
                if !details.isEmpty {
                    changes.append(Change(ruleID: id, kind: .changed, bump: details.map(\.bump).max() ?? .patch,
                                          details: details.map(\.text)))
                }
            case (nil, nil):
                break
            }
        }
        if old.manifest.description != new.manifest.description {
            changes.append(Change(ruleID: "(manifest)", kind: .changed, bump: .patch, details: ["description changed"]))
        }
        self.changes = changes
        requiredBump = changes.map(\.bump).max() ?? (old.contentHash == new.contentHash ? .none : .patch)
        actualBump = Self.bump(from: old.manifest.version, to: new.manifest.version)
    }

    static func bump(from old: SemanticVersion, to new: SemanticVersion) -> Bump {
        guard new > old else { return .none }
        if new.major != old.major { return .major }
        if new.minor != old.minor { return .minor }
        return .patch
    }

    private struct Detail {
        let bump: Bump
        let text: String
    }

    private static func compare(_ before: AnyRule, _ after: AnyRule) -> [Detail] {
        var details: [Detail] = []
        if before.kind != after.kind {
            return [Detail(bump: .major, text: "kind changed from \(before.kind.rawValue) to \(after.kind.rawValue)")]
        }
        if before.header.category != after.header.category {
            details.append(Detail(bump: .major, text: "category changed from \(before.header.category.rawValue) to \(after.header.category.rawValue)"))
        }
        if before.header.level != after.header.level {
            let lowered = after.header.level < before.header.level
            details.append(Detail(bump: lowered ? .major : .minor,
                                  text: "level \(lowered ? "lowered" : "raised") from \(before.header.level) to \(after.header.level)"))
        }
        switch (before, after) {
        case (.selector(let old), .selector(let new)) where old.selector != new.selector:
            details.append(Detail(bump: .major, text: "selector changed from '\(old.source)' to '\(new.source)'"))
        case (.inputName(let old), .inputName(let new)):
            details += setChange(old.attributes, new.attributes, noun: "attribute")
            if old.pattern.source != new.pattern.source {
                details.append(Detail(bump: .major, text: "pattern changed from /\(old.pattern.source)/ to /\(new.pattern.source)/"))
            } else if old.pattern.caseInsensitive != new.pattern.caseInsensitive {
                details.append(new.pattern.caseInsensitive
                    ? Detail(bump: .minor, text: "pattern made case-insensitive")
                    : Detail(bump: .major, text: "pattern made case-sensitive"))
            }
        case (.label(let old), .label(let new)):
            details += setChange(old.vocabulary.terms.map(\.text), new.vocabulary.terms.map(\.text), noun: "term")
            details += setChange(old.vocabulary.excludedTerms.map(\.text), new.vocabulary.excludedTerms.map(\.text),
                                 noun: "excluded term", narrowing: true)
        case (.detector(let old), .detector(let new)):
            if old.detectorID != new.detectorID {
                details.append(Detail(bump: .major, text: "detector changed from \(old.detectorID) to \(new.detectorID)"))
            } else {
                for key in Set(old.options.keys).union(new.options.keys).sorted() where old.options[key] != new.options[key] {
                    if let before = old.options[key]?.stringsValue, let after = new.options[key]?.stringsValue,
                       case .strings = new.options[key] {
                        details += setChange(before, after, noun: "'\(key)' entry")
                    } else {
                        details.append(Detail(bump: .major, text: "option '\(key)' changed from "
                                              + (old.options[key]?.description ?? "(unset)") + " to "
                                              + (new.options[key]?.description ?? "(unset)")))
                    }
                }
            }
        default:
            break
        }
        if before.header.description != after.header.description {
            details.append(Detail(bump: .patch, text: "description changed"))
        }
        if before.header.examples.match.map(\.text) != after.header.examples.match.map(\.text)
            || before.header.examples.noMatch.map(\.text) != after.header.examples.noMatch.map(\.text) {
            details.append(Detail(bump: .patch, text: "examples changed"))
        }
        return details
    }

    /// Added and removed members of a list that widens coverage (or narrows it, when `narrowing`).
    private static func setChange(_ old: [String], _ new: [String], noun: String, narrowing: Bool = false) -> [Detail] {
        let removed = old.filter { !new.contains($0) }
        let added = new.filter { !old.contains($0) }
        var details: [Detail] = []
        if !removed.isEmpty {
            details.append(Detail(bump: narrowing ? .minor : .major,
                                  text: "\(noun)s removed: " + removed.map { "'\($0)'" }.joined(separator: ", ")))
        }
        if !added.isEmpty {
            details.append(Detail(bump: narrowing ? .major : .minor,
                                  text: "\(noun)s added: " + added.map { "'\($0)'" }.joined(separator: ", ")))
        }
        return details
    }
}
