/// The version of masklint, stamped into reports and generated files next to the rule set's own version.
public enum MaskRulesVersion {
    /// The current release.
    public static let current = "0.1.0"
}
