/// One string a message carries: the field it is in, its value and its channel.
public struct RecordedStringField: Sendable, Hashable {
    /// The field's name in OpenReplay's schema (`Value`, `URL`); `Name`/`Value` for resolved
    /// dictionary attributes and `Body` for the raw body of an unknown message type.
    public let name: String
    /// The string.
    public let value: RecordedString
    /// What the string is.
    public let channel: StringChannel

    /// Creates a field.
    public init(name: String, value: RecordedString, channel: StringChannel) {
        self.name = name
        self.value = value
        self.channel = channel
    }
}
