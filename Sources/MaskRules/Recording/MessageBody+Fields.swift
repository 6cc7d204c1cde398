extension MessageBody {
    /// The wire fields in schema order, with `string` making each string field's content. For an
    /// unknown type this is the raw body as one string.
    func fieldValues(_ string: (StringRange) -> RecordedString) -> [FieldValue] {
        switch self {
        case .timestamp(let timestamp): return [.uint(timestamp)]
        case .sessionStart(let timestamp, let projectID, let trackerVersion, let revID, let userUUID, let userAgent,
            let userOS, let userOSVersion, let userBrowser, let userBrowserVersion, let userDevice, let userDeviceType,
            let userDeviceMemorySize, let userDeviceHeapSize, let userCountry, let userID): return [.uint(timestamp),
            .uint(projectID), .string(string(trackerVersion)), .string(string(revID)), .string(string(userUUID)),
            .string(string(userAgent)), .string(string(userOS)), .string(string(userOSVersion)),
            .string(string(userBrowser)), .string(string(userBrowserVersion)), .string(string(userDevice)),
            .string(string(userDeviceType)), .uint(userDeviceMemorySize), .uint(userDeviceHeapSize),
            .string(string(userCountry)), .string(string(userID))]
        case .cleanSession(let timestamp): return [.uint(timestamp)]
        case .setPageLocationDeprecated(let url, let referrer, let navigationStart): return [.string(string(url)),
            .string(string(referrer)), .uint(navigationStart)]
        case .setViewportSize(let width, let height): return [.uint(width), .uint(height)]
        case .setViewportScroll(let x, let y): return [.int(x), .int(y)]
        case .createDocument: return []
        case .createElementNode(let id, let parentID, let index, let tag, let svg): return [.uint(id), .uint(parentID),
            .uint(index), .string(string(tag)), .bool(svg)]
        case .createTextNode(let id, let parentID, let index): return [.uint(id), .uint(parentID), .uint(index)]
        case .moveNode(let id, let parentID, let index): return [.uint(id), .uint(parentID), .uint(index)]
        case .removeNode(let id): return [.uint(id)]
        case .setNodeAttribute(let id, let name, let value): return [.uint(id), .string(string(name)),
            .string(string(value))]
        case .removeNodeAttribute(let id, let name): return [.uint(id), .string(string(name))]
        case .setNodeData(let id, let data): return [.uint(id), .string(string(data))]
        case .setCSSData(let id, let data): return [.uint(id), .string(string(data))]
        case .setNodeScroll(let id, let x, let y): return [.uint(id), .int(x), .int(y)]
        case .setInputTarget(let id, let label): return [.uint(id), .string(string(label))]
        case .setInputValue(let id, let value, let mask): return [.uint(id), .string(string(value)), .int(mask)]
        case .setInputChecked(let id, let checked): return [.uint(id), .bool(checked)]
        case .mouseMove(let x, let y): return [.uint(x), .uint(y)]
        case .networkRequestDeprecated(let type, let method, let url, let request, let response, let status,
            let timestamp, let duration): return [.string(string(type)), .string(string(method)), .string(string(url)),
            .string(string(request)), .string(string(response)), .uint(status), .uint(timestamp), .uint(duration)]
        case .consoleLog(let level, let value): return [.string(string(level)), .string(string(value))]
        case .pageLoadTiming(let requestStart, let responseStart, let responseEnd, let domContentLoadedEventStart,
            let domContentLoadedEventEnd, let loadEventStart, let loadEventEnd, let firstPaint,
            let firstContentfulPaint): return [.uint(requestStart), .uint(responseStart), .uint(responseEnd),
            .uint(domContentLoadedEventStart), .uint(domContentLoadedEventEnd), .uint(loadEventStart),
            .uint(loadEventEnd), .uint(firstPaint), .uint(firstContentfulPaint)]
        case .pageRenderTiming(let speedIndex, let visuallyComplete, let timeToInteractive): return [.uint(speedIndex),
            .uint(visuallyComplete), .uint(timeToInteractive)]
        case .jsExceptionDeprecated(let name, let message, let payload): return [.string(string(name)),
            .string(string(message)), .string(string(payload))]
        case .integrationEvent(let timestamp, let source, let name, let message, let payload): return [.uint(timestamp),
            .string(string(source)), .string(string(name)), .string(string(message)), .string(string(payload))]
        case .customEvent(let name, let payload): return [.string(string(name)), .string(string(payload))]
        case .userID(let id): return [.string(string(id))]
        case .userAnonymousID(let id): return [.string(string(id))]
        case .metadata(let key, let value): return [.string(string(key)), .string(string(value))]
        case .pageEventDeprecated(let messageID, let timestamp, let url, let referrer, let loaded, let requestStart,
            let responseStart, let responseEnd, let domContentLoadedEventStart, let domContentLoadedEventEnd,
            let loadEventStart, let loadEventEnd, let firstPaint, let firstContentfulPaint, let speedIndex,
            let visuallyComplete, let timeToInteractive): return [.uint(messageID), .uint(timestamp),
            .string(string(url)), .string(string(referrer)), .bool(loaded), .uint(requestStart), .uint(responseStart),
            .uint(responseEnd), .uint(domContentLoadedEventStart), .uint(domContentLoadedEventEnd),
            .uint(loadEventStart), .uint(loadEventEnd), .uint(firstPaint), .uint(firstContentfulPaint),
            .uint(speedIndex), .uint(visuallyComplete), .uint(timeToInteractive)]
        case .inputEvent(let messageID, let timestamp, let value, let valueMasked, let label): return [.uint(messageID),
            .uint(timestamp), .string(string(value)), .bool(valueMasked), .string(string(label))]
        case .pageEvent(let messageID, let timestamp, let url, let referrer, let loaded, let requestStart,
            let responseStart, let responseEnd, let domContentLoadedEventStart, let domContentLoadedEventEnd,
            let loadEventStart, let loadEventEnd, let firstPaint, let firstContentfulPaint, let speedIndex,
            let visuallyComplete, let timeToInteractive, let webVitals): return [.uint(messageID), .uint(timestamp),
            .string(string(url)), .string(string(referrer)), .bool(loaded), .uint(requestStart), .uint(responseStart),
            .uint(responseEnd), .uint(domContentLoadedEventStart), .uint(domContentLoadedEventEnd),
            .uint(loadEventStart), .uint(loadEventEnd), .uint(firstPaint), .uint(firstContentfulPaint),
            .uint(speedIndex), .uint(visuallyComplete), .uint(timeToInteractive), .string(string(webVitals))]
        case .clickEvent(let messageID, let timestamp, let hesitationTime, let label,
            let selector): return [.uint(messageID), .uint(timestamp), .uint(hesitationTime), .string(string(label)),
            .string(string(selector))]
        case .stringDictGlobal(let key, let value): return [.uint(key), .string(string(value))]
        case .setNodeAttributeDictGlobal(let id, let name, let value): return [.uint(id), .uint(name), .uint(value)]
        case .resourceEvent(let messageID, let timestamp, let duration, let ttfb, let headerSize, let encodedBodySize,
            let decodedBodySize, let url, let type, let success, let method, let status): return [.uint(messageID),
            .uint(timestamp), .uint(duration), .uint(ttfb), .uint(headerSize), .uint(encodedBodySize),
            .uint(decodedBodySize), .string(string(url)), .string(string(type)), .bool(success),
            .string(string(method)), .uint(status)]
        case .nodeAnimationResult(let id, let styles): return [.uint(id), .string(string(styles))]
        case .cssInsertRule(let id, let rule, let index): return [.uint(id), .string(string(rule)), .uint(index)]
        case .cssDeleteRule(let id, let index): return [.uint(id), .uint(index)]
        case .fetch(let method, let url, let request, let response, let status, let timestamp,
            let duration): return [.string(string(method)), .string(string(url)), .string(string(request)),
            .string(string(response)), .uint(status), .uint(timestamp), .uint(duration)]
        case .profiler(let name, let duration, let args, let result): return [.string(string(name)), .uint(duration),
            .string(string(args)), .string(string(result))]
        case .oTable(let key, let value): return [.string(string(key)), .string(string(value))]
        case .stateAction(let type): return [.string(string(type))]
        case .stringDict(let key, let value): return [.string(string(key)), .string(string(value))]
        case .reduxDeprecated(let action, let state, let duration): return [.string(string(action)),
            .string(string(state)), .uint(duration)]
        case .vuex(let mutation, let state): return [.string(string(mutation)), .string(string(state))]
        case .mobX(let type, let payload): return [.string(string(type)), .string(string(payload))]
        case .ngRx(let action, let state, let duration): return [.string(string(action)), .string(string(state)),
            .uint(duration)]
        case .graphQLDeprecated(let operationKind, let operationName, let variables, let response,
            let duration): return [.string(string(operationKind)), .string(string(operationName)),
            .string(string(variables)), .string(string(response)), .int(duration)]
        case .graphQLWithoutDuration(let operationKind, let operationName, let variables,
            let response): return [.string(string(operationKind)), .string(string(operationName)),
            .string(string(variables)), .string(string(response))]
        case .performanceTrack(let frames, let ticks, let totalJSHeapSize, let usedJSHeapSize): return [.int(frames),
            .int(ticks), .uint(totalJSHeapSize), .uint(usedJSHeapSize)]
        case .stringDictDeprecated(let key, let value): return [.uint(key), .string(string(value))]
        case .setNodeAttributeDictDeprecated(let id, let nameKey, let valueKey): return [.uint(id), .uint(nameKey),
            .uint(valueKey)]
        case .setNodeAttributeDict(let id, let name, let value): return [.uint(id), .string(string(name)),
            .string(string(value))]
        case .domDrop(let timestamp): return [.uint(timestamp)]
        case .resourceTimingDeprecatedDeprecated(let timestamp, let duration, let ttfb, let headerSize,
            let encodedBodySize, let decodedBodySize, let url, let initiator): return [.uint(timestamp),
            .uint(duration), .uint(ttfb), .uint(headerSize), .uint(encodedBodySize), .uint(decodedBodySize),
            .string(string(url)), .string(string(initiator))]
        case .connectionInformation(let downlink, let type): return [.uint(downlink), .string(string(type))]
        case .setPageVisibility(let hidden): return [.bool(hidden)]
        case .performanceTrackAggr(let timestampStart, let timestampEnd, let minFPS, let avgFPS, let maxFPS, let minCPU,
            let avgCPU, let maxCPU, let minTotalJSHeapSize, let avgTotalJSHeapSize, let maxTotalJSHeapSize,
            let minUsedJSHeapSize, let avgUsedJSHeapSize, let maxUsedJSHeapSize): return [.uint(timestampStart),
            .uint(timestampEnd), .uint(minFPS), .uint(avgFPS), .uint(maxFPS), .uint(minCPU), .uint(avgCPU),
            .uint(maxCPU), .uint(minTotalJSHeapSize), .uint(avgTotalJSHeapSize), .uint(maxTotalJSHeapSize),
            .uint(minUsedJSHeapSize), .uint(avgUsedJSHeapSize), .uint(maxUsedJSHeapSize)]
        case .loadFontFace(let parentID, let family, let source, let descriptors): return [.uint(parentID),
            .string(string(family)), .string(string(source)), .string(string(descriptors))]
        case .setNodeFocus(let id): return [.int(id)]
        case .longTask(let timestamp, let duration, let context, let containerType, let containerSrc, let containerId,
            let containerName): return [.uint(timestamp), .uint(duration), .uint(context), .uint(containerType),
            .string(string(containerSrc)), .string(string(containerId)), .string(string(containerName))]
        case .setNodeAttributeURLBased(let id, let name, let value, let baseURL): return [.uint(id),
            .string(string(name)), .string(string(value)), .string(string(baseURL))]
        case .setCSSDataURLBased(let id, let data, let baseURL): return [.uint(id), .string(string(data)),
            .string(string(baseURL))]
        case .issueEventDeprecated(let messageID, let timestamp, let type, let contextString, let context,
            let payload): return [.uint(messageID), .uint(timestamp), .string(string(type)),
            .string(string(contextString)), .string(string(context)), .string(string(payload))]
        case .technicalInfo(let type, let value): return [.string(string(type)), .string(string(value))]
        case .customIssue(let name, let payload): return [.string(string(name)), .string(string(payload))]
        case .setNodeSlot(let id, let slotID): return [.uint(id), .uint(slotID)]
        case .assetCache(let url): return [.string(string(url))]
        case .cssInsertRuleURLBased(let id, let rule, let index, let baseURL): return [.uint(id), .string(string(rule)),
            .uint(index), .string(string(baseURL))]
        case .mouseClick(let id, let hesitationTime, let label, let selector, let normalizedX,
            let normalizedY): return [.uint(id), .uint(hesitationTime), .string(string(label)),
            .string(string(selector)), .uint(normalizedX), .uint(normalizedY)]
        case .mouseClickDeprecated(let id, let hesitationTime, let label, let selector): return [.uint(id),
            .uint(hesitationTime), .string(string(label)), .string(string(selector))]
        case .createIFrameDocument(let frameID, let id): return [.uint(frameID), .uint(id)]
        case .adoptedSSReplaceURLBased(let sheetID, let text, let baseURL): return [.uint(sheetID),
            .string(string(text)), .string(string(baseURL))]
        case .adoptedSSReplace(let sheetID, let text): return [.uint(sheetID), .string(string(text))]
        case .adoptedSSInsertRuleURLBased(let sheetID, let rule, let index, let baseURL): return [.uint(sheetID),
            .string(string(rule)), .uint(index), .string(string(baseURL))]
        case .adoptedSSInsertRule(let sheetID, let rule, let index): return [.uint(sheetID), .string(string(rule)),
            .uint(index)]
        case .adoptedSSDeleteRule(let sheetID, let index): return [.uint(sheetID), .uint(index)]
        case .adoptedSSAddOwner(let sheetID, let id): return [.uint(sheetID), .uint(id)]
        case .adoptedSSRemoveOwner(let sheetID, let id): return [.uint(sheetID), .uint(id)]
        case .jsException(let name, let message, let payload, let metadata): return [.string(string(name)),
            .string(string(message)), .string(string(payload)), .string(string(metadata))]
        case .zustand(let mutation, let state): return [.string(string(mutation)), .string(string(state))]
        case .batchMeta(let pageNo, let firstIndex, let timestamp): return [.uint(pageNo), .uint(firstIndex),
            .int(timestamp)]
        case .batchMetadata(let version, let pageNo, let firstIndex, let timestamp,
            let location): return [.uint(version), .uint(pageNo), .uint(firstIndex), .int(timestamp),
            .string(string(location))]
        case .partitionedMessage(let partNo, let partTotal): return [.uint(partNo), .uint(partTotal)]
        case .networkRequest(let type, let method, let url, let request, let response, let status, let timestamp,
            let duration, let transferredBodySize): return [.string(string(type)), .string(string(method)),
            .string(string(url)), .string(string(request)), .string(string(response)), .uint(status), .uint(timestamp),
            .uint(duration), .uint(transferredBodySize)]
        case .wsChannel(let chType, let channelName, let data, let timestamp, let dir,
            let messageType): return [.string(string(chType)), .string(string(channelName)), .string(string(data)),
            .uint(timestamp), .string(string(dir)), .string(string(messageType))]
        case .resourceTiming(let timestamp, let duration, let ttfb, let headerSize, let encodedBodySize,
            let decodedBodySize, let url, let initiator, let transferredSize, let cached, let queueing, let dnsLookup,
            let initialConnection, let ssl, let contentDownload, let total, let stalled): return [.uint(timestamp),
            .uint(duration), .uint(ttfb), .uint(headerSize), .uint(encodedBodySize), .uint(decodedBodySize),
            .string(string(url)), .string(string(initiator)), .uint(transferredSize), .bool(cached), .uint(queueing),
            .uint(dnsLookup), .uint(initialConnection), .uint(ssl), .uint(contentDownload), .uint(total),
            .uint(stalled)]
        case .incident(let label, let startTime, let endTime): return [.string(string(label)), .int(startTime),
            .int(endTime)]
        case .longAnimationTask(let name, let duration, let blockingDuration, let firstUIEventTimestamp, let startTime,
            let scripts): return [.string(string(name)), .int(duration), .int(blockingDuration),
            .int(firstUIEventTimestamp), .int(startTime), .string(string(scripts))]
        case .inputChange(let id, let value, let valueMasked, let label, let hesitationTime,
            let inputDuration): return [.uint(id), .string(string(value)), .bool(valueMasked), .string(string(label)),
            .int(hesitationTime), .int(inputDuration)]
        case .selectionChange(let selectionStart, let selectionEnd, let selection): return [.uint(selectionStart),
            .uint(selectionEnd), .string(string(selection))]
        case .mouseThrashing(let timestamp): return [.uint(timestamp)]
        case .unbindNodes(let totalRemovedPercent): return [.uint(totalRemovedPercent)]
        case .resourceTimingDeprecated(let timestamp, let duration, let ttfb, let headerSize, let encodedBodySize,
            let decodedBodySize, let url, let initiator, let transferredSize, let cached): return [.uint(timestamp),
            .uint(duration), .uint(ttfb), .uint(headerSize), .uint(encodedBodySize), .uint(decodedBodySize),
            .string(string(url)), .string(string(initiator)), .uint(transferredSize), .bool(cached)]
        case .tabChange(let tabId): return [.string(string(tabId))]
        case .tabData(let tabId): return [.string(string(tabId))]
        case .canvasNode(let nodeId, let timestamp): return [.string(string(nodeId)), .uint(timestamp)]
        case .tagTrigger(let tagId): return [.int(tagId)]
        case .redux(let action, let state, let duration, let actionTime): return [.string(string(action)),
            .string(string(state)), .uint(duration), .uint(actionTime)]
        case .setPageLocation(let url, let referrer, let navigationStart,
            let documentTitle): return [.string(string(url)), .string(string(referrer)), .uint(navigationStart),
            .string(string(documentTitle))]
        case .graphQL(let operationKind, let operationName, let variables, let response,
            let duration): return [.string(string(operationKind)), .string(string(operationName)),
            .string(string(variables)), .string(string(response)), .uint(duration)]
        case .webVitals(let name, let value): return [.string(string(name)), .string(string(value))]
        case .issueEvent(let messageID, let timestamp, let type, let contextString, let context, let payload,
            let url): return [.uint(messageID), .uint(timestamp), .string(string(type)), .string(string(contextString)),
            .string(string(context)), .string(string(payload)), .string(string(url))]
        case .sessionEnd(let timestamp, let encryptionKey): return [.uint(timestamp), .string(string(encryptionKey))]
        case .sessionSearch(let timestamp, let partition): return [.uint(timestamp), .uint(partition)]
        case .unknown(_, let body): return [.string(string(body))]
        }
    }

    /// Calls `visit` with the name, channel and range of every string field on the wire, in order.
    /// An unknown type reports its raw body as `Body` (`other`).
    @inline(__always)
    func forEachStringField<Failure: Error>(
        _ visit: (_ name: String, _ channel: StringChannel, _ range: StringRange) throws(Failure) -> Void
    ) throws(Failure) {
        switch self {
        case .sessionStart(_, _, let trackerVersion, let revID, let userUUID, let userAgent, let userOS,
            let userOSVersion, let userBrowser, let userBrowserVersion, let userDevice, let userDeviceType, _, _,
            let userCountry, let userID):
            try visit("TrackerVersion", .other, trackerVersion)
            try visit("RevID", .other, revID)
            try visit("UserUUID", .other, userUUID)
            try visit("UserAgent", .other, userAgent)
            try visit("UserOS", .other, userOS)
            try visit("UserOSVersion", .other, userOSVersion)
            try visit("UserBrowser", .other, userBrowser)
            try visit("UserBrowserVersion", .other, userBrowserVersion)
            try visit("UserDevice", .other, userDevice)
            try visit("UserDeviceType", .other, userDeviceType)
            try visit("UserCountry", .other, userCountry)
            try visit("UserID", .userID, userID)
        case .setPageLocationDeprecated(let url, let referrer, _):
            try visit("URL", .pageURL, url)
            try visit("Referrer", .referrer, referrer)
        case .createElementNode(_, _, _, let tag, _):
            try visit("Tag", .structure, tag)
        case .setNodeAttribute(_, let name, let value):
            try visit("Name", .structure, name)
            try visit("Value", .attribute, value)
        case .removeNodeAttribute(_, let name):
            try visit("Name", .structure, name)
        case .setNodeData(_, let data):
            try visit("Data", .domText, data)
        case .setCSSData(_, let data):
            try visit("Data", .css, data)
        case .setInputTarget(_, let label):
            try visit("Label", .inputLabel, label)
        case .setInputValue(_, let value, _):
            try visit("Value", .inputValue, value)
        case .networkRequestDeprecated(let type, let method, let url, let request, let response, _, _, _):
            try visit("Type", .structure, type)
            try visit("Method", .structure, method)
            try visit("URL", .networkURL, url)
            try visit("Request", .networkRequest, request)
            try visit("Response", .networkResponse, response)
        case .consoleLog(let level, let value):
            try visit("Level", .structure, level)
            try visit("Value", .console, value)
        case .jsExceptionDeprecated(let name, let message, let payload):
            try visit("Name", .exception, name)
            try visit("Message", .exception, message)
            try visit("Payload", .exception, payload)
        case .integrationEvent(_, let source, let name, let message, let payload):
            try visit("Source", .structure, source)
            try visit("Name", .exception, name)
            try visit("Message", .exception, message)
            try visit("Payload", .exception, payload)
        case .customEvent(let name, let payload):
            try visit("Name", .customEvent, name)
            try visit("Payload", .customEvent, payload)
        case .userID(let id):
            try visit("ID", .userID, id)
        case .userAnonymousID(let id):
            try visit("ID", .anonymousID, id)
        case .metadata(let key, let value):
            try visit("Key", .metadata, key)
            try visit("Value", .metadata, value)
        case .pageEventDeprecated(_, _, let url, let referrer, _, _, _, _, _, _, _, _, _, _, _, _, _):
            try visit("URL", .pageURL, url)
            try visit("Referrer", .referrer, referrer)
        case .inputEvent(_, _, let value, _, let label):
            try visit("Value", .inputValue, value)
            try visit("Label", .inputLabel, label)
        case .pageEvent(_, _, let url, let referrer, _, _, _, _, _, _, _, _, _, _, _, _, _, let webVitals):
            try visit("URL", .pageURL, url)
            try visit("Referrer", .referrer, referrer)
            try visit("WebVitals", .other, webVitals)
        case .clickEvent(_, _, _, let label, let selector):
            try visit("Label", .clickLabel, label)
            try visit("Selector", .clickSelector, selector)
        case .stringDictGlobal(_, let value):
            try visit("Value", .attributeDictionary, value)
        case .resourceEvent(_, _, _, _, _, _, _, let url, let type, _, let method, _):
            try visit("URL", .resourceURL, url)
            try visit("Type", .structure, type)
            try visit("Method", .structure, method)
        case .nodeAnimationResult(_, let styles):
            try visit("Styles", .css, styles)
        case .cssInsertRule(_, let rule, _):
            try visit("Rule", .css, rule)
        case .fetch(let method, let url, let request, let response, _, _, _):
            try visit("Method", .structure, method)
            try visit("URL", .networkURL, url)
            try visit("Request", .networkRequest, request)
            try visit("Response", .networkResponse, response)
        case .profiler(let name, _, let args, let result):
            try visit("Name", .profiler, name)
            try visit("Args", .profiler, args)
            try visit("Result", .profiler, result)
        case .oTable(let key, let value):
            try visit("Key", .state, key)
            try visit("Value", .state, value)
        case .stateAction(let type):
            try visit("Type", .state, type)
        case .stringDict(let key, let value):
            try visit("Key", .attributeDictionary, key)
            try visit("Value", .attributeDictionary, value)
        case .reduxDeprecated(let action, let state, _):
            try visit("Action", .state, action)
            try visit("State", .state, state)
        case .vuex(let mutation, let state):
            try visit("Mutation", .state, mutation)
            try visit("State", .state, state)
        case .mobX(let type, let payload):
            try visit("Type", .state, type)
            try visit("Payload", .state, payload)
        case .ngRx(let action, let state, _):
            try visit("Action", .state, action)
            try visit("State", .state, state)
        case .graphQLDeprecated(let operationKind, let operationName, let variables, let response, _):
            try visit("OperationKind", .structure, operationKind)
            try visit("OperationName", .graphQL, operationName)
            try visit("Variables", .graphQL, variables)
            try visit("Response", .graphQL, response)
        case .graphQLWithoutDuration(let operationKind, let operationName, let variables, let response):
            try visit("OperationKind", .structure, operationKind)
            try visit("OperationName", .graphQL, operationName)
            try visit("Variables", .graphQL, variables)
            try visit("Response", .graphQL, response)
        case .stringDictDeprecated(_, let value):
            try visit("Value", .attributeDictionary, value)
        case .setNodeAttributeDict(_, let name, let value):
            try visit("Name", .attributeDictionary, name)
            try visit("Value", .attributeDictionary, value)
        case .resourceTimingDeprecatedDeprecated(_, _, _, _, _, _, let url, let initiator):
            try visit("URL", .resourceURL, url)
            try visit("Initiator", .structure, initiator)
        case .connectionInformation(_, let type):
            try visit("Type", .structure, type)
        case .loadFontFace(_, let family, let source, let descriptors):
            try visit("Family", .css, family)
            try visit("Source", .resourceURL, source)
            try visit("Descriptors", .css, descriptors)
        case .longTask(_, _, _, _, let containerSrc, let containerId, let containerName):
            try visit("ContainerSrc", .resourceURL, containerSrc)
            try visit("ContainerId", .other, containerId)
            try visit("ContainerName", .other, containerName)
        case .setNodeAttributeURLBased(_, let name, let value, let baseURL):
            try visit("Name", .structure, name)
            try visit("Value", .attribute, value)
            try visit("BaseURL", .pageURL, baseURL)
        case .setCSSDataURLBased(_, let data, let baseURL):
            try visit("Data", .css, data)
            try visit("BaseURL", .pageURL, baseURL)
        case .issueEventDeprecated(_, _, let type, let contextString, let context, let payload):
            try visit("Type", .structure, type)
            try visit("ContextString", .other, contextString)
            try visit("Context", .other, context)
            try visit("Payload", .other, payload)
        case .technicalInfo(let type, let value):
            try visit("Type", .other, type)
            try visit("Value", .other, value)
        case .customIssue(let name, let payload):
            try visit("Name", .customEvent, name)
            try visit("Payload", .customEvent, payload)
        case .assetCache(let url):
            try visit("URL", .resourceURL, url)
        case .cssInsertRuleURLBased(_, let rule, _, let baseURL):
            try visit("Rule", .css, rule)
            try visit("BaseURL", .pageURL, baseURL)
        case .mouseClick(_, _, let label, let selector, _, _):
            try visit("Label", .clickLabel, label)
            try visit("Selector", .clickSelector, selector)
        case .mouseClickDeprecated(_, _, let label, let selector):
            try visit("Label", .clickLabel, label)
            try visit("Selector", .clickSelector, selector)
        case .adoptedSSReplaceURLBased(_, let text, let baseURL):
            try visit("Text", .css, text)
            try visit("BaseURL", .pageURL, baseURL)
        case .adoptedSSReplace(_, let text):
            try visit("Text", .css, text)
        case .adoptedSSInsertRuleURLBased(_, let rule, _, let baseURL):
            try visit("Rule", .css, rule)
            try visit("BaseURL", .pageURL, baseURL)
        case .adoptedSSInsertRule(_, let rule, _):
            try visit("Rule", .css, rule)
        case .jsException(let name, let message, let payload, let metadata):
            try visit("Name", .exception, name)
            try visit("Message", .exception, message)
            try visit("Payload", .exception, payload)
            try visit("Metadata", .exception, metadata)
        case .zustand(let mutation, let state):
            try visit("Mutation", .state, mutation)
            try visit("State", .state, state)
        case .batchMetadata(_, _, _, _, let location):
            try visit("Location", .batchURL, location)
        case .networkRequest(let type, let method, let url, let request, let response, _, _, _, _):
            try visit("Type", .structure, type)
            try visit("Method", .structure, method)
            try visit("URL", .networkURL, url)
            try visit("Request", .networkRequest, request)
            try visit("Response", .networkResponse, response)
        case .wsChannel(let chType, let channelName, let data, _, let dir, let messageType):
            try visit("ChType", .structure, chType)
            try visit("ChannelName", .websocket, channelName)
            try visit("Data", .websocket, data)
            try visit("Dir", .structure, dir)
            try visit("MessageType", .structure, messageType)
        case .resourceTiming(_, _, _, _, _, _, let url, let initiator, _, _, _, _, _, _, _, _, _):
            try visit("URL", .resourceURL, url)
            try visit("Initiator", .structure, initiator)
        case .incident(let label, _, _):
            try visit("Label", .customEvent, label)
        case .longAnimationTask(let name, _, _, _, _, let scripts):
            try visit("Name", .structure, name)
            try visit("Scripts", .resourceURL, scripts)
        case .inputChange(_, let value, _, let label, _, _):
            try visit("Value", .inputValue, value)
            try visit("Label", .inputLabel, label)
        case .selectionChange(_, _, let selection):
            try visit("Selection", .selection, selection)
        case .resourceTimingDeprecated(_, _, _, _, _, _, let url, let initiator, _, _):
            try visit("URL", .resourceURL, url)
            try visit("Initiator", .structure, initiator)
        case .tabChange(let tabId):
            try visit("TabId", .structure, tabId)
        case .tabData(let tabId):
            try visit("TabId", .structure, tabId)
        case .canvasNode(let nodeId, _):
            try visit("NodeId", .structure, nodeId)
        case .redux(let action, let state, _, _):
            try visit("Action", .state, action)
            try visit("State", .state, state)
        case .setPageLocation(let url, let referrer, _, let documentTitle):
            try visit("URL", .pageURL, url)
            try visit("Referrer", .referrer, referrer)
            try visit("DocumentTitle", .title, documentTitle)
        case .graphQL(let operationKind, let operationName, let variables, let response, _):
            try visit("OperationKind", .structure, operationKind)
            try visit("OperationName", .graphQL, operationName)
            try visit("Variables", .graphQL, variables)
            try visit("Response", .graphQL, response)
        case .webVitals(let name, let value):
            try visit("Name", .structure, name)
            try visit("Value", .other, value)
        case .issueEvent(_, _, let type, let contextString, let context, let payload, let url):
            try visit("Type", .structure, type)
            try visit("ContextString", .other, contextString)
            try visit("Context", .other, context)
            try visit("Payload", .other, payload)
            try visit("URL", .pageURL, url)
        case .sessionEnd(_, let encryptionKey):
            try visit("EncryptionKey", .other, encryptionKey)
        case .unknown(_, let body):
            try visit("Body", .other, body)
        default:
            return
        }
    }
}
