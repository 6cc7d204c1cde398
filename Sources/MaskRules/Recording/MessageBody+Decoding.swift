extension MessageBody {
    /// Decodes the fields of a message of kind `type` at the cursor, in schema order.
    ///
    /// Swift evaluates arguments left to right, so each case reads its fields in wire order.
    static func decode(_ type: MessageType, from c: inout ByteCursor) throws(DecodeFailure) -> MessageBody {
        switch type {
        case .timestamp: return .timestamp(timestamp: try c.uint())
        case .sessionStart: return .sessionStart(timestamp: try c.uint(), projectID: try c.uint(),
            trackerVersion: try c.string(), revID: try c.string(), userUUID: try c.string(), userAgent: try c.string(),
            userOS: try c.string(), userOSVersion: try c.string(), userBrowser: try c.string(),
            userBrowserVersion: try c.string(), userDevice: try c.string(), userDeviceType: try c.string(),
            userDeviceMemorySize: try c.uint(), userDeviceHeapSize: try c.uint(), userCountry: try c.string(),
            userID: try c.string())
        case .cleanSession: return .cleanSession(timestamp: try c.uint())
        case .setPageLocationDeprecated: return .setPageLocationDeprecated(url: try c.string(),
            referrer: try c.string(), navigationStart: try c.uint())
        case .setViewportSize: return .setViewportSize(width: try c.uint(), height: try c.uint())
        case .setViewportScroll: return .setViewportScroll(x: try c.int(), y: try c.int())
        case .createDocument: return .createDocument
        case .createElementNode: return .createElementNode(id: try c.uint(), parentID: try c.uint(),
            index: try c.uint(), tag: try c.string(), svg: try c.bool())
        case .createTextNode: return .createTextNode(id: try c.uint(), parentID: try c.uint(), index: try c.uint())
        case .moveNode: return .moveNode(id: try c.uint(), parentID: try c.uint(), index: try c.uint())
        case .removeNode: return .removeNode(id: try c.uint())
        case .setNodeAttribute: return .setNodeAttribute(id: try c.uint(), name: try c.string(), value: try c.string())
        case .removeNodeAttribute: return .removeNodeAttribute(id: try c.uint(), name: try c.string())
        case .setNodeData: return .setNodeData(id: try c.uint(), data: try c.string())
        case .setCSSData: return .setCSSData(id: try c.uint(), data: try c.string())
        case .setNodeScroll: return .setNodeScroll(id: try c.uint(), x: try c.int(), y: try c.int())
        case .setInputTarget: return .setInputTarget(id: try c.uint(), label: try c.string())
        case .setInputValue: return .setInputValue(id: try c.uint(), value: try c.string(), mask: try c.int())
        case .setInputChecked: return .setInputChecked(id: try c.uint(), checked: try c.bool())
        case .mouseMove: return .mouseMove(x: try c.uint(), y: try c.uint())
        case .networkRequestDeprecated: return .networkRequestDeprecated(type: try c.string(), method: try c.string(),
            url: try c.string(), request: try c.string(), response: try c.string(), status: try c.uint(),
            timestamp: try c.uint(), duration: try c.uint())
        case .consoleLog: return .consoleLog(level: try c.string(), value: try c.string())
        case .pageLoadTiming: return .pageLoadTiming(requestStart: try c.uint(), responseStart: try c.uint(),
            responseEnd: try c.uint(), domContentLoadedEventStart: try c.uint(), domContentLoadedEventEnd: try c.uint(),
            loadEventStart: try c.uint(), loadEventEnd: try c.uint(), firstPaint: try c.uint(),
            firstContentfulPaint: try c.uint())
        case .pageRenderTiming: return .pageRenderTiming(speedIndex: try c.uint(), visuallyComplete: try c.uint(),
            timeToInteractive: try c.uint())
        case .jsExceptionDeprecated: return .jsExceptionDeprecated(name: try c.string(), message: try c.string(),
            payload: try c.string())
        case .integrationEvent: return .integrationEvent(timestamp: try c.uint(), source: try c.string(),
            name: try c.string(), message: try c.string(), payload: try c.string())
        case .customEvent: return .customEvent(name: try c.string(), payload: try c.string())
        case .userID: return .userID(id: try c.string())
        case .userAnonymousID: return .userAnonymousID(id: try c.string())
        case .metadata: return .metadata(key: try c.string(), value: try c.string())
        case .pageEventDeprecated: return .pageEventDeprecated(messageID: try c.uint(), timestamp: try c.uint(),
            url: try c.string(), referrer: try c.string(), loaded: try c.bool(), requestStart: try c.uint(),
            responseStart: try c.uint(), responseEnd: try c.uint(), domContentLoadedEventStart: try c.uint(),
            domContentLoadedEventEnd: try c.uint(), loadEventStart: try c.uint(), loadEventEnd: try c.uint(),
            firstPaint: try c.uint(), firstContentfulPaint: try c.uint(), speedIndex: try c.uint(),
            visuallyComplete: try c.uint(), timeToInteractive: try c.uint())
        case .inputEvent: return .inputEvent(messageID: try c.uint(), timestamp: try c.uint(), value: try c.string(),
            valueMasked: try c.bool(), label: try c.string())
        case .pageEvent: return .pageEvent(messageID: try c.uint(), timestamp: try c.uint(), url: try c.string(),
            referrer: try c.string(), loaded: try c.bool(), requestStart: try c.uint(), responseStart: try c.uint(),
            responseEnd: try c.uint(), domContentLoadedEventStart: try c.uint(), domContentLoadedEventEnd: try c.uint(),
            loadEventStart: try c.uint(), loadEventEnd: try c.uint(), firstPaint: try c.uint(),
            firstContentfulPaint: try c.uint(), speedIndex: try c.uint(), visuallyComplete: try c.uint(),
            timeToInteractive: try c.uint(), webVitals: try c.string())
        case .clickEvent: return .clickEvent(messageID: try c.uint(), timestamp: try c.uint(),
            hesitationTime: try c.uint(), label: try c.string(), selector: try c.string())
        case .stringDictGlobal: return .stringDictGlobal(key: try c.uint(), value: try c.string())
        case .setNodeAttributeDictGlobal: return .setNodeAttributeDictGlobal(id: try c.uint(), name: try c.uint(),
            value: try c.uint())
        case .resourceEvent: return .resourceEvent(messageID: try c.uint(), timestamp: try c.uint(),
            duration: try c.uint(), ttfb: try c.uint(), headerSize: try c.uint(), encodedBodySize: try c.uint(),
            decodedBodySize: try c.uint(), url: try c.string(), type: try c.string(), success: try c.bool(),
            method: try c.string(), status: try c.uint())
        case .nodeAnimationResult: return .nodeAnimationResult(id: try c.uint(), styles: try c.string())
        case .cssInsertRule: return .cssInsertRule(id: try c.uint(), rule: try c.string(), index: try c.uint())
        case .cssDeleteRule: return .cssDeleteRule(id: try c.uint(), index: try c.uint())
        case .fetch: return .fetch(method: try c.string(), url: try c.string(), request: try c.string(),
            response: try c.string(), status: try c.uint(), timestamp: try c.uint(), duration: try c.uint())
        case .profiler: return .profiler(name: try c.string(), duration: try c.uint(), args: try c.string(),
            result: try c.string())
        case .oTable: return .oTable(key: try c.string(), value: try c.string())
        case .stateAction: return .stateAction(type: try c.string())
        case .stringDict: return .stringDict(key: try c.string(), value: try c.string())
        case .reduxDeprecated: return .reduxDeprecated(action: try c.string(), state: try c.string(),
            duration: try c.uint())
        case .vuex: return .vuex(mutation: try c.string(), state: try c.string())
        case .mobX: return .mobX(type: try c.string(), payload: try c.string())
        case .ngRx: return .ngRx(action: try c.string(), state: try c.string(), duration: try c.uint())
        case .graphQLDeprecated: return .graphQLDeprecated(operationKind: try c.string(), operationName: try c.string(),
            variables: try c.string(), response: try c.string(), duration: try c.int())
        case .graphQLWithoutDuration: return .graphQLWithoutDuration(operationKind: try c.string(),
            operationName: try c.string(), variables: try c.string(), response: try c.string())
        case .performanceTrack: return .performanceTrack(frames: try c.int(), ticks: try c.int(),
            totalJSHeapSize: try c.uint(), usedJSHeapSize: try c.uint())
        case .stringDictDeprecated: return .stringDictDeprecated(key: try c.uint(), value: try c.string())
        case .setNodeAttributeDictDeprecated: return .setNodeAttributeDictDeprecated(id: try c.uint(),
            nameKey: try c.uint(), valueKey: try c.uint())
        case .setNodeAttributeDict: return .setNodeAttributeDict(id: try c.uint(), name: try c.string(),
            value: try c.string())
        case .domDrop: return .domDrop(timestamp: try c.uint())
        case .resourceTimingDeprecatedDeprecated: return .resourceTimingDeprecatedDeprecated(timestamp: try c.uint(),
            duration: try c.uint(), ttfb: try c.uint(), headerSize: try c.uint(), encodedBodySize: try c.uint(),
            decodedBodySize: try c.uint(), url: try c.string(), initiator: try c.string())
        case .connectionInformation: return .connectionInformation(downlink: try c.uint(), type: try c.string())
        case .setPageVisibility: return .setPageVisibility(hidden: try c.bool())
        case .performanceTrackAggr: return .performanceTrackAggr(timestampStart: try c.uint(),
            timestampEnd: try c.uint(), minFPS: try c.uint(), avgFPS: try c.uint(), maxFPS: try c.uint(),
            minCPU: try c.uint(), avgCPU: try c.uint(), maxCPU: try c.uint(), minTotalJSHeapSize: try c.uint(),
            avgTotalJSHeapSize: try c.uint(), maxTotalJSHeapSize: try c.uint(), minUsedJSHeapSize: try c.uint(),
            avgUsedJSHeapSize: try c.uint(), maxUsedJSHeapSize: try c.uint())
        case .loadFontFace: return .loadFontFace(parentID: try c.uint(), family: try c.string(), source: try c.string(),
            descriptors: try c.string())
        case .setNodeFocus: return .setNodeFocus(id: try c.int())
        case .longTask: return .longTask(timestamp: try c.uint(), duration: try c.uint(), context: try c.uint(),
            containerType: try c.uint(), containerSrc: try c.string(), containerId: try c.string(),
            containerName: try c.string())
        case .setNodeAttributeURLBased: return .setNodeAttributeURLBased(id: try c.uint(), name: try c.string(),
            value: try c.string(), baseURL: try c.string())
        case .setCSSDataURLBased: return .setCSSDataURLBased(id: try c.uint(), data: try c.string(),
            baseURL: try c.string())
        case .issueEventDeprecated: return .issueEventDeprecated(messageID: try c.uint(), timestamp: try c.uint(),
            type: try c.string(), contextString: try c.string(), context: try c.string(), payload: try c.string())
        case .technicalInfo: return .technicalInfo(type: try c.string(), value: try c.string())
        case .customIssue: return .customIssue(name: try c.string(), payload: try c.string())
        case .setNodeSlot: return .setNodeSlot(id: try c.uint(), slotID: try c.uint())
        case .assetCache: return .assetCache(url: try c.string())
        case .cssInsertRuleURLBased: return .cssInsertRuleURLBased(id: try c.uint(), rule: try c.string(),
            index: try c.uint(), baseURL: try c.string())
        case .mouseClick: return .mouseClick(id: try c.uint(), hesitationTime: try c.uint(), label: try c.string(),
            selector: try c.string(), normalizedX: try c.uint(), normalizedY: try c.uint())
        case .mouseClickDeprecated: return .mouseClickDeprecated(id: try c.uint(), hesitationTime: try c.uint(),
            label: try c.string(), selector: try c.string())
        case .createIFrameDocument: return .createIFrameDocument(frameID: try c.uint(), id: try c.uint())
        case .adoptedSSReplaceURLBased: return .adoptedSSReplaceURLBased(sheetID: try c.uint(), text: try c.string(),
            baseURL: try c.string())
        case .adoptedSSReplace: return .adoptedSSReplace(sheetID: try c.uint(), text: try c.string())
        case .adoptedSSInsertRuleURLBased: return .adoptedSSInsertRuleURLBased(sheetID: try c.uint(),
            rule: try c.string(), index: try c.uint(), baseURL: try c.string())
        case .adoptedSSInsertRule: return .adoptedSSInsertRule(sheetID: try c.uint(), rule: try c.string(),
            index: try c.uint())
        case .adoptedSSDeleteRule: return .adoptedSSDeleteRule(sheetID: try c.uint(), index: try c.uint())
        case .adoptedSSAddOwner: return .adoptedSSAddOwner(sheetID: try c.uint(), id: try c.uint())
        case .adoptedSSRemoveOwner: return .adoptedSSRemoveOwner(sheetID: try c.uint(), id: try c.uint())
        case .jsException: return .jsException(name: try c.string(), message: try c.string(), payload: try c.string(),
            metadata: try c.string())
        case .zustand: return .zustand(mutation: try c.string(), state: try c.string())
        case .batchMeta: return .batchMeta(pageNo: try c.uint(), firstIndex: try c.uint(), timestamp: try c.int())
        case .batchMetadata: return .batchMetadata(version: try c.uint(), pageNo: try c.uint(),
            firstIndex: try c.uint(), timestamp: try c.int(), location: try c.string())
        case .partitionedMessage: return .partitionedMessage(partNo: try c.uint(), partTotal: try c.uint())
        case .networkRequest: return .networkRequest(type: try c.string(), method: try c.string(), url: try c.string(),
            request: try c.string(), response: try c.string(), status: try c.uint(), timestamp: try c.uint(),
            duration: try c.uint(), transferredBodySize: try c.uint())
        case .wsChannel: return .wsChannel(chType: try c.string(), channelName: try c.string(), data: try c.string(),
            timestamp: try c.uint(), dir: try c.string(), messageType: try c.string())
        case .resourceTiming: return .resourceTiming(timestamp: try c.uint(), duration: try c.uint(),
            ttfb: try c.uint(), headerSize: try c.uint(), encodedBodySize: try c.uint(), decodedBodySize: try c.uint(),
            url: try c.string(), initiator: try c.string(), transferredSize: try c.uint(), cached: try c.bool(),
            queueing: try c.uint(), dnsLookup: try c.uint(), initialConnection: try c.uint(), ssl: try c.uint(),
            contentDownload: try c.uint(), total: try c.uint(), stalled: try c.uint())
        case .incident: return .incident(label: try c.string(), startTime: try c.int(), endTime: try c.int())
        case .longAnimationTask: return .longAnimationTask(name: try c.string(), duration: try c.int(),
            blockingDuration: try c.int(), firstUIEventTimestamp: try c.int(), startTime: try c.int(),
            scripts: try c.string())
        case .inputChange: return .inputChange(id: try c.uint(), value: try c.string(), valueMasked: try c.bool(),
            label: try c.string(), hesitationTime: try c.int(), inputDuration: try c.int())
        case .selectionChange: return .selectionChange(selectionStart: try c.uint(), selectionEnd: try c.uint(),
            selection: try c.string())
        case .mouseThrashing: return .mouseThrashing(timestamp: try c.uint())
        case .unbindNodes: return .unbindNodes(totalRemovedPercent: try c.uint())
        case .resourceTimingDeprecated: return .resourceTimingDeprecated(timestamp: try c.uint(),
            duration: try c.uint(), ttfb: try c.uint(), headerSize: try c.uint(), encodedBodySize: try c.uint(),
            decodedBodySize: try c.uint(), url: try c.string(), initiator: try c.string(),
            transferredSize: try c.uint(), cached: try c.bool())
        case .tabChange: return .tabChange(tabId: try c.string())
        case .tabData: return .tabData(tabId: try c.string())
        case .canvasNode: return .canvasNode(nodeId: try c.string(), timestamp: try c.uint())
        case .tagTrigger: return .tagTrigger(tagId: try c.int())
        case .redux: return .redux(action: try c.string(), state: try c.string(), duration: try c.uint(),
            actionTime: try c.uint())
        case .setPageLocation: return .setPageLocation(url: try c.string(), referrer: try c.string(),
            navigationStart: try c.uint(), documentTitle: try c.string())
        case .graphQL: return .graphQL(operationKind: try c.string(), operationName: try c.string(),
            variables: try c.string(), response: try c.string(), duration: try c.uint())
        case .webVitals: return .webVitals(name: try c.string(), value: try c.string())
        case .issueEvent: return .issueEvent(messageID: try c.uint(), timestamp: try c.uint(), type: try c.string(),
            contextString: try c.string(), context: try c.string(), payload: try c.string(), url: try c.string())
        case .sessionEnd: return .sessionEnd(timestamp: try c.uint(), encryptionKey: try c.string())
        case .sessionSearch: return .sessionSearch(timestamp: try c.uint(), partition: try c.uint())
        }
    }
}
