/// The table of every resource limit in `docs/limits.md`, generated from `ResourceLimit` (a test
/// checks that the committed file is current).
public enum ResourceLimitCatalog {
    /// The marker lines between which `docs/limits.md` holds the generated table.
    public static let beginMarker = "<!-- BEGIN GENERATED: ResourceLimitCatalog.markdownTable -->"
    /// See `beginMarker`.
    public static let endMarker = "<!-- END GENERATED -->"

    /// One row per limit: option and `.masklint.yaml` key, commands, default, what it bounds and what
    /// happens when an input reaches it.
    public static func markdownTable() -> String {
        var lines = [
            "| Option / `limits:` key | Commands | Default | What it bounds | When an input reaches it |",
            "| --- | --- | ---: | --- | --- |",
        ]
        for limit in ResourceLimit.allCases {
            let commands = limit.commands.joined(separator: ", ")
            let bound = limit.unit == .bytes ? "\(limit.summary) Bytes; `K`, `M`, `G` accepted." : limit.summary
            lines.append("| `--\(limit.key)` | \(commands) | \(limit.format(limit.defaultValue)) | \(bound) | \(limit.whenExceeded) |")
        }
        return lines.joined(separator: "\n")
    }
}
