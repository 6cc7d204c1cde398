/// The kind of a recorded message: one case per layout in OpenReplay's web message schema.
///
/// Ids are not unique across eras: OpenReplay reused ids 33, 35 and 52 and added a field to 48, so
/// the legacy layouts are separate cases (`clickEvent`, `resourceEvent`, `domDrop`,
/// `graphQLWithoutDuration`). `MessageSchema` decides which case an id means in a given file.
public enum MessageType: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `0` Timestamp: Timestamp:uint. Player stream (DOM file).
    case timestamp
    /// `1` SessionStart: Timestamp:uint, ProjectID:uint, TrackerVersion:string, RevID:string, UserUUID:string,
    /// UserAgent:string, UserOS:string, UserOSVersion:string, UserBrowser:string, UserBrowserVersion:string,
    /// UserDevice:string, UserDeviceType:string, UserDeviceMemorySize:uint, UserDeviceHeapSize:uint,
    /// UserCountry:string, UserID:string. Produced by the backend.
    case sessionStart
    /// `3` CleanSession: Timestamp:uint. Produced by the backend.
    case cleanSession
    /// `4` SetPageLocationDeprecated: URL:string, Referrer:string, NavigationStart:uint. Player stream (DOM file).
    case setPageLocationDeprecated
    /// `5` SetViewportSize: Width:uint, Height:uint. Player stream (DOM file).
    case setViewportSize
    /// `6` SetViewportScroll: X:int, Y:int. Player stream (DOM file).
    case setViewportScroll
    /// `7` CreateDocument: no fields. Player stream (DOM file).
    case createDocument
    /// `8` CreateElementNode: ID:uint, ParentID:uint, index:uint, Tag:string, SVG:boolean. Player stream (DOM file).
    case createElementNode
    /// `9` CreateTextNode: ID:uint, ParentID:uint, Index:uint. Player stream (DOM file).
    case createTextNode
    /// `10` MoveNode: ID:uint, ParentID:uint, Index:uint. Player stream (DOM file).
    case moveNode
    /// `11` RemoveNode: ID:uint. Player stream (DOM file).
    case removeNode
    /// `12` SetNodeAttribute: ID:uint, Name:string, Value:string. Player stream (DOM file).
    case setNodeAttribute
    /// `13` RemoveNodeAttribute: ID:uint, Name:string. Player stream (DOM file).
    case removeNodeAttribute
    /// `14` SetNodeData: ID:uint, Data:string. Player stream (DOM file).
    case setNodeData
    /// `15` SetCSSData: ID:uint, Data:string. Player stream (DOM file).
    case setCSSData
    /// `16` SetNodeScroll: ID:uint, X:int, Y:int. Player stream (DOM file).
    case setNodeScroll
    /// `17` SetInputTarget: ID:uint, Label:string. Analytics stream (never stored in mob files).
    case setInputTarget
    /// `18` SetInputValue: ID:uint, Value:string, Mask:int. Player stream (DOM file).
    case setInputValue
    /// `19` SetInputChecked: ID:uint, Checked:boolean. Player stream (DOM file).
    case setInputChecked
    /// `20` MouseMove: X:uint, Y:uint. Player stream (DOM file).
    case mouseMove
    /// `21` NetworkRequestDeprecated: Type:string, Method:string, URL:string, Request:string, Response:string,
    /// Status:uint, Timestamp:uint, Duration:uint. Devtools stream (devtools file).
    case networkRequestDeprecated
    /// `22` ConsoleLog: Level:string, Value:string. Devtools stream (devtools file).
    case consoleLog
    /// `23` PageLoadTiming: RequestStart:uint, ResponseStart:uint, ResponseEnd:uint, DomContentLoadedEventStart:uint,
    /// DomContentLoadedEventEnd:uint, LoadEventStart:uint, LoadEventEnd:uint, FirstPaint:uint,
    /// FirstContentfulPaint:uint. Analytics stream (never stored in mob files).
    case pageLoadTiming
    /// `24` PageRenderTiming: SpeedIndex:uint, VisuallyComplete:uint, TimeToInteractive:uint. Analytics stream (never
    /// stored in mob files).
    case pageRenderTiming
    /// `25` JSExceptionDeprecated: Name:string, Message:string, Payload:string. Produced by the backend. Retired from
    /// the current schema; still decoded.
    case jsExceptionDeprecated
    /// `26` IntegrationEvent: Timestamp:uint, Source:string, Name:string, Message:string, Payload:string. Produced by
    /// the backend. Retired from the current schema; still decoded.
    case integrationEvent
    /// `27` CustomEvent: Name:string, Payload:string. Analytics stream (never stored in mob files).
    case customEvent
    /// `28` UserID: ID:string. Analytics stream (never stored in mob files).
    case userID
    /// `29` UserAnonymousID: ID:string. Analytics stream (never stored in mob files).
    case userAnonymousID
    /// `30` Metadata: Key:string, Value:string. Analytics stream (never stored in mob files).
    case metadata
    /// `31` PageEventDeprecated: MessageID:uint, Timestamp:uint, URL:string, Referrer:string, Loaded:boolean,
    /// RequestStart:uint, ResponseStart:uint, ResponseEnd:uint, DomContentLoadedEventStart:uint,
    /// DomContentLoadedEventEnd:uint, LoadEventStart:uint, LoadEventEnd:uint, FirstPaint:uint,
    /// FirstContentfulPaint:uint, SpeedIndex:uint, VisuallyComplete:uint, TimeToInteractive:uint. Produced by the
    /// backend.
    case pageEventDeprecated
    /// `32` InputEvent: MessageID:uint, Timestamp:uint, Value:string, ValueMasked:boolean, Label:string. Produced by
    /// the backend.
    case inputEvent
    /// `33` PageEvent: MessageID:uint, Timestamp:uint, URL:string, Referrer:string, Loaded:boolean, RequestStart:uint,
    /// ResponseStart:uint, ResponseEnd:uint, DomContentLoadedEventStart:uint, DomContentLoadedEventEnd:uint,
    /// LoadEventStart:uint, LoadEventEnd:uint, FirstPaint:uint, FirstContentfulPaint:uint, SpeedIndex:uint,
    /// VisuallyComplete:uint, TimeToInteractive:uint, WebVitals:string. Produced by the backend. Current era only.
    case pageEvent
    /// `33` ClickEvent: MessageID:uint, Timestamp:uint, HesitationTime:uint, Label:string, Selector:string. Produced by
    /// the backend. Legacy era only.
    case clickEvent
    /// `34` StringDictGlobal: Key:uint, Value:string. Player stream (DOM file).
    case stringDictGlobal
    /// `35` SetNodeAttributeDictGlobal: ID:uint, Name:uint, Value:uint. Player stream (DOM file). Current era only.
    case setNodeAttributeDictGlobal
    /// `35` ResourceEvent: MessageID:uint, Timestamp:uint, Duration:uint, TTFB:uint, HeaderSize:uint,
    /// EncodedBodySize:uint, DecodedBodySize:uint, URL:string, Type:string, Success:boolean, Method:string,
    /// Status:uint. Produced by the backend. Legacy era only.
    case resourceEvent
    /// `36` NodeAnimationResult: ID:uint, Styles:string. Player stream (DOM file).
    case nodeAnimationResult
    /// `37` CSSInsertRule: ID:uint, Rule:string, Index:uint. Player stream (DOM file). Retired from the current schema;
    /// still decoded.
    case cssInsertRule
    /// `38` CSSDeleteRule: ID:uint, Index:uint. Player stream (DOM file). Retired from the current schema; still
    /// decoded.
    case cssDeleteRule
    /// `39` Fetch: Method:string, URL:string, Request:string, Response:string, Status:uint, Timestamp:uint,
    /// Duration:uint. Devtools stream (devtools file). Retired from the current schema; still decoded.
    case fetch
    /// `40` Profiler: Name:string, Duration:uint, Args:string, Result:string. Devtools stream (devtools file).
    case profiler
    /// `41` OTable: Key:string, Value:string. Devtools stream (devtools file).
    case oTable
    /// `42` StateAction: Type:string. Analytics stream (never stored in mob files).
    case stateAction
    /// `43` StringDict: Key:string, Value:string. Player stream (DOM file).
    case stringDict
    /// `44` ReduxDeprecated: Action:string, State:string, Duration:uint. Devtools stream (devtools file).
    case reduxDeprecated
    /// `45` Vuex: Mutation:string, State:string. Devtools stream (devtools file).
    case vuex
    /// `46` MobX: Type:string, Payload:string. Devtools stream (devtools file).
    case mobX
    /// `47` NgRx: Action:string, State:string, Duration:uint. Devtools stream (devtools file).
    case ngRx
    /// `48` GraphQLDeprecated: OperationKind:string, OperationName:string, Variables:string, Response:string,
    /// Duration:int. Devtools stream (devtools file). Current era only.
    case graphQLDeprecated
    /// `48` GraphQLDeprecated: OperationKind:string, OperationName:string, Variables:string, Response:string. Devtools
    /// stream (devtools file). Legacy era only.
    case graphQLWithoutDuration
    /// `49` PerformanceTrack: Frames:int, Ticks:int, TotalJSHeapSize:uint, UsedJSHeapSize:uint. Player stream (DOM
    /// file).
    case performanceTrack
    /// `50` StringDictDeprecated: Key:uint, Value:string. Player stream (DOM file).
    case stringDictDeprecated
    /// `51` SetNodeAttributeDictDeprecated: ID:uint, NameKey:uint, ValueKey:uint. Player stream (DOM file).
    case setNodeAttributeDictDeprecated
    /// `52` SetNodeAttributeDict: ID:uint, Name:string, Value:string. Player stream (DOM file). Current era only.
    case setNodeAttributeDict
    /// `52` DOMDrop: Timestamp:uint. Produced by the backend. Legacy era only.
    case domDrop
    /// `53` ResourceTimingDeprecatedDeprecated: Timestamp:uint, Duration:uint, TTFB:uint, HeaderSize:uint,
    /// EncodedBodySize:uint, DecodedBodySize:uint, URL:string, Initiator:string. Devtools stream (devtools file).
    case resourceTimingDeprecatedDeprecated
    /// `54` ConnectionInformation: Downlink:uint, Type:string. Player stream (DOM file).
    case connectionInformation
    /// `55` SetPageVisibility: hidden:boolean. Player stream (DOM file).
    case setPageVisibility
    /// `56` PerformanceTrackAggr: TimestampStart:uint, TimestampEnd:uint, MinFPS:uint, AvgFPS:uint, MaxFPS:uint,
    /// MinCPU:uint, AvgCPU:uint, MaxCPU:uint, MinTotalJSHeapSize:uint, AvgTotalJSHeapSize:uint,
    /// MaxTotalJSHeapSize:uint, MinUsedJSHeapSize:uint, AvgUsedJSHeapSize:uint, MaxUsedJSHeapSize:uint. Produced by the
    /// backend.
    case performanceTrackAggr
    /// `57` LoadFontFace: ParentID:uint, Family:string, Source:string, Descriptors:string. Player stream (DOM file).
    case loadFontFace
    /// `58` SetNodeFocus: ID:int. Player stream (DOM file).
    case setNodeFocus
    /// `59` LongTask: Timestamp:uint, Duration:uint, Context:uint, ContainerType:uint, ContainerSrc:string,
    /// ContainerId:string, ContainerName:string. Player stream (DOM file). Retired from the current schema; still
    /// decoded.
    case longTask
    /// `60` SetNodeAttributeURLBased: ID:uint, Name:string, Value:string, BaseURL:string. Assets stream (rewritten by
    /// the backend, DOM file).
    case setNodeAttributeURLBased
    /// `61` SetCSSDataURLBased: ID:uint, Data:string, BaseURL:string. Assets stream (rewritten by the backend, DOM
    /// file).
    case setCSSDataURLBased
    /// `62` IssueEventDeprecated: MessageID:uint, Timestamp:uint, Type:string, ContextString:string, Context:string,
    /// Payload:string. Produced by the backend. Retired from the current schema; still decoded.
    case issueEventDeprecated
    /// `63` TechnicalInfo: Type:string, Value:string. Analytics stream (never stored in mob files).
    case technicalInfo
    /// `64` CustomIssue: Name:string, Payload:string. Analytics stream (never stored in mob files).
    case customIssue
    /// `65` SetNodeSlot: ID:uint, SlotID:uint. Player stream (DOM file).
    case setNodeSlot
    /// `66` AssetCache: URL:string. Produced by the backend.
    case assetCache
    /// `67` CSSInsertRuleURLBased: ID:uint, Rule:string, Index:uint, BaseURL:string. Player stream (DOM file). Retired
    /// from the current schema; still decoded.
    case cssInsertRuleURLBased
    /// `68` MouseClick: ID:uint, HesitationTime:uint, Label:string, Selector:string, NormalizedX:uint,
    /// NormalizedY:uint. Player stream (DOM file).
    case mouseClick
    /// `69` MouseClickDeprecated: ID:uint, HesitationTime:uint, Label:string, Selector:string. Player stream (DOM
    /// file).
    case mouseClickDeprecated
    /// `70` CreateIFrameDocument: FrameID:uint, ID:uint. Player stream (DOM file).
    case createIFrameDocument
    /// `71` AdoptedSSReplaceURLBased: SheetID:uint, Text:string, BaseURL:string. Assets stream (rewritten by the
    /// backend, DOM file).
    case adoptedSSReplaceURLBased
    /// `72` AdoptedSSReplace: SheetID:uint, Text:string. Player stream (DOM file).
    case adoptedSSReplace
    /// `73` AdoptedSSInsertRuleURLBased: SheetID:uint, Rule:string, Index:uint, BaseURL:string. Assets stream
    /// (rewritten by the backend, DOM file).
    case adoptedSSInsertRuleURLBased
    /// `74` AdoptedSSInsertRule: SheetID:uint, Rule:string, Index:uint. Player stream (DOM file).
    case adoptedSSInsertRule
    /// `75` AdoptedSSDeleteRule: SheetID:uint, Index:uint. Player stream (DOM file).
    case adoptedSSDeleteRule
    /// `76` AdoptedSSAddOwner: SheetID:uint, ID:uint. Player stream (DOM file).
    case adoptedSSAddOwner
    /// `77` AdoptedSSRemoveOwner: SheetID:uint, ID:uint. Player stream (DOM file).
    case adoptedSSRemoveOwner
    /// `78` JSException: Name:string, Message:string, Payload:string, Metadata:string. Analytics stream (never stored
    /// in mob files).
    case jsException
    /// `79` Zustand: Mutation:string, State:string. Devtools stream (devtools file).
    case zustand
    /// `80` BatchMeta: PageNo:uint, FirstIndex:uint, Timestamp:int. Batch header (no size prefix). Retired from the
    /// current schema; still decoded.
    case batchMeta
    /// `81` BatchMetadata: Version:uint, PageNo:uint, FirstIndex:uint, Timestamp:int, Location:string. Batch header (no
    /// size prefix).
    case batchMetadata
    /// `82` PartitionedMessage: PartNo:uint, PartTotal:uint. Batch header (no size prefix). Retired from the current
    /// schema; still decoded.
    case partitionedMessage
    /// `83` NetworkRequest: Type:string, Method:string, URL:string, Request:string, Response:string, Status:uint,
    /// Timestamp:uint, Duration:uint, TransferredBodySize:uint. Devtools stream (devtools file).
    case networkRequest
    /// `84` WSChannel: ChType:string, ChannelName:string, Data:string, Timestamp:uint, Dir:string, MessageType:string.
    /// Devtools stream (devtools file).
    case wsChannel
    /// `85` ResourceTiming: Timestamp:uint, Duration:uint, TTFB:uint, HeaderSize:uint, EncodedBodySize:uint,
    /// DecodedBodySize:uint, URL:string, Initiator:string, TransferredSize:uint, Cached:boolean, Queueing:uint,
    /// DnsLookup:uint, InitialConnection:uint, SSL:uint, ContentDownload:uint, Total:uint, Stalled:uint. Devtools
    /// stream (devtools file).
    case resourceTiming
    /// `87` Incident: Label:string, StartTime:int, EndTime:int. Devtools stream (devtools file).
    case incident
    /// `89` LongAnimationTask: Name:string, Duration:int, BlockingDuration:int, FirstUIEventTimestamp:int,
    /// StartTime:int, Scripts:string. Devtools stream (devtools file).
    case longAnimationTask
    /// `112` InputChange: ID:uint, Value:string, ValueMasked:boolean, Label:string, HesitationTime:int,
    /// InputDuration:int. Analytics stream (never stored in mob files).
    case inputChange
    /// `113` SelectionChange: SelectionStart:uint, SelectionEnd:uint, Selection:string. Player stream (DOM file).
    case selectionChange
    /// `114` MouseThrashing: Timestamp:uint. Player stream (DOM file).
    case mouseThrashing
    /// `115` UnbindNodes: TotalRemovedPercent:uint. Analytics stream (never stored in mob files).
    case unbindNodes
    /// `116` ResourceTimingDeprecated: Timestamp:uint, Duration:uint, TTFB:uint, HeaderSize:uint, EncodedBodySize:uint,
    /// DecodedBodySize:uint, URL:string, Initiator:string, TransferredSize:uint, Cached:boolean. Devtools stream
    /// (devtools file).
    case resourceTimingDeprecated
    /// `117` TabChange: TabId:string. Player stream (DOM file).
    case tabChange
    /// `118` TabData: TabId:string. Player stream (DOM file).
    case tabData
    /// `119` CanvasNode: NodeId:string, Timestamp:uint. Player stream (DOM file).
    case canvasNode
    /// `120` TagTrigger: TagId:int. Devtools stream (devtools file).
    case tagTrigger
    /// `121` Redux: Action:string, State:string, Duration:uint, ActionTime:uint. Devtools stream (devtools file).
    case redux
    /// `122` SetPageLocation: URL:string, Referrer:string, NavigationStart:uint, DocumentTitle:string. Player stream
    /// (DOM file).
    case setPageLocation
    /// `123` GraphQL: OperationKind:string, OperationName:string, Variables:string, Response:string, Duration:uint.
    /// Devtools stream (devtools file).
    case graphQL
    /// `124` WebVitals: Name:string, Value:string. Analytics stream (never stored in mob files).
    case webVitals
    /// `125` IssueEvent: MessageID:uint, Timestamp:uint, Type:string, ContextString:string, Context:string,
    /// Payload:string, URL:string. Produced by the backend.
    case issueEvent
    /// `126` SessionEnd: Timestamp:uint, EncryptionKey:string. Produced by the backend.
    case sessionEnd
    /// `127` SessionSearch: Timestamp:uint, Partition:uint. Produced by the backend.
    case sessionSearch

    /// The type id on the wire (always below 128, so one varint byte).
    public var id: UInt8 {
        switch self {
        case .timestamp: 0
        case .sessionStart: 1
        case .cleanSession: 3
        case .setPageLocationDeprecated: 4
        case .setViewportSize: 5
        case .setViewportScroll: 6
        case .createDocument: 7
        case .createElementNode: 8
        case .createTextNode: 9
        case .moveNode: 10
        case .removeNode: 11
        case .setNodeAttribute: 12
        case .removeNodeAttribute: 13
        case .setNodeData: 14
        case .setCSSData: 15
        case .setNodeScroll: 16
        case .setInputTarget: 17
        case .setInputValue: 18
        case .setInputChecked: 19
        case .mouseMove: 20
        case .networkRequestDeprecated: 21
        case .consoleLog: 22
        case .pageLoadTiming: 23
        case .pageRenderTiming: 24
        case .jsExceptionDeprecated: 25
        case .integrationEvent: 26
        case .customEvent: 27
        case .userID: 28
        case .userAnonymousID: 29
        case .metadata: 30
        case .pageEventDeprecated: 31
        case .inputEvent: 32
        case .pageEvent: 33
        case .clickEvent: 33
        case .stringDictGlobal: 34
        case .setNodeAttributeDictGlobal: 35
        case .resourceEvent: 35
        case .nodeAnimationResult: 36
        case .cssInsertRule: 37
        case .cssDeleteRule: 38
        case .fetch: 39
        case .profiler: 40
        case .oTable: 41
        case .stateAction: 42
        case .stringDict: 43
        case .reduxDeprecated: 44
        case .vuex: 45
        case .mobX: 46
        case .ngRx: 47
        case .graphQLDeprecated: 48
        case .graphQLWithoutDuration: 48
        case .performanceTrack: 49
        case .stringDictDeprecated: 50
        case .setNodeAttributeDictDeprecated: 51
        case .setNodeAttributeDict: 52
        case .domDrop: 52
        case .resourceTimingDeprecatedDeprecated: 53
        case .connectionInformation: 54
        case .setPageVisibility: 55
        case .performanceTrackAggr: 56
        case .loadFontFace: 57
        case .setNodeFocus: 58
        case .longTask: 59
        case .setNodeAttributeURLBased: 60
        case .setCSSDataURLBased: 61
        case .issueEventDeprecated: 62
        case .technicalInfo: 63
        case .customIssue: 64
        case .setNodeSlot: 65
        case .assetCache: 66
        case .cssInsertRuleURLBased: 67
        case .mouseClick: 68
        case .mouseClickDeprecated: 69
        case .createIFrameDocument: 70
        case .adoptedSSReplaceURLBased: 71
        case .adoptedSSReplace: 72
        case .adoptedSSInsertRuleURLBased: 73
        case .adoptedSSInsertRule: 74
        case .adoptedSSDeleteRule: 75
        case .adoptedSSAddOwner: 76
        case .adoptedSSRemoveOwner: 77
        case .jsException: 78
        case .zustand: 79
        case .batchMeta: 80
        case .batchMetadata: 81
        case .partitionedMessage: 82
        case .networkRequest: 83
        case .wsChannel: 84
        case .resourceTiming: 85
        case .incident: 87
        case .longAnimationTask: 89
        case .inputChange: 112
        case .selectionChange: 113
        case .mouseThrashing: 114
        case .unbindNodes: 115
        case .resourceTimingDeprecated: 116
        case .tabChange: 117
        case .tabData: 118
        case .canvasNode: 119
        case .tagTrigger: 120
        case .redux: 121
        case .setPageLocation: 122
        case .graphQL: 123
        case .webVitals: 124
        case .issueEvent: 125
        case .sessionEnd: 126
        case .sessionSearch: 127
        }
    }

    /// The message's name in OpenReplay's schema (`mobs/messages.rb`), as reports show it.
    public var name: String {
        switch self {
        case .timestamp: "Timestamp"
        case .sessionStart: "SessionStart"
        case .cleanSession: "CleanSession"
        case .setPageLocationDeprecated: "SetPageLocationDeprecated"
        case .setViewportSize: "SetViewportSize"
        case .setViewportScroll: "SetViewportScroll"
        case .createDocument: "CreateDocument"
        case .createElementNode: "CreateElementNode"
        case .createTextNode: "CreateTextNode"
        case .moveNode: "MoveNode"
        case .removeNode: "RemoveNode"
        case .setNodeAttribute: "SetNodeAttribute"
        case .removeNodeAttribute: "RemoveNodeAttribute"
        case .setNodeData: "SetNodeData"
        case .setCSSData: "SetCSSData"
        case .setNodeScroll: "SetNodeScroll"
        case .setInputTarget: "SetInputTarget"
        case .setInputValue: "SetInputValue"
        case .setInputChecked: "SetInputChecked"
        case .mouseMove: "MouseMove"
        case .networkRequestDeprecated: "NetworkRequestDeprecated"
        case .consoleLog: "ConsoleLog"
        case .pageLoadTiming: "PageLoadTiming"
        case .pageRenderTiming: "PageRenderTiming"
        case .jsExceptionDeprecated: "JSExceptionDeprecated"
        case .integrationEvent: "IntegrationEvent"
        case .customEvent: "CustomEvent"
        case .userID: "UserID"
        case .userAnonymousID: "UserAnonymousID"
        case .metadata: "Metadata"
        case .pageEventDeprecated: "PageEventDeprecated"
        case .inputEvent: "InputEvent"
        case .pageEvent: "PageEvent"
        case .clickEvent: "ClickEvent"
        case .stringDictGlobal: "StringDictGlobal"
        case .setNodeAttributeDictGlobal: "SetNodeAttributeDictGlobal"
        case .resourceEvent: "ResourceEvent"
        case .nodeAnimationResult: "NodeAnimationResult"
        case .cssInsertRule: "CSSInsertRule"
        case .cssDeleteRule: "CSSDeleteRule"
        case .fetch: "Fetch"
        case .profiler: "Profiler"
        case .oTable: "OTable"
        case .stateAction: "StateAction"
        case .stringDict: "StringDict"
        case .reduxDeprecated: "ReduxDeprecated"
        case .vuex: "Vuex"
        case .mobX: "MobX"
        case .ngRx: "NgRx"
        case .graphQLDeprecated: "GraphQLDeprecated"
        case .graphQLWithoutDuration: "GraphQLDeprecated"
        case .performanceTrack: "PerformanceTrack"
        case .stringDictDeprecated: "StringDictDeprecated"
        case .setNodeAttributeDictDeprecated: "SetNodeAttributeDictDeprecated"
        case .setNodeAttributeDict: "SetNodeAttributeDict"
        case .domDrop: "DOMDrop"
        case .resourceTimingDeprecatedDeprecated: "ResourceTimingDeprecatedDeprecated"
        case .connectionInformation: "ConnectionInformation"
        case .setPageVisibility: "SetPageVisibility"
        case .performanceTrackAggr: "PerformanceTrackAggr"
        case .loadFontFace: "LoadFontFace"
        case .setNodeFocus: "SetNodeFocus"
        case .longTask: "LongTask"
        case .setNodeAttributeURLBased: "SetNodeAttributeURLBased"
        case .setCSSDataURLBased: "SetCSSDataURLBased"
        case .issueEventDeprecated: "IssueEventDeprecated"
        case .technicalInfo: "TechnicalInfo"
        case .customIssue: "CustomIssue"
        case .setNodeSlot: "SetNodeSlot"
        case .assetCache: "AssetCache"
        case .cssInsertRuleURLBased: "CSSInsertRuleURLBased"
        case .mouseClick: "MouseClick"
        case .mouseClickDeprecated: "MouseClickDeprecated"
        case .createIFrameDocument: "CreateIFrameDocument"
        case .adoptedSSReplaceURLBased: "AdoptedSSReplaceURLBased"
        case .adoptedSSReplace: "AdoptedSSReplace"
        case .adoptedSSInsertRuleURLBased: "AdoptedSSInsertRuleURLBased"
        case .adoptedSSInsertRule: "AdoptedSSInsertRule"
        case .adoptedSSDeleteRule: "AdoptedSSDeleteRule"
        case .adoptedSSAddOwner: "AdoptedSSAddOwner"
        case .adoptedSSRemoveOwner: "AdoptedSSRemoveOwner"
        case .jsException: "JSException"
        case .zustand: "Zustand"
        case .batchMeta: "BatchMeta"
        case .batchMetadata: "BatchMetadata"
        case .partitionedMessage: "PartitionedMessage"
        case .networkRequest: "NetworkRequest"
        case .wsChannel: "WSChannel"
        case .resourceTiming: "ResourceTiming"
        case .incident: "Incident"
        case .longAnimationTask: "LongAnimationTask"
        case .inputChange: "InputChange"
        case .selectionChange: "SelectionChange"
        case .mouseThrashing: "MouseThrashing"
        case .unbindNodes: "UnbindNodes"
        case .resourceTimingDeprecated: "ResourceTimingDeprecated"
        case .tabChange: "TabChange"
        case .tabData: "TabData"
        case .canvasNode: "CanvasNode"
        case .tagTrigger: "TagTrigger"
        case .redux: "Redux"
        case .setPageLocation: "SetPageLocation"
        case .graphQL: "GraphQL"
        case .webVitals: "WebVitals"
        case .issueEvent: "IssueEvent"
        case .sessionEnd: "SessionEnd"
        case .sessionSearch: "SessionSearch"
        }
    }

    /// Which tracker stream carries the message, and so which stored file it can be found in.
    public var stream: MessageStream {
        switch self {
        case .timestamp: .player
        case .sessionStart: .backend
        case .cleanSession: .backend
        case .setPageLocationDeprecated: .player
        case .setViewportSize: .player
        case .setViewportScroll: .player
        case .createDocument: .player
        case .createElementNode: .player
        case .createTextNode: .player
        case .moveNode: .player
        case .removeNode: .player
        case .setNodeAttribute: .player
        case .removeNodeAttribute: .player
        case .setNodeData: .player
        case .setCSSData: .player
        case .setNodeScroll: .player
        case .setInputTarget: .analytics
        case .setInputValue: .player
        case .setInputChecked: .player
        case .mouseMove: .player
        case .networkRequestDeprecated: .devtools
        case .consoleLog: .devtools
        case .pageLoadTiming: .analytics
        case .pageRenderTiming: .analytics
        case .jsExceptionDeprecated: .backend
        case .integrationEvent: .backend
        case .customEvent: .analytics
        case .userID: .analytics
        case .userAnonymousID: .analytics
        case .metadata: .analytics
        case .pageEventDeprecated: .backend
        case .inputEvent: .backend
        case .pageEvent: .backend
        case .clickEvent: .backend
        case .stringDictGlobal: .player
        case .setNodeAttributeDictGlobal: .player
        case .resourceEvent: .backend
        case .nodeAnimationResult: .player
        case .cssInsertRule: .player
        case .cssDeleteRule: .player
        case .fetch: .devtools
        case .profiler: .devtools
        case .oTable: .devtools
        case .stateAction: .analytics
        case .stringDict: .player
        case .reduxDeprecated: .devtools
        case .vuex: .devtools
        case .mobX: .devtools
        case .ngRx: .devtools
        case .graphQLDeprecated: .devtools
        case .graphQLWithoutDuration: .devtools
        case .performanceTrack: .player
        case .stringDictDeprecated: .player
        case .setNodeAttributeDictDeprecated: .player
        case .setNodeAttributeDict: .player
        case .domDrop: .backend
        case .resourceTimingDeprecatedDeprecated: .devtools
        case .connectionInformation: .player
        case .setPageVisibility: .player
        case .performanceTrackAggr: .backend
        case .loadFontFace: .player
        case .setNodeFocus: .player
        case .longTask: .player
        case .setNodeAttributeURLBased: .assets
        case .setCSSDataURLBased: .assets
        case .issueEventDeprecated: .backend
        case .technicalInfo: .analytics
        case .customIssue: .analytics
        case .setNodeSlot: .player
        case .assetCache: .backend
        case .cssInsertRuleURLBased: .player
        case .mouseClick: .player
        case .mouseClickDeprecated: .player
        case .createIFrameDocument: .player
        case .adoptedSSReplaceURLBased: .assets
        case .adoptedSSReplace: .player
        case .adoptedSSInsertRuleURLBased: .assets
        case .adoptedSSInsertRule: .player
        case .adoptedSSDeleteRule: .player
        case .adoptedSSAddOwner: .player
        case .adoptedSSRemoveOwner: .player
        case .jsException: .analytics
        case .zustand: .devtools
        case .batchMeta: .batchHeader
        case .batchMetadata: .batchHeader
        case .partitionedMessage: .batchHeader
        case .networkRequest: .devtools
        case .wsChannel: .devtools
        case .resourceTiming: .devtools
        case .incident: .devtools
        case .longAnimationTask: .devtools
        case .inputChange: .analytics
        case .selectionChange: .player
        case .mouseThrashing: .player
        case .unbindNodes: .analytics
        case .resourceTimingDeprecated: .devtools
        case .tabChange: .player
        case .tabData: .player
        case .canvasNode: .player
        case .tagTrigger: .devtools
        case .redux: .devtools
        case .setPageLocation: .player
        case .graphQL: .devtools
        case .webVitals: .analytics
        case .issueEvent: .backend
        case .sessionEnd: .backend
        case .sessionSearch: .backend
        }
    }

    /// The fields in wire order, with the channel of every string field.
    public var fields: [MessageField] {
        switch self {
        case .timestamp: [.init("Timestamp", .uint)]
        case .sessionStart: [.init("Timestamp", .uint), .init("ProjectID", .uint), .init("TrackerVersion", .string,
            channel: .other), .init("RevID", .string, channel: .other), .init("UserUUID", .string, channel: .other),
            .init("UserAgent", .string, channel: .other), .init("UserOS", .string, channel: .other),
            .init("UserOSVersion", .string, channel: .other), .init("UserBrowser", .string, channel: .other),
            .init("UserBrowserVersion", .string, channel: .other), .init("UserDevice", .string, channel: .other),
            .init("UserDeviceType", .string, channel: .other), .init("UserDeviceMemorySize", .uint),
            .init("UserDeviceHeapSize", .uint), .init("UserCountry", .string, channel: .other), .init("UserID", .string,
            channel: .userID)]
        case .cleanSession: [.init("Timestamp", .uint)]
        case .setPageLocationDeprecated: [.init("URL", .string, channel: .pageURL), .init("Referrer", .string,
            channel: .referrer), .init("NavigationStart", .uint)]
        case .setViewportSize: [.init("Width", .uint), .init("Height", .uint)]
        case .setViewportScroll: [.init("X", .int), .init("Y", .int)]
        case .createDocument: []
        case .createElementNode: [.init("ID", .uint), .init("ParentID", .uint), .init("index", .uint), .init("Tag",
            .string, channel: .structure), .init("SVG", .boolean)]
        case .createTextNode: [.init("ID", .uint), .init("ParentID", .uint), .init("Index", .uint)]
        case .moveNode: [.init("ID", .uint), .init("ParentID", .uint), .init("Index", .uint)]
        case .removeNode: [.init("ID", .uint)]
        case .setNodeAttribute: [.init("ID", .uint), .init("Name", .string, channel: .structure), .init("Value",
            .string, channel: .attribute)]
        case .removeNodeAttribute: [.init("ID", .uint), .init("Name", .string, channel: .structure)]
        case .setNodeData: [.init("ID", .uint), .init("Data", .string, channel: .domText)]
        case .setCSSData: [.init("ID", .uint), .init("Data", .string, channel: .css)]
        case .setNodeScroll: [.init("ID", .uint), .init("X", .int), .init("Y", .int)]
        case .setInputTarget: [.init("ID", .uint), .init("Label", .string, channel: .inputLabel)]
        case .setInputValue: [.init("ID", .uint), .init("Value", .string, channel: .inputValue), .init("Mask", .int)]
        case .setInputChecked: [.init("ID", .uint), .init("Checked", .boolean)]
        case .mouseMove: [.init("X", .uint), .init("Y", .uint)]
        case .networkRequestDeprecated: [.init("Type", .string, channel: .structure), .init("Method", .string,
            channel: .structure), .init("URL", .string, channel: .networkURL), .init("Request", .string,
            channel: .networkRequest), .init("Response", .string, channel: .networkResponse), .init("Status", .uint),
            .init("Timestamp", .uint), .init("Duration", .uint)]
        case .consoleLog: [.init("Level", .string, channel: .structure), .init("Value", .string, channel: .console)]
        case .pageLoadTiming: [.init("RequestStart", .uint), .init("ResponseStart", .uint), .init("ResponseEnd", .uint),
            .init("DomContentLoadedEventStart", .uint), .init("DomContentLoadedEventEnd", .uint),
            .init("LoadEventStart", .uint), .init("LoadEventEnd", .uint), .init("FirstPaint", .uint),
            .init("FirstContentfulPaint", .uint)]
        case .pageRenderTiming: [.init("SpeedIndex", .uint), .init("VisuallyComplete", .uint),
            .init("TimeToInteractive", .uint)]
        case .jsExceptionDeprecated: [.init("Name", .string, channel: .exception), .init("Message", .string,
            channel: .exception), .init("Payload", .string, channel: .exception)]
        case .integrationEvent: [.init("Timestamp", .uint), .init("Source", .string, channel: .structure), .init("Name",
            .string, channel: .exception), .init("Message", .string, channel: .exception), .init("Payload", .string,
            channel: .exception)]
        case .customEvent: [.init("Name", .string, channel: .customEvent), .init("Payload", .string,
            channel: .customEvent)]
        case .userID: [.init("ID", .string, channel: .userID)]
        case .userAnonymousID: [.init("ID", .string, channel: .anonymousID)]
        case .metadata: [.init("Key", .string, channel: .metadata), .init("Value", .string, channel: .metadata)]
        case .pageEventDeprecated: [.init("MessageID", .uint), .init("Timestamp", .uint), .init("URL", .string,
            channel: .pageURL), .init("Referrer", .string, channel: .referrer), .init("Loaded", .boolean),
            .init("RequestStart", .uint), .init("ResponseStart", .uint), .init("ResponseEnd", .uint),
            .init("DomContentLoadedEventStart", .uint), .init("DomContentLoadedEventEnd", .uint),
            .init("LoadEventStart", .uint), .init("LoadEventEnd", .uint), .init("FirstPaint", .uint),
            .init("FirstContentfulPaint", .uint), .init("SpeedIndex", .uint), .init("VisuallyComplete", .uint),
            .init("TimeToInteractive", .uint)]
        case .inputEvent: [.init("MessageID", .uint), .init("Timestamp", .uint), .init("Value", .string,
            channel: .inputValue), .init("ValueMasked", .boolean), .init("Label", .string, channel: .inputLabel)]
        case .pageEvent: [.init("MessageID", .uint), .init("Timestamp", .uint), .init("URL", .string,
            channel: .pageURL), .init("Referrer", .string, channel: .referrer), .init("Loaded", .boolean),
            .init("RequestStart", .uint), .init("ResponseStart", .uint), .init("ResponseEnd", .uint),
            .init("DomContentLoadedEventStart", .uint), .init("DomContentLoadedEventEnd", .uint),
            .init("LoadEventStart", .uint), .init("LoadEventEnd", .uint), .init("FirstPaint", .uint),
            .init("FirstContentfulPaint", .uint), .init("SpeedIndex", .uint), .init("VisuallyComplete", .uint),
            .init("TimeToInteractive", .uint), .init("WebVitals", .string, channel: .other)]
        case .clickEvent: [.init("MessageID", .uint), .init("Timestamp", .uint), .init("HesitationTime", .uint),
            .init("Label", .string, channel: .clickLabel), .init("Selector", .string, channel: .clickSelector)]
        case .stringDictGlobal: [.init("Key", .uint), .init("Value", .string, channel: .attributeDictionary)]
        case .setNodeAttributeDictGlobal: [.init("ID", .uint), .init("Name", .uint), .init("Value", .uint)]
        case .resourceEvent: [.init("MessageID", .uint), .init("Timestamp", .uint), .init("Duration", .uint),
            .init("TTFB", .uint), .init("HeaderSize", .uint), .init("EncodedBodySize", .uint), .init("DecodedBodySize",
            .uint), .init("URL", .string, channel: .resourceURL), .init("Type", .string, channel: .structure),
            .init("Success", .boolean), .init("Method", .string, channel: .structure), .init("Status", .uint)]
        case .nodeAnimationResult: [.init("ID", .uint), .init("Styles", .string, channel: .css)]
        case .cssInsertRule: [.init("ID", .uint), .init("Rule", .string, channel: .css), .init("Index", .uint)]
        case .cssDeleteRule: [.init("ID", .uint), .init("Index", .uint)]
        case .fetch: [.init("Method", .string, channel: .structure), .init("URL", .string, channel: .networkURL),
            .init("Request", .string, channel: .networkRequest), .init("Response", .string, channel: .networkResponse),
            .init("Status", .uint), .init("Timestamp", .uint), .init("Duration", .uint)]
        case .profiler: [.init("Name", .string, channel: .profiler), .init("Duration", .uint), .init("Args", .string,
            channel: .profiler), .init("Result", .string, channel: .profiler)]
        case .oTable: [.init("Key", .string, channel: .state), .init("Value", .string, channel: .state)]
        case .stateAction: [.init("Type", .string, channel: .state)]
        case .stringDict: [.init("Key", .string, channel: .attributeDictionary), .init("Value", .string,
            channel: .attributeDictionary)]
        case .reduxDeprecated: [.init("Action", .string, channel: .state), .init("State", .string, channel: .state),
            .init("Duration", .uint)]
        case .vuex: [.init("Mutation", .string, channel: .state), .init("State", .string, channel: .state)]
        case .mobX: [.init("Type", .string, channel: .state), .init("Payload", .string, channel: .state)]
        case .ngRx: [.init("Action", .string, channel: .state), .init("State", .string, channel: .state),
            .init("Duration", .uint)]
        case .graphQLDeprecated: [.init("OperationKind", .string, channel: .structure), .init("OperationName", .string,
            channel: .graphQL), .init("Variables", .string, channel: .graphQL), .init("Response", .string,
            channel: .graphQL), .init("Duration", .int)]
        case .graphQLWithoutDuration: [.init("OperationKind", .string, channel: .structure), .init("OperationName",
            .string, channel: .graphQL), .init("Variables", .string, channel: .graphQL), .init("Response", .string,
            channel: .graphQL)]
        case .performanceTrack: [.init("Frames", .int), .init("Ticks", .int), .init("TotalJSHeapSize", .uint),
            .init("UsedJSHeapSize", .uint)]
        case .stringDictDeprecated: [.init("Key", .uint), .init("Value", .string, channel: .attributeDictionary)]
        case .setNodeAttributeDictDeprecated: [.init("ID", .uint), .init("NameKey", .uint), .init("ValueKey", .uint)]
        case .setNodeAttributeDict: [.init("ID", .uint), .init("Name", .string, channel: .attributeDictionary),
            .init("Value", .string, channel: .attributeDictionary)]
        case .domDrop: [.init("Timestamp", .uint)]
        case .resourceTimingDeprecatedDeprecated: [.init("Timestamp", .uint), .init("Duration", .uint), .init("TTFB",
            .uint), .init("HeaderSize", .uint), .init("EncodedBodySize", .uint), .init("DecodedBodySize", .uint),
            .init("URL", .string, channel: .resourceURL), .init("Initiator", .string, channel: .structure)]
        case .connectionInformation: [.init("Downlink", .uint), .init("Type", .string, channel: .structure)]
        case .setPageVisibility: [.init("hidden", .boolean)]
        case .performanceTrackAggr: [.init("TimestampStart", .uint), .init("TimestampEnd", .uint), .init("MinFPS",
            .uint), .init("AvgFPS", .uint), .init("MaxFPS", .uint), .init("MinCPU", .uint), .init("AvgCPU", .uint),
            .init("MaxCPU", .uint), .init("MinTotalJSHeapSize", .uint), .init("AvgTotalJSHeapSize", .uint),
            .init("MaxTotalJSHeapSize", .uint), .init("MinUsedJSHeapSize", .uint), .init("AvgUsedJSHeapSize", .uint),
            .init("MaxUsedJSHeapSize", .uint)]
        case .loadFontFace: [.init("ParentID", .uint), .init("Family", .string, channel: .css), .init("Source", .string,
            channel: .resourceURL), .init("Descriptors", .string, channel: .css)]
        case .setNodeFocus: [.init("ID", .int)]
        case .longTask: [.init("Timestamp", .uint), .init("Duration", .uint), .init("Context", .uint),
            .init("ContainerType", .uint), .init("ContainerSrc", .string, channel: .resourceURL), .init("ContainerId",
            .string, channel: .other), .init("ContainerName", .string, channel: .other)]
        case .setNodeAttributeURLBased: [.init("ID", .uint), .init("Name", .string, channel: .structure), .init("Value",
            .string, channel: .attribute), .init("BaseURL", .string, channel: .pageURL)]
        case .setCSSDataURLBased: [.init("ID", .uint), .init("Data", .string, channel: .css), .init("BaseURL", .string,
            channel: .pageURL)]
        case .issueEventDeprecated: [.init("MessageID", .uint), .init("Timestamp", .uint), .init("Type", .string,
            channel: .structure), .init("ContextString", .string, channel: .other), .init("Context", .string,
            channel: .other), .init("Payload", .string, channel: .other)]
        case .technicalInfo: [.init("Type", .string, channel: .other), .init("Value", .string, channel: .other)]
        case .customIssue: [.init("Name", .string, channel: .customEvent), .init("Payload", .string,
            channel: .customEvent)]
        case .setNodeSlot: [.init("ID", .uint), .init("SlotID", .uint)]
        case .assetCache: [.init("URL", .string, channel: .resourceURL)]
        case .cssInsertRuleURLBased: [.init("ID", .uint), .init("Rule", .string, channel: .css), .init("Index", .uint),
            .init("BaseURL", .string, channel: .pageURL)]
        case .mouseClick: [.init("ID", .uint), .init("HesitationTime", .uint), .init("Label", .string,
            channel: .clickLabel), .init("Selector", .string, channel: .clickSelector), .init("NormalizedX", .uint),
            .init("NormalizedY", .uint)]
        case .mouseClickDeprecated: [.init("ID", .uint), .init("HesitationTime", .uint), .init("Label", .string,
            channel: .clickLabel), .init("Selector", .string, channel: .clickSelector)]
        case .createIFrameDocument: [.init("FrameID", .uint), .init("ID", .uint)]
        case .adoptedSSReplaceURLBased: [.init("SheetID", .uint), .init("Text", .string, channel: .css),
            .init("BaseURL", .string, channel: .pageURL)]
        case .adoptedSSReplace: [.init("SheetID", .uint), .init("Text", .string, channel: .css)]
        case .adoptedSSInsertRuleURLBased: [.init("SheetID", .uint), .init("Rule", .string, channel: .css),
            .init("Index", .uint), .init("BaseURL", .string, channel: .pageURL)]
        case .adoptedSSInsertRule: [.init("SheetID", .uint), .init("Rule", .string, channel: .css), .init("Index",
            .uint)]
        case .adoptedSSDeleteRule: [.init("SheetID", .uint), .init("Index", .uint)]
        case .adoptedSSAddOwner: [.init("SheetID", .uint), .init("ID", .uint)]
        case .adoptedSSRemoveOwner: [.init("SheetID", .uint), .init("ID", .uint)]
        case .jsException: [.init("Name", .string, channel: .exception), .init("Message", .string, channel: .exception),
            .init("Payload", .string, channel: .exception), .init("Metadata", .string, channel: .exception)]
        case .zustand: [.init("Mutation", .string, channel: .state), .init("State", .string, channel: .state)]
        case .batchMeta: [.init("PageNo", .uint), .init("FirstIndex", .uint), .init("Timestamp", .int)]
        case .batchMetadata: [.init("Version", .uint), .init("PageNo", .uint), .init("FirstIndex", .uint),
            .init("Timestamp", .int), .init("Location", .string, channel: .batchURL)]
        case .partitionedMessage: [.init("PartNo", .uint), .init("PartTotal", .uint)]
        case .networkRequest: [.init("Type", .string, channel: .structure), .init("Method", .string,
            channel: .structure), .init("URL", .string, channel: .networkURL), .init("Request", .string,
            channel: .networkRequest), .init("Response", .string, channel: .networkResponse), .init("Status", .uint),
            .init("Timestamp", .uint), .init("Duration", .uint), .init("TransferredBodySize", .uint)]
        case .wsChannel: [.init("ChType", .string, channel: .structure), .init("ChannelName", .string,
            channel: .websocket), .init("Data", .string, channel: .websocket), .init("Timestamp", .uint), .init("Dir",
            .string, channel: .structure), .init("MessageType", .string, channel: .structure)]
        case .resourceTiming: [.init("Timestamp", .uint), .init("Duration", .uint), .init("TTFB", .uint),
            .init("HeaderSize", .uint), .init("EncodedBodySize", .uint), .init("DecodedBodySize", .uint), .init("URL",
            .string, channel: .resourceURL), .init("Initiator", .string, channel: .structure), .init("TransferredSize",
            .uint), .init("Cached", .boolean), .init("Queueing", .uint), .init("DnsLookup", .uint),
            .init("InitialConnection", .uint), .init("SSL", .uint), .init("ContentDownload", .uint), .init("Total",
            .uint), .init("Stalled", .uint)]
        case .incident: [.init("Label", .string, channel: .customEvent), .init("StartTime", .int), .init("EndTime",
            .int)]
        case .longAnimationTask: [.init("Name", .string, channel: .structure), .init("Duration", .int),
            .init("BlockingDuration", .int), .init("FirstUIEventTimestamp", .int), .init("StartTime", .int),
            .init("Scripts", .string, channel: .resourceURL)]
        case .inputChange: [.init("ID", .uint), .init("Value", .string, channel: .inputValue), .init("ValueMasked",
            .boolean), .init("Label", .string, channel: .inputLabel), .init("HesitationTime", .int),
            .init("InputDuration", .int)]
        case .selectionChange: [.init("SelectionStart", .uint), .init("SelectionEnd", .uint), .init("Selection",
            .string, channel: .selection)]
        case .mouseThrashing: [.init("Timestamp", .uint)]
        case .unbindNodes: [.init("TotalRemovedPercent", .uint)]
        case .resourceTimingDeprecated: [.init("Timestamp", .uint), .init("Duration", .uint), .init("TTFB", .uint),
            .init("HeaderSize", .uint), .init("EncodedBodySize", .uint), .init("DecodedBodySize", .uint), .init("URL",
            .string, channel: .resourceURL), .init("Initiator", .string, channel: .structure), .init("TransferredSize",
            .uint), .init("Cached", .boolean)]
        case .tabChange: [.init("TabId", .string, channel: .structure)]
        case .tabData: [.init("TabId", .string, channel: .structure)]
        case .canvasNode: [.init("NodeId", .string, channel: .structure), .init("Timestamp", .uint)]
        case .tagTrigger: [.init("TagId", .int)]
        case .redux: [.init("Action", .string, channel: .state), .init("State", .string, channel: .state),
            .init("Duration", .uint), .init("ActionTime", .uint)]
        case .setPageLocation: [.init("URL", .string, channel: .pageURL), .init("Referrer", .string,
            channel: .referrer), .init("NavigationStart", .uint), .init("DocumentTitle", .string, channel: .title)]
        case .graphQL: [.init("OperationKind", .string, channel: .structure), .init("OperationName", .string,
            channel: .graphQL), .init("Variables", .string, channel: .graphQL), .init("Response", .string,
            channel: .graphQL), .init("Duration", .uint)]
        case .webVitals: [.init("Name", .string, channel: .structure), .init("Value", .string, channel: .other)]
        case .issueEvent: [.init("MessageID", .uint), .init("Timestamp", .uint), .init("Type", .string,
            channel: .structure), .init("ContextString", .string, channel: .other), .init("Context", .string,
            channel: .other), .init("Payload", .string, channel: .other), .init("URL", .string, channel: .pageURL)]
        case .sessionEnd: [.init("Timestamp", .uint), .init("EncryptionKey", .string, channel: .other)]
        case .sessionSearch: [.init("Timestamp", .uint), .init("Partition", .uint)]
        }
    }

    public var description: String { name }
}
