extension RecordedMessage {
    /// The wire fields in schema order, strings as `RecordedString`s (the resolved dictionary strings
    /// are not wire fields). For an unknown type this is the raw body as one string.
    public var fieldValues: [FieldValue] {
        body.fieldValues { string($0) }
    }

    /// Calls `visit` for every string the message carries, with its field name and channel.
    ///
    /// Dictionary-based attribute messages also report their resolved name (`Name`, `structure`) and
    /// value (`Value`, `attribute`); the dictionary strings themselves are reported by the dictionary
    /// messages (`attributeDictionary`). An unknown type reports its raw body (`Body`, `other`).
    public func forEachString(_ visit: (RecordedStringField) throws -> Void) rethrows {
        try body.forEachStringField { name, channel, range in
            try visit(RecordedStringField(name: name, value: string(range), channel: channel))
        }
        if let name = resolvedAttribute?.name {
            try visit(RecordedStringField(name: "Name", value: name, channel: .structure))
        }
        if let value = resolvedAttribute?.value {
            try visit(RecordedStringField(name: "Value", value: value, channel: .attribute))
        }
    }

    /// Calls `visit` with the field name, channel and bytes of every string the message carries, as
    /// `forEachString` does, without making a `RecordedString` for each: the bytes are valid only
    /// during the call. This is the fast way to scan a message.
    public func forEachStringBytes(
        _ visit: (_ name: String, _ channel: StringChannel, _ bytes: UnsafeRawBufferPointer) throws -> Void
    ) rethrows {
        let block = context.bytes
        try withExtendedLifetime(block) {
            try body.forEachStringField { name, channel, range in
                try visit(name, channel, block.buffer(offset: Int(range.offset), count: Int(range.count)))
            }
        }
        if let name = resolvedAttribute?.name {
            try name.withUTF8 { bytes in try visit("Name", .structure, bytes) }
        }
        if let value = resolvedAttribute?.value {
            try value.withUTF8 { bytes in try visit("Value", .attribute, bytes) }
        }
    }
}
