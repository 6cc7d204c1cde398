import MaskRules

/// The version `masklint --version` prints.
enum MaskLintVersion {
    static let current = MaskRulesVersion.current
}
