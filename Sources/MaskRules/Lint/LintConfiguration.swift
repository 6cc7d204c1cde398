/// How a lint run is configured: the tracker configuration pages are recorded with, and the
/// severity of each check.
public struct LintConfiguration: Sendable, Hashable {
    /// The profile of the generated tracker configuration (`masklint compile --profile`).
    public var profile: MaskingProfile
    /// Whether the app turns on the tracker's `privateMode` on top of the generated configuration.
    /// The generated configuration leaves it off (see `MaskingProfile.trackerOptions`).
    public var privateMode: Bool
    /// Severities that replace a check's default, by check id.
    public var severities: [String: Severity]
    /// Checks that do not run, by id.
    public var disabledChecks: Set<String>

    /// Creates a configuration; by default the `precise` profile, every check at its default severity.
    public init(
        profile: MaskingProfile = .precise, privateMode: Bool = false, severities: [String: Severity] = [:],
        disabledChecks: Set<String> = []
    ) {
        self.profile = profile
        self.privateMode = privateMode
        self.severities = severities
        self.disabledChecks = disabledChecks
    }

    /// The tracker options pages are recorded with.
    public var trackerOptions: TrackerPrivacyOptions {
        var options = profile.trackerOptions
        options.privateMode = privateMode
        return options
    }

    /// The severity findings of `check` get, or `nil` when the check is disabled.
    public func severity(of check: CheckDescription) -> Severity? {
        let ids = [check.id] + check.deprecatedIDs
        if ids.contains(where: disabledChecks.contains) { return nil }
        for id in ids { if let severity = severities[id] { return severity } }
        return check.defaultSeverity
    }
}
