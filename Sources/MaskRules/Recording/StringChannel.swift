/// What the content of a recorded string is: the channel through which a value reached the
/// recording.
///
/// Every string field of every message type has exactly one channel (see `MessageType.fields`), so an
/// auditor can scan everything a recording carries and say where a value leaked. The raw values are
/// the channel names used in reports (`RecordingLocation.channel`).
public enum StringChannel: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// Text node content (`SetNodeData`), including the text of `<style>` elements.
    case domText = "dom-text"
    /// An attribute value (`SetNodeAttribute`, the URL-based and resolved dictionary forms).
    case attribute
    /// A string of an attribute dictionary (`StringDictGlobal`, `StringDict`, `StringDictDeprecated`):
    /// attribute names and values, before they are referenced.
    case attributeDictionary = "attribute-dictionary"
    /// Style sheet text: CSS data, adopted style sheet rules, animation styles, font descriptors.
    case css
    /// An input's value (`SetInputValue`, `InputChange`, `InputEvent`).
    case inputValue = "input-value"
    /// The label the tracker derived for an input (`InputChange`, `SetInputTarget`).
    case inputLabel = "input-label"
    /// Selected text (`SelectionChange`).
    case selection
    /// The label of a clicked element.
    case clickLabel = "click-label"
    /// The CSS selector of a clicked element (may hold `data-*` values, CSS-escaped).
    case clickSelector = "click-selector"
    /// A page URL (`SetPageLocation`, and the `BaseURL` of URL-based messages, which is the raw page URL).
    case pageURL = "page-url"
    /// The referrer of a page.
    case referrer
    /// The document title.
    case title
    /// The page URL in a batch header (`BatchMetadata.Location`).
    case batchURL = "batch-url"
    /// A console message.
    case console
    /// The URL of a network request.
    case networkURL = "network-url"
    /// A network request's headers and body (a JSON document in one string).
    case networkRequest = "network-request"
    /// A network response's headers and body (a JSON document in one string).
    case networkResponse = "network-response"
    /// A GraphQL operation name, its variables or its response.
    case graphQL = "graphql"
    /// A websocket channel name or message.
    case websocket
    /// State management payloads: Redux, Vuex, MobX, NgRx, Zustand, their actions and tables.
    case state
    /// Profiled function names, arguments and results.
    case profiler
    /// Custom events, custom issues and incidents: names and payloads chosen by the application.
    case customEvent = "custom-event"
    /// Session metadata keys and values.
    case metadata
    /// The user id (`UserID`, `SessionStart.UserID`): must be an internal, immutable id.
    case userID = "user-id"
    /// The anonymous user id (`UserAnonymousID`).
    case anonymousID = "anonymous-id"
    /// JavaScript exceptions: name, message, stack payload, metadata.
    case exception
    /// The URL of a resource (resource timing, fonts, cached assets, scripts).
    case resourceURL = "resource-url"
    /// Names rather than content: tag and attribute names, log levels, HTTP methods, resource
    /// initiators, tab ids. Expected to carry no user data, and still scanned.
    case structure
    /// Everything else: device and browser descriptions, technical info, backend issue context, the
    /// raw bodies of message types the reader does not know.
    case other

    public var description: String { rawValue }
}
