/// The `data-openreplay-*` attributes the tracker reads (openreplay.md §1.2). Only their presence
/// counts (`hasAttribute`); the value is ignored.
public enum OpenReplayAttribute: String, CaseIterable, Sendable {
    /// The element and its subtree become Obscured; on an `<iframe>`, its document is not captured.
    case obscured = "data-openreplay-obscured"
    /// Deprecated alias of `obscured`; also the only attribute that suppresses click tracking.
    case masked = "data-openreplay-masked"
    /// The element is sent as an empty box of its size; nothing inside it is sent.
    case hidden = "data-openreplay-hidden"
    /// Deprecated alias of `hidden`.
    case htmlmasked = "data-openreplay-htmlmasked"
    /// In privateMode only: exempts the element (and its direct text) from being obscured.
    case unmask = "data-openreplay-unmask"
    /// Overrides the label sent for clicks and input changes; sent verbatim.
    case label = "data-openreplay-label"
    /// On an `<iframe>`: capture it even when `captureIFrames` is off or it is obscured.
    case capture = "data-openreplay-capture"
    /// No effect in the tracker (tracker-assist marks its own UI with it).
    case ignore = "data-openreplay-ignore"

    /// The attribute that replaces a deprecated one, or `nil` when this one is current.
    public var replacement: OpenReplayAttribute? {
        switch self {
        case .masked: .obscured
        case .htmlmasked: .hidden
        default: nil
        }
    }

    /// Whether `element` carries the attribute.
    public func isPresent(on element: some SelectorMatchable) -> Bool {
        element.attributeValue(rawValue) != nil
    }

    /// The attribute an element's attribute called `name` is, compared byte for byte (names stored
    /// in lower case) or, with `caseInsensitive`, folding ASCII letters; `nil` for any other name.
    /// Names that do not start with `data-openreplay-` are told apart by their first bytes.
    public init?(attributeName name: String, caseInsensitive: Bool) {
        let isCandidate = ASCIIBytes.withBytes(of: name) { bytes in
            Self.prefix.withUnsafeBufferPointer { ASCIIBytes.hasPrefix(bytes, $0, caseInsensitive: caseInsensitive) }
        }
        guard isCandidate else { return nil }
        if caseInsensitive {
            let lowered = String(decoding: name.utf8.map(ASCIIBytes.lowercased), as: UTF8.self)
            self.init(rawValue: lowered)
        } else {
            self.init(rawValue: name)
        }
    }

    /// What every attribute's name starts with.
    private static let prefix = Array("data-openreplay-".utf8)
}

/// A set of `data-openreplay-*` attributes, such as those an element carries
/// (`MaskingElement.openReplayAttributes`).
public struct OpenReplayAttributes: OptionSet, Hashable, Sendable {
    /// One bit per `OpenReplayAttribute`, in the order of `allCases`.
    public let rawValue: UInt8

    /// Creates a set from its bits.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The set holding `attribute` alone.
    public init(_ attribute: OpenReplayAttribute) {
        rawValue = switch attribute {
        case .obscured: 1
        case .masked: 1 << 1
        case .hidden: 1 << 2
        case .htmlmasked: 1 << 3
        case .unmask: 1 << 4
        case .label: 1 << 5
        case .capture: 1 << 6
        case .ignore: 1 << 7
        }
    }

    /// Whether the set holds `attribute`.
    public func contains(_ attribute: OpenReplayAttribute) -> Bool {
        contains(OpenReplayAttributes(attribute))
    }

    /// Whether the set holds either attribute.
    public func contains(_ attribute: OpenReplayAttribute, or other: OpenReplayAttribute) -> Bool {
        !isDisjoint(with: [OpenReplayAttributes(attribute), OpenReplayAttributes(other)])
    }

    /// The attributes of `element`, each looked up with `OpenReplayAttribute.isPresent(on:)`.
    public init(lookingUpEachOn element: some SelectorMatchable) {
        self = []
        for attribute in OpenReplayAttribute.allCases where attribute.isPresent(on: element) {
            insert(OpenReplayAttributes(attribute))
        }
    }
}
