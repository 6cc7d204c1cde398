/// Turns a report into the text of one output format: plain text for people, JSON, SARIF 2.1.0 for code
/// scanning tools, or GitHub Actions workflow annotations.
///
/// `scan`, `lint` and `audit` all hand their findings to a reporter, so every format shows the same
/// findings the same way. A reporter never prints a raw value unless `ReportOptions.showValues` is set:
/// values travel as `SensitiveValue`, and `ReportOptions.shownValue(of:)` is the one place that decides
/// what of them is printed.
public protocol FindingReporter: Sendable {
    /// The whole output for `report`, ending with a newline.
    /// - Parameters:
    ///   - report: the findings, the rules they refer to, and the inputs that could not be examined.
    ///   - options: whether values are shown, the fingerprint key, colour and the base for relative paths.
    func render(_ report: FindingReport, options: ReportOptions) -> String
}
