/// Which generation of OpenReplay's message schema a file was written with.
///
/// OpenReplay reused some type ids: 33 was `ClickEvent` and is now `PageEvent`, 35 was
/// `ResourceEvent` and is now `SetNodeAttributeDictGlobal`, 52 was `DOMDrop` and is now
/// `SetNodeAttributeDict`; and `GraphQL` (48) gained a `Duration` field in June 2024. Every other id
/// kept its layout, and retired ids (such as `CSSInsertRule`, 37) were never reused, so both eras
/// decode them.
public enum SchemaEra: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The schema of January 2023 (tracker 4.x and 5.x), extended with every id added later that does
    /// not collide: 33 `ClickEvent`, 35 `ResourceEvent`, 52 `DOMDrop`, 48 without `Duration`.
    case legacy
    /// The schema of OpenReplay v1.27 (tracker 18), plus the retired ids.
    case current

    public var description: String { rawValue }
}
