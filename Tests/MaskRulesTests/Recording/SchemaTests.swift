import Testing
@testable import MaskRules

/// The reader's message table against the schema written out in `ReferenceLayouts`.
@Suite struct SchemaTests {
    /// Every layout of the schema has exactly one message kind, with the same id, name and fields.
    @Test func everyReferenceLayoutHasAMessageType() {
        #expect(MessageType.allCases.count == ReferenceLayouts.all.count)
        for layout in ReferenceLayouts.all {
            let matches = MessageType.allCases.filter { type in
                type.id == layout.id && type.name == layout.name && signature(type) == layout.signature
            }
            #expect(matches.count == 1, "\(layout.id) \(layout.name) \(layout.signature)")
        }
    }

    /// Each era knows every id once, and the eras differ exactly on the reused ids.
    @Test(arguments: SchemaEra.allCases)
    func eraMapsEachIDToTheReferenceLayout(era: SchemaEra) throws {
        let schema = MessageSchema(era: era)
        for layout in ReferenceLayouts.all where layout.era == .both || (layout.era == .legacy) == (era == .legacy) {
            let type = try #require(schema.type(forID: UInt64(layout.id)), "\(layout.id) missing in \(era)")
            #expect(type.name == layout.name && signature(type) == layout.signature, "\(layout.id) in \(era)")
        }
        let ids = Set(ReferenceLayouts.all.map(\.id))
        for id in 0..<256 where !ids.contains(UInt8(id)) {
            #expect(schema.type(forID: UInt64(id)) == nil, "\(id) should be unknown")
        }
        #expect(schema.type(forID: 1 << 40) == nil)
    }

    @Test func reusedIDsHaveBothLayoutsAsAlternatives() {
        #expect(MessageSchema.current.type(forID: 33) == .pageEvent)
        #expect(MessageSchema.legacy.type(forID: 33) == .clickEvent)
        #expect(MessageSchema.current.type(forID: 35) == .setNodeAttributeDictGlobal)
        #expect(MessageSchema.legacy.type(forID: 35) == .resourceEvent)
        #expect(MessageSchema.current.type(forID: 52) == .setNodeAttributeDict)
        #expect(MessageSchema.legacy.type(forID: 52) == .domDrop)
        #expect(MessageSchema.current.type(forID: 48) == .graphQLDeprecated)
        #expect(MessageSchema.legacy.type(forID: 48) == .graphQLWithoutDuration)
        #expect(MessageSchema.current.alternativeTypes(forID: 48) == [.graphQLWithoutDuration])
        #expect(MessageSchema.legacy.alternativeTypes(forID: 35) == [.setNodeAttributeDictGlobal])
        #expect(MessageSchema.current.alternativeTypes(forID: 12).isEmpty)
    }

    /// Every string field of every layout has a channel, and no other field has one.
    @Test func everyStringFieldHasAChannel() {
        for type in MessageType.allCases {
            for field in type.fields {
                #expect((field.kind == .string) == (field.channel != nil), "\(type.name).\(field.name)")
            }
        }
    }

    /// The channels the reference marks as carrying user content.
    @Test(arguments: [
        (MessageType.setNodeData, "Data", StringChannel.domText),
        (.setNodeAttribute, "Value", .attribute),
        (.setNodeAttribute, "Name", .structure),
        (.setCSSData, "Data", .css),
        (.setInputValue, "Value", .inputValue),
        (.selectionChange, "Selection", .selection),
        (.mouseClick, "Label", .clickLabel),
        (.mouseClick, "Selector", .clickSelector),
        (.mouseClickDeprecated, "Selector", .clickSelector),
        (.setPageLocation, "URL", .pageURL),
        (.setPageLocation, "Referrer", .referrer),
        (.setPageLocation, "DocumentTitle", .title),
        (.setPageLocationDeprecated, "URL", .pageURL),
        (.batchMetadata, "Location", .batchURL),
        (.setNodeAttributeURLBased, "BaseURL", .pageURL),
        (.consoleLog, "Value", .console),
        (.networkRequest, "URL", .networkURL),
        (.networkRequest, "Request", .networkRequest),
        (.networkRequest, "Response", .networkResponse),
        (.wsChannel, "Data", .websocket),
        (.redux, "State", .state),
        (.vuex, "State", .state),
        (.mobX, "Payload", .state),
        (.ngRx, "Action", .state),
        (.zustand, "State", .state),
        (.customEvent, "Payload", .customEvent),
        (.metadata, "Value", .metadata),
        (.userID, "ID", .userID),
        (.sessionStart, "UserID", .userID),
        (.userAnonymousID, "ID", .anonymousID),
        (.jsException, "Message", .exception),
        (.resourceTiming, "URL", .resourceURL),
        (.stringDictGlobal, "Value", .attributeDictionary),
        (.inputChange, "Value", .inputValue),
        (.graphQL, "Variables", .graphQL),
    ])
    func piiFieldsHaveTheirChannel(type: MessageType, field: String, channel: StringChannel) throws {
        let spec = try #require(type.fields.first { $0.name == field })
        #expect(spec.channel == channel)
    }

    @Test func streamsFollowTheTrackerRouting() {
        let devtools: Set<UInt8> = [21, 22, 39, 40, 41, 44, 45, 46, 47, 48, 53, 79, 83, 84, 85, 87, 89, 116, 120, 121, 123]
        let analytics: Set<UInt8> = [17, 23, 24, 27, 28, 29, 30, 42, 63, 64, 78, 112, 115, 124]
        let assets: Set<UInt8> = [60, 61, 71, 73]
        for type in MessageType.allCases {
            if devtools.contains(type.id) { #expect(type.stream == .devtools, "\(type.name)") }
            if analytics.contains(type.id) { #expect(type.stream == .analytics, "\(type.name)") }
            if assets.contains(type.id) { #expect(type.stream == .assets, "\(type.name)") }
        }
        #expect(MessageType.batchMetadata.stream == .batchHeader)
        #expect(MessageType.setNodeAttribute.stream == .player)
    }

    private func signature(_ type: MessageType) -> String {
        String(type.fields.map { field -> Character in
            switch field.kind {
            case .uint: "u"
            case .int: "i"
            case .string: "s"
            case .boolean: "b"
            }
        })
    }
}
