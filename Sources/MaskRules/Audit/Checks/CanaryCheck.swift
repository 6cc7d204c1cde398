/// `canary-value`: a canary value (`--canaries FILE`) appears in the recording, in any form: as
/// typed, in another letter case, as its digits with other separators, or percent-, JSON-, HTML-,
/// form- or base64-encoded, in any string of any message.
///
/// Canaries are fake personal data typed into test forms before recording a test session; finding
/// one proves that what a user types there reaches OpenReplay.
struct CanaryCheck: SessionCheck {
    static let description = SessionCheckDescription(
        id: "canary-value",
        name: "Canary Value",
        summary: "A canary value typed into a test form reached the recording.",
        rationale: """
            A canary is a made-up value typed into a form while recording a test session. Wherever it \
            shows up (an input value, a text node, a URL, a network body, a console message) is a path \
            by which a real user's data would reach OpenReplay. Mask the field or strip the value at the \
            channel the finding names.
            """,
        severity: .error)

    mutating func inspect(_ strings: [ScannedString], in session: SessionState) {
        let canaries = session.configuration.canaries.canaries
        for string in strings {
            for hit in string.canaryHits where canaries.indices.contains(hit.canary) {
                let canary = canaries[hit.canary]
                session.report(key: "\(string.channel.rawValue)|\(hit.canary)", checkID: Self.description.id) {
                    Finding(
                        checkID: Self.description.id, severity: Self.description.severity,
                        message: "A canary value was recorded in \(string.channel.rawValue) (\(string.message.name).\(string.field)), \(hit.form.rawValue).",
                        location: session.location(of: string.message, channel: string.channel, node: string.node),
                        category: canary.value.category, value: canary.value,
                        evidence: ["canary from line \(canary.line) of the canary file", "found \(hit.form.rawValue)"])
                }
            }
        }
    }
}
