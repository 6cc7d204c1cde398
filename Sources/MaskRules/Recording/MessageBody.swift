/// The decoded fields of one recorded message, typed per message kind.
///
/// Labels follow the field names of OpenReplay's schema in lower camel case, in wire order. A string
/// field is a `StringRange`: where its bytes are in the message's block, read through the message
/// (`RecordedMessage.string(_:)`, `text(_:)`). That keeps bodies plain values, cheap to copy. The
/// attribute names and values that dictionary-based messages refer to are resolved by the reader into
/// `RecordedMessage.resolvedAttribute`.
///
/// Equality compares string ranges, not their content; compare `RecordedMessage.fieldValues` for that.
public enum MessageBody: Sendable, Hashable {
    /// `0` Timestamp: Timestamp:uint. Player stream (DOM file).
    case timestamp(timestamp: UInt64)
    /// `1` SessionStart: Timestamp:uint, ProjectID:uint, TrackerVersion:string, RevID:string, UserUUID:string,
    /// UserAgent:string, UserOS:string, UserOSVersion:string, UserBrowser:string, UserBrowserVersion:string,
    /// UserDevice:string, UserDeviceType:string, UserDeviceMemorySize:uint, UserDeviceHeapSize:uint,
    /// UserCountry:string, UserID:string. Produced by the backend.
    indirect case sessionStart(timestamp: UInt64, projectID: UInt64, trackerVersion: StringRange, revID: StringRange,
        userUUID: StringRange, userAgent: StringRange, userOS: StringRange, userOSVersion: StringRange,
        userBrowser: StringRange, userBrowserVersion: StringRange, userDevice: StringRange, userDeviceType: StringRange,
        userDeviceMemorySize: UInt64, userDeviceHeapSize: UInt64, userCountry: StringRange, userID: StringRange)
    /// `3` CleanSession: Timestamp:uint. Produced by the backend.
    case cleanSession(timestamp: UInt64)
    /// `4` SetPageLocationDeprecated: URL:string, Referrer:string, NavigationStart:uint. Player stream (DOM file).
    case setPageLocationDeprecated(url: StringRange, referrer: StringRange, navigationStart: UInt64)
    /// `5` SetViewportSize: Width:uint, Height:uint. Player stream (DOM file).
    case setViewportSize(width: UInt64, height: UInt64)
    /// `6` SetViewportScroll: X:int, Y:int. Player stream (DOM file).
    case setViewportScroll(x: Int64, y: Int64)
    /// `7` CreateDocument: no fields. Player stream (DOM file).
    case createDocument
    /// `8` CreateElementNode: ID:uint, ParentID:uint, index:uint, Tag:string, SVG:boolean. Player stream (DOM file).
    case createElementNode(id: UInt64, parentID: UInt64, index: UInt64, tag: StringRange, svg: Bool)
    /// `9` CreateTextNode: ID:uint, ParentID:uint, Index:uint. Player stream (DOM file).
    case createTextNode(id: UInt64, parentID: UInt64, index: UInt64)
    /// `10` MoveNode: ID:uint, ParentID:uint, Index:uint. Player stream (DOM file).
    case moveNode(id: UInt64, parentID: UInt64, index: UInt64)
    /// `11` RemoveNode: ID:uint. Player stream (DOM file).
    case removeNode(id: UInt64)
    /// `12` SetNodeAttribute: ID:uint, Name:string, Value:string. Player stream (DOM file).
    case setNodeAttribute(id: UInt64, name: StringRange, value: StringRange)
    /// `13` RemoveNodeAttribute: ID:uint, Name:string. Player stream (DOM file).
    case removeNodeAttribute(id: UInt64, name: StringRange)
    /// `14` SetNodeData: ID:uint, Data:string. Player stream (DOM file).
    case setNodeData(id: UInt64, data: StringRange)
    /// `15` SetCSSData: ID:uint, Data:string. Player stream (DOM file).
    case setCSSData(id: UInt64, data: StringRange)
    /// `16` SetNodeScroll: ID:uint, X:int, Y:int. Player stream (DOM file).
    case setNodeScroll(id: UInt64, x: Int64, y: Int64)
    /// `17` SetInputTarget: ID:uint, Label:string. Analytics stream (never stored in mob files).
    case setInputTarget(id: UInt64, label: StringRange)
    /// `18` SetInputValue: ID:uint, Value:string, Mask:int. Player stream (DOM file).
    case setInputValue(id: UInt64, value: StringRange, mask: Int64)
    /// `19` SetInputChecked: ID:uint, Checked:boolean. Player stream (DOM file).
    case setInputChecked(id: UInt64, checked: Bool)
    /// `20` MouseMove: X:uint, Y:uint. Player stream (DOM file).
    case mouseMove(x: UInt64, y: UInt64)
    /// `21` NetworkRequestDeprecated: Type:string, Method:string, URL:string, Request:string, Response:string,
    /// Status:uint, Timestamp:uint, Duration:uint. Devtools stream (devtools file).
    indirect case networkRequestDeprecated(type: StringRange, method: StringRange, url: StringRange,
        request: StringRange, response: StringRange, status: UInt64, timestamp: UInt64, duration: UInt64)
    /// `22` ConsoleLog: Level:string, Value:string. Devtools stream (devtools file).
    case consoleLog(level: StringRange, value: StringRange)
    /// `23` PageLoadTiming: RequestStart:uint, ResponseStart:uint, ResponseEnd:uint, DomContentLoadedEventStart:uint,
    /// DomContentLoadedEventEnd:uint, LoadEventStart:uint, LoadEventEnd:uint, FirstPaint:uint,
    /// FirstContentfulPaint:uint. Analytics stream (never stored in mob files).
    indirect case pageLoadTiming(requestStart: UInt64, responseStart: UInt64, responseEnd: UInt64,
        domContentLoadedEventStart: UInt64, domContentLoadedEventEnd: UInt64, loadEventStart: UInt64,
        loadEventEnd: UInt64, firstPaint: UInt64, firstContentfulPaint: UInt64)
    /// `24` PageRenderTiming: SpeedIndex:uint, VisuallyComplete:uint, TimeToInteractive:uint. Analytics stream (never
    /// stored in mob files).
    case pageRenderTiming(speedIndex: UInt64, visuallyComplete: UInt64, timeToInteractive: UInt64)
    /// `25` JSExceptionDeprecated: Name:string, Message:string, Payload:string. Produced by the backend. Retired from
    /// the current schema; still decoded.
    case jsExceptionDeprecated(name: StringRange, message: StringRange, payload: StringRange)
    /// `26` IntegrationEvent: Timestamp:uint, Source:string, Name:string, Message:string, Payload:string. Produced by
    /// the backend. Retired from the current schema; still decoded.
    case integrationEvent(timestamp: UInt64, source: StringRange, name: StringRange, message: StringRange,
        payload: StringRange)
    /// `27` CustomEvent: Name:string, Payload:string. Analytics stream (never stored in mob files).
    case customEvent(name: StringRange, payload: StringRange)
    /// `28` UserID: ID:string. Analytics stream (never stored in mob files).
    case userID(id: StringRange)
    /// `29` UserAnonymousID: ID:string. Analytics stream (never stored in mob files).
    case userAnonymousID(id: StringRange)
    /// `30` Metadata: Key:string, Value:string. Analytics stream (never stored in mob files).
    case metadata(key: StringRange, value: StringRange)
    /// `31` PageEventDeprecated: MessageID:uint, Timestamp:uint, URL:string, Referrer:string, Loaded:boolean,
    /// RequestStart:uint, ResponseStart:uint, ResponseEnd:uint, DomContentLoadedEventStart:uint,
    /// DomContentLoadedEventEnd:uint, LoadEventStart:uint, LoadEventEnd:uint, FirstPaint:uint,
    /// FirstContentfulPaint:uint, SpeedIndex:uint, VisuallyComplete:uint, TimeToInteractive:uint. Produced by the
    /// backend.
    indirect case pageEventDeprecated(messageID: UInt64, timestamp: UInt64, url: StringRange, referrer: StringRange,
        loaded: Bool, requestStart: UInt64, responseStart: UInt64, responseEnd: UInt64,
        domContentLoadedEventStart: UInt64, domContentLoadedEventEnd: UInt64, loadEventStart: UInt64,
        loadEventEnd: UInt64, firstPaint: UInt64, firstContentfulPaint: UInt64, speedIndex: UInt64,
        visuallyComplete: UInt64, timeToInteractive: UInt64)
    /// `32` InputEvent: MessageID:uint, Timestamp:uint, Value:string, ValueMasked:boolean, Label:string. Produced by
    /// the backend.
    case inputEvent(messageID: UInt64, timestamp: UInt64, value: StringRange, valueMasked: Bool, label: StringRange)
    /// `33` PageEvent: MessageID:uint, Timestamp:uint, URL:string, Referrer:string, Loaded:boolean, RequestStart:uint,
    /// ResponseStart:uint, ResponseEnd:uint, DomContentLoadedEventStart:uint, DomContentLoadedEventEnd:uint,
    /// LoadEventStart:uint, LoadEventEnd:uint, FirstPaint:uint, FirstContentfulPaint:uint, SpeedIndex:uint,
    /// VisuallyComplete:uint, TimeToInteractive:uint, WebVitals:string. Produced by the backend. Current era only.
    indirect case pageEvent(messageID: UInt64, timestamp: UInt64, url: StringRange, referrer: StringRange, loaded: Bool,
        requestStart: UInt64, responseStart: UInt64, responseEnd: UInt64, domContentLoadedEventStart: UInt64,
        domContentLoadedEventEnd: UInt64, loadEventStart: UInt64, loadEventEnd: UInt64, firstPaint: UInt64,
        firstContentfulPaint: UInt64, speedIndex: UInt64, visuallyComplete: UInt64, timeToInteractive: UInt64,
        webVitals: StringRange)
    /// `33` ClickEvent: MessageID:uint, Timestamp:uint, HesitationTime:uint, Label:string, Selector:string. Produced by
    /// the backend. Legacy era only.
    case clickEvent(messageID: UInt64, timestamp: UInt64, hesitationTime: UInt64, label: StringRange,
        selector: StringRange)
    /// `34` StringDictGlobal: Key:uint, Value:string. Player stream (DOM file).
    case stringDictGlobal(key: UInt64, value: StringRange)
    /// `35` SetNodeAttributeDictGlobal: ID:uint, Name:uint, Value:uint. Player stream (DOM file). Current era only.
    case setNodeAttributeDictGlobal(id: UInt64, name: UInt64, value: UInt64)
    /// `35` ResourceEvent: MessageID:uint, Timestamp:uint, Duration:uint, TTFB:uint, HeaderSize:uint,
    /// EncodedBodySize:uint, DecodedBodySize:uint, URL:string, Type:string, Success:boolean, Method:string,
    /// Status:uint. Produced by the backend. Legacy era only.
    indirect case resourceEvent(messageID: UInt64, timestamp: UInt64, duration: UInt64, ttfb: UInt64,
        headerSize: UInt64, encodedBodySize: UInt64, decodedBodySize: UInt64, url: StringRange, type: StringRange,
        success: Bool, method: StringRange, status: UInt64)
    /// `36` NodeAnimationResult: ID:uint, Styles:string. Player stream (DOM file).
    case nodeAnimationResult(id: UInt64, styles: StringRange)
    /// `37` CSSInsertRule: ID:uint, Rule:string, Index:uint. Player stream (DOM file). Retired from the current schema;
    /// still decoded.
    case cssInsertRule(id: UInt64, rule: StringRange, index: UInt64)
    /// `38` CSSDeleteRule: ID:uint, Index:uint. Player stream (DOM file). Retired from the current schema; still
    /// decoded.
    case cssDeleteRule(id: UInt64, index: UInt64)
    /// `39` Fetch: Method:string, URL:string, Request:string, Response:string, Status:uint, Timestamp:uint,
    /// Duration:uint. Devtools stream (devtools file). Retired from the current schema; still decoded.
    case fetch(method: StringRange, url: StringRange, request: StringRange, response: StringRange, status: UInt64,
        timestamp: UInt64, duration: UInt64)
    /// `40` Profiler: Name:string, Duration:uint, Args:string, Result:string. Devtools stream (devtools file).
    case profiler(name: StringRange, duration: UInt64, args: StringRange, result: StringRange)
    /// `41` OTable: Key:string, Value:string. Devtools stream (devtools file).
    case oTable(key: StringRange, value: StringRange)
    /// `42` StateAction: Type:string. Analytics stream (never stored in mob files).
    case stateAction(type: StringRange)
    /// `43` StringDict: Key:string, Value:string. Player stream (DOM file).
    case stringDict(key: StringRange, value: StringRange)
    /// `44` ReduxDeprecated: Action:string, State:string, Duration:uint. Devtools stream (devtools file).
    case reduxDeprecated(action: StringRange, state: StringRange, duration: UInt64)
    /// `45` Vuex: Mutation:string, State:string. Devtools stream (devtools file).
    case vuex(mutation: StringRange, state: StringRange)
    /// `46` MobX: Type:string, Payload:string. Devtools stream (devtools file).
    case mobX(type: StringRange, payload: StringRange)
    /// `47` NgRx: Action:string, State:string, Duration:uint. Devtools stream (devtools file).
    case ngRx(action: StringRange, state: StringRange, duration: UInt64)
    /// `48` GraphQLDeprecated: OperationKind:string, OperationName:string, Variables:string, Response:string,
    /// Duration:int. Devtools stream (devtools file). Current era only.
    case graphQLDeprecated(operationKind: StringRange, operationName: StringRange, variables: StringRange,
        response: StringRange, duration: Int64)
    /// `48` GraphQLDeprecated: OperationKind:string, OperationName:string, Variables:string, Response:string. Devtools
    /// stream (devtools file). Legacy era only.
    case graphQLWithoutDuration(operationKind: StringRange, operationName: StringRange, variables: StringRange,
        response: StringRange)
    /// `49` PerformanceTrack: Frames:int, Ticks:int, TotalJSHeapSize:uint, UsedJSHeapSize:uint. Player stream (DOM
    /// file).
    case performanceTrack(frames: Int64, ticks: Int64, totalJSHeapSize: UInt64, usedJSHeapSize: UInt64)
    /// `50` StringDictDeprecated: Key:uint, Value:string. Player stream (DOM file).
    case stringDictDeprecated(key: UInt64, value: StringRange)
    /// `51` SetNodeAttributeDictDeprecated: ID:uint, NameKey:uint, ValueKey:uint. Player stream (DOM file).
    case setNodeAttributeDictDeprecated(id: UInt64, nameKey: UInt64, valueKey: UInt64)
    /// `52` SetNodeAttributeDict: ID:uint, Name:string, Value:string. Player stream (DOM file). Current era only.
    case setNodeAttributeDict(id: UInt64, name: StringRange, value: StringRange)
    /// `52` DOMDrop: Timestamp:uint. Produced by the backend. Legacy era only.
    case domDrop(timestamp: UInt64)
    /// `53` ResourceTimingDeprecatedDeprecated: Timestamp:uint, Duration:uint, TTFB:uint, HeaderSize:uint,
    /// EncodedBodySize:uint, DecodedBodySize:uint, URL:string, Initiator:string. Devtools stream (devtools file).
    indirect case resourceTimingDeprecatedDeprecated(timestamp: UInt64, duration: UInt64, ttfb: UInt64,
        headerSize: UInt64, encodedBodySize: UInt64, decodedBodySize: UInt64, url: StringRange, initiator: StringRange)
    /// `54` ConnectionInformation: Downlink:uint, Type:string. Player stream (DOM file).
    case connectionInformation(downlink: UInt64, type: StringRange)
    /// `55` SetPageVisibility: hidden:boolean. Player stream (DOM file).
    case setPageVisibility(hidden: Bool)
    /// `56` PerformanceTrackAggr: TimestampStart:uint, TimestampEnd:uint, MinFPS:uint, AvgFPS:uint, MaxFPS:uint,
    /// MinCPU:uint, AvgCPU:uint, MaxCPU:uint, MinTotalJSHeapSize:uint, AvgTotalJSHeapSize:uint,
    /// MaxTotalJSHeapSize:uint, MinUsedJSHeapSize:uint, AvgUsedJSHeapSize:uint, MaxUsedJSHeapSize:uint. Produced by the
    /// backend.
    indirect case performanceTrackAggr(timestampStart: UInt64, timestampEnd: UInt64, minFPS: UInt64, avgFPS: UInt64,
        maxFPS: UInt64, minCPU: UInt64, avgCPU: UInt64, maxCPU: UInt64, minTotalJSHeapSize: UInt64,
        avgTotalJSHeapSize: UInt64, maxTotalJSHeapSize: UInt64, minUsedJSHeapSize: UInt64, avgUsedJSHeapSize: UInt64,
        maxUsedJSHeapSize: UInt64)
    /// `57` LoadFontFace: ParentID:uint, Family:string, Source:string, Descriptors:string. Player stream (DOM file).
    case loadFontFace(parentID: UInt64, family: StringRange, source: StringRange, descriptors: StringRange)
    /// `58` SetNodeFocus: ID:int. Player stream (DOM file).
    case setNodeFocus(id: Int64)
    /// `59` LongTask: Timestamp:uint, Duration:uint, Context:uint, ContainerType:uint, ContainerSrc:string,
    /// ContainerId:string, ContainerName:string. Player stream (DOM file). Retired from the current schema; still
    /// decoded.
    case longTask(timestamp: UInt64, duration: UInt64, context: UInt64, containerType: UInt64,
        containerSrc: StringRange, containerId: StringRange, containerName: StringRange)
    /// `60` SetNodeAttributeURLBased: ID:uint, Name:string, Value:string, BaseURL:string. Assets stream (rewritten by
    /// the backend, DOM file).
    case setNodeAttributeURLBased(id: UInt64, name: StringRange, value: StringRange, baseURL: StringRange)
    /// `61` SetCSSDataURLBased: ID:uint, Data:string, BaseURL:string. Assets stream (rewritten by the backend, DOM
    /// file).
    case setCSSDataURLBased(id: UInt64, data: StringRange, baseURL: StringRange)
    /// `62` IssueEventDeprecated: MessageID:uint, Timestamp:uint, Type:string, ContextString:string, Context:string,
    /// Payload:string. Produced by the backend. Retired from the current schema; still decoded.
    case issueEventDeprecated(messageID: UInt64, timestamp: UInt64, type: StringRange, contextString: StringRange,
        context: StringRange, payload: StringRange)
    /// `63` TechnicalInfo: Type:string, Value:string. Analytics stream (never stored in mob files).
    case technicalInfo(type: StringRange, value: StringRange)
    /// `64` CustomIssue: Name:string, Payload:string. Analytics stream (never stored in mob files).
    case customIssue(name: StringRange, payload: StringRange)
    /// `65` SetNodeSlot: ID:uint, SlotID:uint. Player stream (DOM file).
    case setNodeSlot(id: UInt64, slotID: UInt64)
    /// `66` AssetCache: URL:string. Produced by the backend.
    case assetCache(url: StringRange)
    /// `67` CSSInsertRuleURLBased: ID:uint, Rule:string, Index:uint, BaseURL:string. Player stream (DOM file). Retired
    /// from the current schema; still decoded.
    case cssInsertRuleURLBased(id: UInt64, rule: StringRange, index: UInt64, baseURL: StringRange)
    /// `68` MouseClick: ID:uint, HesitationTime:uint, Label:string, Selector:string, NormalizedX:uint,
    /// NormalizedY:uint. Player stream (DOM file).
    case mouseClick(id: UInt64, hesitationTime: UInt64, label: StringRange, selector: StringRange, normalizedX: UInt64,
        normalizedY: UInt64)
    /// `69` MouseClickDeprecated: ID:uint, HesitationTime:uint, Label:string, Selector:string. Player stream (DOM
    /// file).
    case mouseClickDeprecated(id: UInt64, hesitationTime: UInt64, label: StringRange, selector: StringRange)
    /// `70` CreateIFrameDocument: FrameID:uint, ID:uint. Player stream (DOM file).
    case createIFrameDocument(frameID: UInt64, id: UInt64)
    /// `71` AdoptedSSReplaceURLBased: SheetID:uint, Text:string, BaseURL:string. Assets stream (rewritten by the
    /// backend, DOM file).
    case adoptedSSReplaceURLBased(sheetID: UInt64, text: StringRange, baseURL: StringRange)
    /// `72` AdoptedSSReplace: SheetID:uint, Text:string. Player stream (DOM file).
    case adoptedSSReplace(sheetID: UInt64, text: StringRange)
    /// `73` AdoptedSSInsertRuleURLBased: SheetID:uint, Rule:string, Index:uint, BaseURL:string. Assets stream
    /// (rewritten by the backend, DOM file).
    case adoptedSSInsertRuleURLBased(sheetID: UInt64, rule: StringRange, index: UInt64, baseURL: StringRange)
    /// `74` AdoptedSSInsertRule: SheetID:uint, Rule:string, Index:uint. Player stream (DOM file).
    case adoptedSSInsertRule(sheetID: UInt64, rule: StringRange, index: UInt64)
    /// `75` AdoptedSSDeleteRule: SheetID:uint, Index:uint. Player stream (DOM file).
    case adoptedSSDeleteRule(sheetID: UInt64, index: UInt64)
    /// `76` AdoptedSSAddOwner: SheetID:uint, ID:uint. Player stream (DOM file).
    case adoptedSSAddOwner(sheetID: UInt64, id: UInt64)
    /// `77` AdoptedSSRemoveOwner: SheetID:uint, ID:uint. Player stream (DOM file).
    case adoptedSSRemoveOwner(sheetID: UInt64, id: UInt64)
    /// `78` JSException: Name:string, Message:string, Payload:string, Metadata:string. Analytics stream (never stored
    /// in mob files).
    case jsException(name: StringRange, message: StringRange, payload: StringRange, metadata: StringRange)
    /// `79` Zustand: Mutation:string, State:string. Devtools stream (devtools file).
    case zustand(mutation: StringRange, state: StringRange)
    /// `80` BatchMeta: PageNo:uint, FirstIndex:uint, Timestamp:int. Batch header (no size prefix). Retired from the
    /// current schema; still decoded.
    case batchMeta(pageNo: UInt64, firstIndex: UInt64, timestamp: Int64)
    /// `81` BatchMetadata: Version:uint, PageNo:uint, FirstIndex:uint, Timestamp:int, Location:string. Batch header (no
    /// size prefix).
    case batchMetadata(version: UInt64, pageNo: UInt64, firstIndex: UInt64, timestamp: Int64, location: StringRange)
    /// `82` PartitionedMessage: PartNo:uint, PartTotal:uint. Batch header (no size prefix). Retired from the current
    /// schema; still decoded.
    case partitionedMessage(partNo: UInt64, partTotal: UInt64)
    /// `83` NetworkRequest: Type:string, Method:string, URL:string, Request:string, Response:string, Status:uint,
    /// Timestamp:uint, Duration:uint, TransferredBodySize:uint. Devtools stream (devtools file).
    indirect case networkRequest(type: StringRange, method: StringRange, url: StringRange, request: StringRange,
        response: StringRange, status: UInt64, timestamp: UInt64, duration: UInt64, transferredBodySize: UInt64)
    /// `84` WSChannel: ChType:string, ChannelName:string, Data:string, Timestamp:uint, Dir:string, MessageType:string.
    /// Devtools stream (devtools file).
    case wsChannel(chType: StringRange, channelName: StringRange, data: StringRange, timestamp: UInt64,
        dir: StringRange, messageType: StringRange)
    /// `85` ResourceTiming: Timestamp:uint, Duration:uint, TTFB:uint, HeaderSize:uint, EncodedBodySize:uint,
    /// DecodedBodySize:uint, URL:string, Initiator:string, TransferredSize:uint, Cached:boolean, Queueing:uint,
    /// DnsLookup:uint, InitialConnection:uint, SSL:uint, ContentDownload:uint, Total:uint, Stalled:uint. Devtools
    /// stream (devtools file).
    indirect case resourceTiming(timestamp: UInt64, duration: UInt64, ttfb: UInt64, headerSize: UInt64,
        encodedBodySize: UInt64, decodedBodySize: UInt64, url: StringRange, initiator: StringRange,
        transferredSize: UInt64, cached: Bool, queueing: UInt64, dnsLookup: UInt64, initialConnection: UInt64,
        ssl: UInt64, contentDownload: UInt64, total: UInt64, stalled: UInt64)
    /// `87` Incident: Label:string, StartTime:int, EndTime:int. Devtools stream (devtools file).
    case incident(label: StringRange, startTime: Int64, endTime: Int64)
    /// `89` LongAnimationTask: Name:string, Duration:int, BlockingDuration:int, FirstUIEventTimestamp:int,
    /// StartTime:int, Scripts:string. Devtools stream (devtools file).
    case longAnimationTask(name: StringRange, duration: Int64, blockingDuration: Int64, firstUIEventTimestamp: Int64,
        startTime: Int64, scripts: StringRange)
    /// `112` InputChange: ID:uint, Value:string, ValueMasked:boolean, Label:string, HesitationTime:int,
    /// InputDuration:int. Analytics stream (never stored in mob files).
    case inputChange(id: UInt64, value: StringRange, valueMasked: Bool, label: StringRange, hesitationTime: Int64,
        inputDuration: Int64)
    /// `113` SelectionChange: SelectionStart:uint, SelectionEnd:uint, Selection:string. Player stream (DOM file).
    case selectionChange(selectionStart: UInt64, selectionEnd: UInt64, selection: StringRange)
    /// `114` MouseThrashing: Timestamp:uint. Player stream (DOM file).
    case mouseThrashing(timestamp: UInt64)
    /// `115` UnbindNodes: TotalRemovedPercent:uint. Analytics stream (never stored in mob files).
    case unbindNodes(totalRemovedPercent: UInt64)
    /// `116` ResourceTimingDeprecated: Timestamp:uint, Duration:uint, TTFB:uint, HeaderSize:uint, EncodedBodySize:uint,
    /// DecodedBodySize:uint, URL:string, Initiator:string, TransferredSize:uint, Cached:boolean. Devtools stream
    /// (devtools file).
    indirect case resourceTimingDeprecated(timestamp: UInt64, duration: UInt64, ttfb: UInt64, headerSize: UInt64,
        encodedBodySize: UInt64, decodedBodySize: UInt64, url: StringRange, initiator: StringRange,
        transferredSize: UInt64, cached: Bool)
    /// `117` TabChange: TabId:string. Player stream (DOM file).
    case tabChange(tabId: StringRange)
    /// `118` TabData: TabId:string. Player stream (DOM file).
    case tabData(tabId: StringRange)
    /// `119` CanvasNode: NodeId:string, Timestamp:uint. Player stream (DOM file).
    case canvasNode(nodeId: StringRange, timestamp: UInt64)
    /// `120` TagTrigger: TagId:int. Devtools stream (devtools file).
    case tagTrigger(tagId: Int64)
    /// `121` Redux: Action:string, State:string, Duration:uint, ActionTime:uint. Devtools stream (devtools file).
    case redux(action: StringRange, state: StringRange, duration: UInt64, actionTime: UInt64)
    /// `122` SetPageLocation: URL:string, Referrer:string, NavigationStart:uint, DocumentTitle:string. Player stream
    /// (DOM file).
    case setPageLocation(url: StringRange, referrer: StringRange, navigationStart: UInt64, documentTitle: StringRange)
    /// `123` GraphQL: OperationKind:string, OperationName:string, Variables:string, Response:string, Duration:uint.
    /// Devtools stream (devtools file).
    case graphQL(operationKind: StringRange, operationName: StringRange, variables: StringRange, response: StringRange,
        duration: UInt64)
    /// `124` WebVitals: Name:string, Value:string. Analytics stream (never stored in mob files).
    case webVitals(name: StringRange, value: StringRange)
    /// `125` IssueEvent: MessageID:uint, Timestamp:uint, Type:string, ContextString:string, Context:string,
    /// Payload:string, URL:string. Produced by the backend.
    case issueEvent(messageID: UInt64, timestamp: UInt64, type: StringRange, contextString: StringRange,
        context: StringRange, payload: StringRange, url: StringRange)
    /// `126` SessionEnd: Timestamp:uint, EncryptionKey:string. Produced by the backend.
    case sessionEnd(timestamp: UInt64, encryptionKey: StringRange)
    /// `127` SessionSearch: Timestamp:uint, Partition:uint. Produced by the backend.
    case sessionSearch(timestamp: UInt64, partition: UInt64)
    /// A message of a type this schema does not know, skipped by its size; `body` holds its raw bytes.
    case unknown(typeID: UInt64, body: StringRange)

