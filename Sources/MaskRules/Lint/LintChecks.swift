/// The registry of lint checks. A test fails when a file in `Lint/Checks/` is not listed here.
public enum LintChecks {
    /// Every check, in the order the documentation lists them.
    public static let all: [any LintCheck.Type] = [
        UnmaskedPIIFieldCheck.self,
        WeaklyMaskedPIIFieldCheck.self,
        PIIInAttributeCheck.self,
        PIIInTextCheck.self,
        MaskNotInheritedCheck.self,
        PrefilledPIIValueCheck.self,
        UnknownOpenReplayAttributeCheck.self,
        DeprecatedOpenReplayAttributeCheck.self,
        IneffectiveUnmaskCheck.self,
        InvalidSuppressionCheck.self,
    ]

    /// Every check's description.
    public static var descriptions: [CheckDescription] { all.map { $0.description } }

    /// The description of the check with this id (or a deprecated id of it).
    public static func description(id: String) -> CheckDescription? {
        guard let canonical = canonicalIDs[id] else { return nil }
        return descriptions.first { $0.id == canonical }
    }

    /// Each check id and deprecated id, mapped to the check's current id.
    public static let canonicalIDs: [String: String] = {
        var ids: [String: String] = [:]
        for description in descriptions {
            ids[description.id] = description.id
            for old in description.deprecatedIDs { ids[old] = description.id }
        }
        return ids
    }()
}
