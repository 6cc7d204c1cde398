/// The Markdown catalogue of lint checks, `docs/checks.md`, generated from the check descriptions so
/// that it cannot drift from them (a test compares the file with this output).
public enum CheckCatalog {
    /// The catalogue.
    /// - Parameter quality: A paragraph stating the measured precision and recall of PII-field
    ///   detection, placed in its own section; `nil` leaves the section out.
    public static func markdown(quality: String? = nil) -> String {
        var lines: [String] = [
            "# Lint checks",
            "",
            "<!-- Generated from the check descriptions in Sources/MaskRules/Lint/Checks; do not edit. A test fails when this file is stale. -->",
            "",
            "`masklint lint` computes, for every element of a page, the level OpenReplay's tracker gives it under the "
                + "configuration `masklint compile` generates from the rule set, then runs these checks. Each finding names "
                + "its check; the severity is the default below unless `.masklint.yaml` sets another (`checks: {id: "
                + "note|warning|error|off}`), and `<!-- masklint-disable-next-line CHECK-ID: reason -->` silences a check "
                + "on the next line (the reason is required).",
            "",
            "| check | default severity | reports |",
            "| --- | --- | --- |",
        ]
        for description in LintChecks.descriptions {
            lines.append("| [`\(description.id)`](#\(description.id)) | \(description.defaultSeverity.rawValue) | \(description.summary) |")
        }
        lines += ["", "## Configuration", "", configuration]
        if let quality {
            lines += ["", "## Quality of PII-field detection", "", quality]
        }
        for description in LintChecks.descriptions {
            lines += ["", "<a id=\"\(description.id)\"></a>", "## \(description.name) (`\(description.id)`, \(description.defaultSeverity.rawValue))", ""]
            lines.append(description.summary)
            lines += ["", description.rationale]
            if !description.deprecatedIDs.isEmpty {
                lines += ["", "Formerly: " + description.deprecatedIDs.map { "`\($0)`" }.joined(separator: ", ") + "."]
            }
            lines += ["", "Reported (`↓` marks where):", ""]
            for example in description.triggeringExamples { lines += codeBlock(example) }
            lines += ["Not reported:", ""]
            for example in description.nonTriggeringExamples { lines += codeBlock(example) }
        }
        return lines.joined(separator: "\n").replacingTrailingBlankLines() + "\n"
    }

    /// The `.masklint.yaml` section.
    static let configuration = """
        `masklint lint` reads the nearest `.masklint.yaml` (in the current directory or a parent, up to the \
        repository root), or the file given with `--config`. Every key is optional; unknown keys, unknown check \
        ids and bad values are errors with their line and column (exit code 2).

        ```yaml
        rules: config/masklint-rules   # the rule set directory, relative to this file (default: built in)
        profile: precise               # strict or precise, as `masklint compile --profile` (default precise)
        private-mode: false            # true when the app also turns on the tracker's privateMode
        ignore:                        # paths left out, relative to this file
          - vendor/**
          - "*.min.html"
        checks:                        # severity per check id: note, warning, error or off
          pii-in-text: warning
          deprecated-openreplay-attribute: off
        limits:                        # resource limits (docs/limits.md), also read by scan and audit
          max-html-size: 16M
          max-files: 20000
        fingerprint-key-file: ../masklint.key   # fingerprints that match across reports (also scan and audit)
        ```

        `rules`, `limits` and the fingerprint key apply to `masklint scan` and `masklint audit` too. \
        `--rules`, `--profile` and the limit options on the command line win over the file. An ignore pattern without `/` matches \
        a file or directory name at any depth; `*` and `?` stay within one path segment, `**` spans segments, \
        and a pattern that matches a directory leaves out everything under it.
        """

    private static func codeBlock(_ example: CheckExample) -> [String] {
        var settings: [String] = []
        if example.profile != .precise { settings.append("profile `\(example.profile.rawValue)`") }
        if example.privateMode { settings.append("with privateMode") }
        let heading = settings.isEmpty ? [] : ["With " + settings.joined(separator: ", ") + ":", ""]
        return heading + ["```html"] + example.html.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + ["```", ""]
    }
}

extension String {
    fileprivate func replacingTrailingBlankLines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
