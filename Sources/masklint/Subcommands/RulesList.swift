import ArgumentParser
import MaskRules

/// `masklint rules list`: a table of the rules, or of the built-in detectors.
struct RulesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the rules of a rule set, or the built-in value detectors.")

    @OptionGroup var ruleSet: RuleSetOptions

    @Option(help: ArgumentHelp("Only rules of this category.", valueName: "category"))
    var category: String?

    @Option(help: ArgumentHelp("Only rules of this kind: selector, input-name, label or detector.", valueName: "kind"))
    var kind: String?

    @Flag(help: "List the built-in value detectors and their options instead of rules.")
    var detectors = false

    @Option(help: "Output format.")
    var format: ListingFormat = .text

    func validate() throws {
        if let category, PIICategory(rawValue: category) == nil {
            throw ValidationError("unknown category '\(category)'; expected one of "
                                  + PIICategory.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let kind, RuleKind(rawValue: kind) == nil {
            throw ValidationError("unknown kind '\(kind)'; expected one of " + RuleKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        if detectors { return try listDetectors() }
        let rules = try ruleSet.load().allRules.filter { rule in
            (category == nil || rule.header.category.rawValue == category) && (kind == nil || rule.kind.rawValue == kind)
        }
        switch format {
        case .text:
            let rows = rules.map { [$0.id, $0.kind.rawValue, $0.header.level.name, $0.definition] }
            StandardStreams.output(TextTable.render(header: ["ID", "KIND", "LEVEL", "DEFINITION"], rows: rows))
        case .json:
            StandardStreams.output(try JSONOutput.encode(rules.map(RuleView.init)))
        }
    }

    private func listDetectors() throws {
        let descriptions = BuiltInDetectors.descriptions
        switch format {
        case .text:
            let rows = descriptions.map { description in
                [description.id, description.category?.rawValue ?? "(rule's)", description.summary,
                 description.options.map(\.name).joined(separator: ", ")]
            }
            StandardStreams.output(TextTable.render(header: ["DETECTOR", "CATEGORY", "SUMMARY", "OPTIONS"], rows: rows))
        case .json:
            StandardStreams.output(try JSONOutput.encode(descriptions.map(DetectorView.init)))
        }
    }
}

/// The JSON form of a rule in listings.
struct RuleView: Encodable {
    let id: String
    let kind: String
    let category: String
    let level: String
    let description: String
    let definition: String
    let location: String

    init(_ rule: AnyRule) {
        id = rule.id
        kind = rule.kind.rawValue
        category = rule.header.category.rawValue
        level = rule.header.level.name
        description = rule.header.description
        definition = rule.definition
        location = rule.header.location.description
    }
}

/// The JSON form of a built-in detector.
struct DetectorView: Encodable {
    struct Option: Encodable {
        let name: String
        let type: String
        let summary: String
    }

    let id: String
    let category: String?
    let summary: String
    let options: [Option]

    init(_ description: DetectorDescription) {
        id = description.id
        category = description.category?.rawValue
        summary = description.summary
        options = description.options.map { Option(name: $0.name, type: "\($0.type)", summary: $0.summary) }
    }
}