    /// The message's kind, or `nil` for an unknown type.
    public var type: MessageType? {
        switch self {
        case .timestamp: .timestamp
        case .sessionStart: .sessionStart
        case .cleanSession: .cleanSession
        case .setPageLocationDeprecated: .setPageLocationDeprecated
        case .setViewportSize: .setViewportSize
        case .setViewportScroll: .setViewportScroll
        case .createDocument: .createDocument
        case .createElementNode: .createElementNode
        case .createTextNode: .createTextNode
        case .moveNode: .moveNode
        case .removeNode: .removeNode
        case .setNodeAttribute: .setNodeAttribute
        case .removeNodeAttribute: .removeNodeAttribute
        case .setNodeData: .setNodeData
        case .setCSSData: .setCSSData
        case .setNodeScroll: .setNodeScroll
        case .setInputTarget: .setInputTarget
        case .setInputValue: .setInputValue
        case .setInputChecked: .setInputChecked
        case .mouseMove: .mouseMove
        case .networkRequestDeprecated: .networkRequestDeprecated
        case .consoleLog: .consoleLog
        case .pageLoadTiming: .pageLoadTiming
        case .pageRenderTiming: .pageRenderTiming
        case .jsExceptionDeprecated: .jsExceptionDeprecated
        case .integrationEvent: .integrationEvent
        case .customEvent: .customEvent
        case .userID: .userID
        case .userAnonymousID: .userAnonymousID
        case .metadata: .metadata
        case .pageEventDeprecated: .pageEventDeprecated
        case .inputEvent: .inputEvent
        case .pageEvent: .pageEvent
        case .clickEvent: .clickEvent
        case .stringDictGlobal: .stringDictGlobal
        case .setNodeAttributeDictGlobal: .setNodeAttributeDictGlobal
        case .resourceEvent: .resourceEvent
        case .nodeAnimationResult: .nodeAnimationResult
        case .cssInsertRule: .cssInsertRule
        case .cssDeleteRule: .cssDeleteRule
        case .fetch: .fetch
        case .profiler: .profiler
        case .oTable: .oTable
        case .stateAction: .stateAction
        case .stringDict: .stringDict
        case .reduxDeprecated: .reduxDeprecated
        case .vuex: .vuex
        case .mobX: .mobX
        case .ngRx: .ngRx
        case .graphQLDeprecated: .graphQLDeprecated
        case .graphQLWithoutDuration: .graphQLWithoutDuration
        case .performanceTrack: .performanceTrack
        case .stringDictDeprecated: .stringDictDeprecated
        case .setNodeAttributeDictDeprecated: .setNodeAttributeDictDeprecated
        case .setNodeAttributeDict: .setNodeAttributeDict
        case .domDrop: .domDrop
        case .resourceTimingDeprecatedDeprecated: .resourceTimingDeprecatedDeprecated
        case .connectionInformation: .connectionInformation
        case .setPageVisibility: .setPageVisibility
        case .performanceTrackAggr: .performanceTrackAggr
        case .loadFontFace: .loadFontFace
        case .setNodeFocus: .setNodeFocus
        case .longTask: .longTask
        case .setNodeAttributeURLBased: .setNodeAttributeURLBased
        case .setCSSDataURLBased: .setCSSDataURLBased
        case .issueEventDeprecated: .issueEventDeprecated
        case .technicalInfo: .technicalInfo
        case .customIssue: .customIssue
        case .setNodeSlot: .setNodeSlot
        case .assetCache: .assetCache
        case .cssInsertRuleURLBased: .cssInsertRuleURLBased
        case .mouseClick: .mouseClick
        case .mouseClickDeprecated: .mouseClickDeprecated
        case .createIFrameDocument: .createIFrameDocument
        case .adoptedSSReplaceURLBased: .adoptedSSReplaceURLBased
        case .adoptedSSReplace: .adoptedSSReplace
        case .adoptedSSInsertRuleURLBased: .adoptedSSInsertRuleURLBased
        case .adoptedSSInsertRule: .adoptedSSInsertRule
        case .adoptedSSDeleteRule: .adoptedSSDeleteRule
        case .adoptedSSAddOwner: .adoptedSSAddOwner
        case .adoptedSSRemoveOwner: .adoptedSSRemoveOwner
        case .jsException: .jsException
        case .zustand: .zustand
        case .batchMeta: .batchMeta
        case .batchMetadata: .batchMetadata
        case .partitionedMessage: .partitionedMessage
        case .networkRequest: .networkRequest
        case .wsChannel: .wsChannel
        case .resourceTiming: .resourceTiming
        case .incident: .incident
        case .longAnimationTask: .longAnimationTask
        case .inputChange: .inputChange
        case .selectionChange: .selectionChange
        case .mouseThrashing: .mouseThrashing
        case .unbindNodes: .unbindNodes
        case .resourceTimingDeprecated: .resourceTimingDeprecated
        case .tabChange: .tabChange
        case .tabData: .tabData
        case .canvasNode: .canvasNode
        case .tagTrigger: .tagTrigger
        case .redux: .redux
        case .setPageLocation: .setPageLocation
        case .graphQL: .graphQL
        case .webVitals: .webVitals
        case .issueEvent: .issueEvent
        case .sessionEnd: .sessionEnd
        case .sessionSearch: .sessionSearch
        case .unknown: nil
        }
    }

    /// The type id on the wire.
    public var typeID: UInt64 {
        switch self {
        case .unknown(let typeID, _): typeID
        default: UInt64(type?.id ?? 0)
        }
    }

    /// The message's name in OpenReplay's schema, or `Unknown(<id>)`.
    public var name: String { type?.name ?? "Unknown(\(typeID))" }
}
