/// A `data-openreplay-*` attribute the tracker does not know, usually a misspelling.
public struct UnknownOpenReplayAttributeCheck: LintCheck {
    public static let description = CheckDescription(
        id: "unknown-openreplay-attribute",
        name: "Unknown OpenReplay Attribute",
        summary: "An attribute looks like a data-openreplay-* masking attribute but is not one the tracker reads, so it masks nothing.",
        rationale: """
            The tracker tests for exactly `data-openreplay-obscured`, `-hidden`, `-masked`, \
            `-htmlmasked`, `-unmask`, `-label`, `-capture` and `-ignore` (by presence; the value is \
            ignored). Any other spelling is an ordinary `data-*` attribute: the element it was meant to \
            mask is recorded, and the attribute itself is sent verbatim. This check reports unknown \
            `data-openreplay-*` names and near misses of the known ones (`data-openreplay-obscure`, \
            `data-open-replay-hidden`, `data-openreply-hidden`), with the attribute that was probably \
            meant.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            #"↓<div data-openreplay-obscure><p>Balance</p></div>"#,
            #"↓<section data-open-replay-hidden>Account</section>"#,
            #"↓<input name="card" data-openreplay-private>"#,
            #"↓<span openreplay-hidden>Account</span>"#,
        ],
        nonTriggeringExamples: [
            #"<div data-openreplay-obscured><p>Balance</p></div>"#,
            #"<button data-openreplay-label="Checkout">Pay</button>"#,
            #"<div data-replay-id="7" data-open="true">Menu</div>"#,
        ])

    public init() {}

    /// The names the tracker reads.
    static let knownNames = OpenReplayAttribute.allCases.map(\.rawValue)

    public func findings(in document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for element in document.document.allElements {
            for attribute in element.attributes {
                guard let suggestion = Self.problem(with: attribute.name) else { continue }
                findings.append(finding(
                    Message.unknown(attribute: attribute.name, element: element.description, suggestion: suggestion),
                    at: element.sourceLocation, in: document,
                    fix: suggestion.map { "rename it to \($0)" } ?? "use one of \(Self.knownNames.joined(separator: ", "))"))
            }
        }
        return findings
    }

    /// `nil` when `name` is fine; otherwise `.some(the probably meant name)`, or `.some(nil)` when
    /// no known name is close.
    static func problem(with name: String) -> String?? {
        // Every spelling worth a look has "open" or "replay" in it; most attribute names have neither.
        guard containsASCII(name, "open") || containsASCII(name, "replay") else { return nil }
        let looksLikeOpenReplay = name.contains("openreplay") || name.contains("open-replay") || name.contains("openreply")
            || name.contains("opnereplay") || name.contains("openrelay") || name.contains("open_replay")
        guard looksLikeOpenReplay || (name.hasPrefix("data-") && name.contains("replay")) else { return nil }
        if knownNames.contains(name) || name == "data-asayer-label" { return nil }
        let nearest = EditDistance.nearest(to: name, in: knownNames, limit: 4)
            ?? (name.hasPrefix("data-") ? nil : EditDistance.nearest(to: "data-" + name, in: knownNames, limit: 2))
        if name.hasPrefix("data-openreplay-") || nearest != nil || looksLikeOpenReplay { return .some(nearest) }
        return nil
    }
}

extension UnknownOpenReplayAttributeCheck {
    /// Whether the UTF-8 of `needle` occurs in `text`.
    static func containsASCII(_ text: String, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        var utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
                if (1..<pattern.count).allSatisfy({ bytes[start + $0] == pattern[$0] }) { return true }
            }
            return false
        } ?? {
            utf8 = String(text).utf8
            return Array(utf8).withUnsafeBufferPointer { bytes in
                bytes.count >= pattern.count && (0...(bytes.count - pattern.count)).contains { start in
                    (0..<pattern.count).allSatisfy { bytes[start + $0] == pattern[$0] }
                }
            }
        }()
    }

    enum Message {
        static func unknown(attribute: String, element: String, suggestion: String?) -> String {
            let meant = suggestion.map { " Did you mean \($0)?" } ?? ""
            return "\(attribute) on \(element) is not an attribute OpenReplay reads, so it masks nothing.\(meant)"
        }
    }
}
