@testable import MaskRules

/// One fixture session: its files, as the project's encoder writes them, and what an audit must say.
struct AuditFixture: Sendable, CustomStringConvertible {
    /// The session's name (its directory under `fixtures/sessions/`).
    let name: String
    /// The files, in the order they are listed.
    let files: [(name: String, bytes: [UInt8])]
    /// The verdict an audit with the bundled rule set and `AuditFixtures.canaryFile` gives.
    let verdict: SessionVerdict
    /// The findings it gives, as `check channel category` (category `-` when none), sorted.
    let findings: [String]
    /// For unverified sessions, the reading fault's reason code.
    let faultCode: String?

    init(_ name: String, _ files: [(name: String, bytes: [UInt8])], verdict: SessionVerdict, findings: [String],
         faultCode: String? = nil) {
        self.name = name
        self.files = files
        self.verdict = verdict
        self.findings = findings.sorted()
        self.faultCode = faultCode
    }

    /// The session, read from memory.
    var session: RecordingSession {
        RecordingSession(name: name, inputs: files.map { .bytes(name: $0.name, $0.bytes) })
    }

    var description: String { name }
}

/// The fixture sessions of `fixtures/sessions/`: clean sessions, leaks planted in every channel the
/// auditor checks, and corrupt files. Every byte comes from `RecordingEncoder`; `AuditFixtureFilesTests`
/// writes them to the repository (`UPDATE_GENERATED=1`) and checks that the committed copies are current.
enum AuditFixtures {
    static let email = "jane.roe@example.com"
    static let phone = "(415) 555-2671"
    static let internationalPhone = "+44 20 7183 8750"
    static let ssn = "536-22-1234"
    static let card = "4111 1111 1111 1111"
    static let start: UInt64 = 1_700_000_000_000

    /// The canary file the fixtures are audited with.
    static let canaryFile = """
        # Canary values typed into the staging checkout before recording canary-checkout.
        Quentin Canarybird
        q.canarybird@example.net
        628-555-0172

        """

    static let all: [AuditFixture] = [
        cleanCheckout, cleanLegacySearch, cleanGzipBatches, leakInputValues, leakDOMContent, leakNavigation,
        leakDevtools, leakAnalytics, leakCanaries, corruptTruncated, corruptBadVarint, corruptSizePastEnd, corruptZstd,
    ]

    // MARK: Layout helpers

    /// A stored v2 file (`FF×7 FE`) of one tracker batch per element of `batches`.
    static func storedBatches(_ batches: [[EncodedMessage]], version: UInt64 = 2, location: String,
                              pageNo: UInt64 = 0) -> [UInt8] {
        RecordingEncoder.storedBatches(trackerBatches(batches, version: version, location: location, pageNo: pageNo))
    }

    /// Tracker batches as posted: each starts with its header, `Timestamp` and `TabData`.
    static func trackerBatches(_ batches: [[EncodedMessage]], version: UInt64 = 2, location: String,
                               pageNo: UInt64 = 0) -> [[UInt8]] {
        var firstIndex: UInt64 = 0
        return batches.enumerated().map { offset, messages in
            let time = start + UInt64(offset) * 1_000
            let all = [EncodedMessage.timestamp(time), .tabData("tab-1")] + messages
            defer { firstIndex += UInt64(all.count) }
            return RecordingEncoder.batch(version: version, pageNo: pageNo, firstIndex: firstIndex,
                                          timestamp: Int64(time), location: location, messages: all)
        }
    }

    static func redux(action: String, state: String) -> EncodedMessage {
        EncodedMessage(121, [.string(action), .string(state), .uint(3), .uint(start)])
    }

    static func graphQL(name: String, variables: String, response: String) -> EncodedMessage {
        EncodedMessage(123, [.string("query"), .string(name), .string(variables), .string(response), .uint(12)])
    }

    static func adoptedStyleRule(sheet: UInt64, rule: String) -> EncodedMessage {
        EncodedMessage(74, [.uint(sheet), .string(rule), .uint(0)])
    }

    // MARK: Clean sessions

    /// A checkout as the tracker records it by default: inputs masked, obscured text starred.
    static let cleanCheckout: AuditFixture = {
        var page = PageBuilder([.timestamp(start), .setPageLocation(
            url: "https://shop.example/checkout", referrer: "https://shop.example/cart", navigationStart: start,
            title: "Checkout")])
        page.element("HEAD", in: 0)
        let body = page.element("BODY", in: 0)
        let form = page.element("FORM", in: body, [("id", "checkout")])
        let emailLabel = page.element("LABEL", in: form, [("for", "email")])
        page.text("Email", in: emailLabel)
        let email = page.element("INPUT", in: form, [("id", "email"), ("type", "email"), ("autocomplete", "email")])
        let password = page.element("INPUT", in: form, [("type", "password"), ("name", "password")])
        let card = page.element("DIV", in: form, [("data-openreplay-obscured", ""), ("class", "card-preview")])
        page.text("**** **** **** ****", in: card)
        page.text("\u{2588}\u{2588}\u{2588}\u{2588} \u{2588}\u{2588}", in: card)
        let summary = page.element("P", in: form)
        page.text("Order summary: 2 items", in: summary)
        let pay = page.element("BUTTON", in: form, [("id", "pay")])
        page.text("Pay now", in: pay)
        page.append(.setInputValue(id: email, value: "", mask: 20))
        page.append(.setInputValue(id: password, value: "", mask: -1))
        page.append(.mouseClick(id: pay, label: "Pay now", selector: "#pay"))
        let dom = storedBatches([page.messages], location: "https://shop.example/checkout")
        let devtools = storedBatches([[
            .consoleLog(level: "info", value: "checkout loaded"),
            .networkRequest(url: "https://api.shop.example/cart", request: #"{"headers":{"accept":"application/json"}}"#,
                            response: #"{"body":{"items":2}}"#),
        ]], version: 4, location: "https://shop.example/checkout")
        return AuditFixture("clean-checkout", [("dom.mobs", RecordingEncoder.zstd(dom)), ("devtools.mob", RecordingEncoder.zstd(devtools))],
                            verdict: .clean, findings: [])
    }()

    /// A 2023-style legacy recording split into `dom.mobs` and `dom.mobe` in the middle of a record,
    /// with a search box recorded plain: a note, not a leak.
    static let cleanLegacySearch: AuditFixture = {
        var page = PageBuilder([.timestamp(start), .setPageLocationDeprecated(
            url: "https://shop.example/search", referrer: "", navigationStart: start)])
        let body = page.element("BODY", in: 0)
        let search = page.element("INPUT", in: body, [("type", "search"), ("name", "q"), ("placeholder", "Search products")])
        for prefix in ["s", "sh", "sho", "shoe", "shoes"] { page.append(.setInputValue(id: search, value: prefix, mask: 0)) }
        let results = page.element("UL", in: body)
        for item in ["Trail shoes", "Running shoes", "Shoe polish"] {
            page.text(item, in: page.element("LI", in: results))
        }
        let bytes = RecordingEncoder.records(page.messages, indexed: true, header: false)
        let cut = bytes.count / 2 + 3
        return AuditFixture("clean-legacy-search", [("dom.mobs", Array(bytes[..<cut])), ("dom.mobe", Array(bytes[cut...]))],
                            verdict: .clean, findings: ["plain-input-value input-value -"])
    }()

    /// Gzip-compressed tracker batches, as posted to `/v1/web/i`, of a login page recorded as it should be.
    static let cleanGzipBatches: AuditFixture = {
        var page = PageBuilder()
        let body = page.element("BODY", in: 0)
        let login = page.element("FORM", in: body, [("id", "login")])
        let user = page.element("INPUT", in: login, [("name", "username"), ("autocomplete", "username")])
        let secret = page.element("INPUT", in: login, [("type", "password")])
        let greeting = page.element("P", in: body, [("data-openreplay-obscured", "")])
        page.text("****** *****", in: greeting)
        page.append(.setInputValue(id: user, value: "", mask: 8))
        page.append(.setInputValue(id: secret, value: "", mask: -1))
        let batches = trackerBatches([Array(page.messages.prefix(6)), Array(page.messages.dropFirst(6))],
                                     location: "https://shop.example/login")
        return AuditFixture("clean-gzip-batches", batches.enumerated().map { ("0_\($0.offset + 1).bin", RecordingEncoder.gzip($0.element)) },
                            verdict: .clean, findings: [])
    }()

    // MARK: Planted leaks

    /// Field values recorded plain: an email field typed into keystroke by keystroke, a card number in
    /// an input change, and a field inside an obscured container.
    static let leakInputValues: AuditFixture = {
        var page = PageBuilder()
        let body = page.element("BODY", in: 0)
        let form = page.element("FORM", in: body)
        let emailField = page.element("INPUT", in: form, [("type", "email"), ("name", "email")])
        let card = page.element("INPUT", in: form, [("id", "card"), ("autocomplete", "cc-number")])
        let obscured = page.element("DIV", in: form, [("data-openreplay-obscured", "")])
        let nickname = page.element("INPUT", in: obscured, [("name", "nickname")])
        for length in [1, 4, email.count] {
            page.append(.setInputValue(id: emailField, value: String(email.prefix(length)), mask: 0))
        }
        page.append(.setInputValue(id: nickname, value: "Bobby", mask: 0))
        let player = trackerBatches([page.messages], location: "https://shop.example/checkout")
        let analytics = trackerBatches([[.inputChange(id: card, value: Self.card, valueMasked: false, label: "#card")]],
                                       version: 5, location: "https://shop.example/checkout")
        return AuditFixture(
            "leak-input-values", [("0_1.bin", player[0]), ("0_2.bin", RecordingEncoder.gzip(analytics[0]))], verdict: .leaks,
            findings: [
                "plain-pii-field input-value email", "plain-pii-field input-value payment", "plain-pii-field input-value -",
                "pii-in-recording input-value email", "pii-in-recording input-value payment",
            ])
    }()

    /// Personal data in the page itself: text, attributes (plain and through the string dictionary),
    /// an unused dictionary string, style rules, selections, a shadow root, obscured text left
    /// readable, and a frame the tracker must not capture.
    static let leakDOMContent: AuditFixture = {
        var page = PageBuilder([.timestamp(start), .setPageLocationDeprecated(
            url: "https://shop.example/account", referrer: "", navigationStart: start)])
        let body = page.element("BODY", in: 0)
        let header = page.element("HEADER", in: body)
        page.text("Signed in as \(email)", in: header)
        page.element("DIV", in: header, [("class", "help"), ("title", "Contact \(phone)")])
        let profile = page.element("SECTION", in: body, [("id", "profile")])
        page.append(.stringDictGlobal(key: 1, value: "data-customer"))
        page.append(.stringDictGlobal(key: 2, value: "SSN \(ssn)"))
        page.append(.stringDictGlobal(key: 3, value: "backup jane.doe@example.org"))
        page.append(.setNodeAttributeDictGlobal(id: profile, name: 1, value: 2))
        page.append(adoptedStyleRule(sheet: 1, rule: #".user::after { content: "\#(email)"; }"#))
        let secret = page.element("DIV", in: profile, [("data-openreplay-obscured", "")])
        page.text("Jane Roe", in: page.element("SPAN", in: secret))
        page.append(.selectionChange(start: 0, end: 24, selection: "card \(card)"))
        let widget = page.element("DIV", in: body, [("id", "widget"), ("data-openreplay-hidden", "")])
        let shadow = page.root(on: widget)
        page.text("Support line \(internationalPhone)", in: page.element("P", in: shadow))
        let frame = page.element("IFRAME", in: body, [("data-openreplay-obscured", "")])
        let frameDocument = page.root(on: frame)
        let frameHTML = page.element("HTML", in: frameDocument)
        page.text("Account 12", in: page.element("BODY", in: frameHTML))
        let bytes = RecordingEncoder.records(page.messages, indexed: true, header: true)
        return AuditFixture(
            "leak-dom-content", [("dom.mobs", RecordingEncoder.zstd(bytes))], verdict: .leaks,
            findings: [
                "pii-in-recording dom-text email", "pii-in-recording attribute phone", "pii-in-recording attribute ssn",
                "pii-in-recording attribute-dictionary email", "pii-in-recording css email",
                "pii-in-recording selection payment", "pii-in-recording dom-text phone",
                "obscured-text-not-masked dom-text -", "obscured-text-not-masked dom-text -",
            ])
    }()

    /// Personal data in where the user is: batch header URL, page URL, referrer, title, a URL-based
    /// attribute's base URL, click labels and CSS-escaped click selectors; two pages (`PageNo`).
    static let leakNavigation: AuditFixture = {
        var first = PageBuilder([.setPageLocation(
            url: "https://shop.example/account?phone=415-555-2671", referrer: "https://mail.example/inbox?to=\(email)",
            navigationStart: start, title: "Account of \(email)")])
        let body = first.element("BODY", in: 0)
        let button = first.element("BUTTON", in: body, [("data-user", email)])
        first.text("Call us", in: button)
        first.append(.mouseClick(id: button, label: "Call \(phone)", selector: #"[data-user="jane\.roe\@example\.com"]"#))
        var second = PageBuilder([.setPageLocation(url: "https://shop.example/orders", referrer: "https://shop.example/account",
                                                   navigationStart: start + 5_000, title: "Orders")])
        let secondBody = second.element("BODY", in: 0)
        let banner = second.element("DIV", in: secondBody)
        second.append(.setNodeAttributeURLBased(id: banner, name: "style", value: "background: url(banner.png)",
                                                baseURL: "https://shop.example/u/\(email)/"))
        let firstBatch = trackerBatches([first.messages], location: "https://shop.example/account?email=jane.roe%40example.com")
        let secondBatch = trackerBatches([second.messages], location: "https://shop.example/orders", pageNo: 1)
        return AuditFixture(
            "leak-navigation", [("1_1.bin", firstBatch[0]), ("1_2.bin", secondBatch[0])], verdict: .leaks,
            findings: [
                "pii-in-recording batch-url email", "pii-in-recording page-url phone", "pii-in-recording referrer email",
                "pii-in-recording title email", "pii-in-recording click-label phone", "pii-in-recording click-selector email",
                "pii-in-recording attribute email", "pii-in-recording page-url email",
            ])
    }()

    /// Personal data in the devtools file: console, network URL, headers and bodies, websocket,
    /// Redux state and GraphQL variables.
    static let leakDevtools: AuditFixture = {
        var page = PageBuilder()
        page.text("Welcome back", in: page.element("BODY", in: 0))
        let dom = storedBatches([page.messages], location: "https://shop.example/")
        let devtools = storedBatches([[
            .consoleLog(level: "log", value: "user SSN \(ssn)"),
            .networkRequest(
                url: "https://api.shop.example/users?email=\(email)",
                request: #"{"headers":{"x-caller":"\#(phone)"},"body":"{\"password\":\"hunter2!\"}"}"#,
                response: #"{"body":{"card":"4111111111111111"}}"#),
            .wsChannel(channelName: "support", data: #"{"msg":"call me at \#(internationalPhone)"}"#),
            redux(action: #"{"type":"user/update"}"#, state: #"{"user":{"email":"\#(email)"}}"#),
            graphQL(name: "Applicant", variables: #"{"ssn":"536221234"}"#, response: "{}"),
        ]], version: 4, location: "https://shop.example/")
        return AuditFixture(
            "leak-devtools", [("dom.mobs", RecordingEncoder.zstd(dom)), ("devtools.mob", RecordingEncoder.zstd(devtools))],
            verdict: .leaks,
            findings: [
                "pii-in-recording console ssn", "pii-in-recording network-url email", "pii-in-recording network-request phone",
                "pii-in-recording network-request password", "pii-in-recording network-response payment",
                "pii-in-recording websocket phone", "pii-in-recording state email", "pii-in-recording graphql ssn",
            ])
    }()

    /// Personal data in what the application sends about the user: user id, anonymous id, metadata,
    /// custom events and exceptions (the analytics stream of tracker batches).
    static let leakAnalytics: AuditFixture = {
        var page = PageBuilder()
        page.element("BODY", in: 0)
        let player = trackerBatches([page.messages], location: "https://shop.example/")
        let analytics = trackerBatches([[
            .userID(email),
            .userAnonymousID("anon \(phone)"),
            .metadata(key: "first_name", value: "Jane"),
            .metadata(key: "plan", value: "gold"),
            .customEvent(name: "signup", payload: #"{"email":"\#(email)"}"#),
            .jsException(name: "TypeError", message: "SSN \(ssn) rejected", payload: "[]", metadata: "{}"),
        ]], version: 5, location: "https://shop.example/")
        return AuditFixture(
            "leak-analytics", [("0_1.bin", player[0]), ("0_2.bin", analytics[0])], verdict: .leaks,
            findings: [
                "user-id-is-pii user-id email", "pii-in-identity anonymous-id phone", "pii-in-identity metadata name",
                "pii-in-recording custom-event email", "pii-in-recording exception ssn",
            ])
    }()

    /// Canary values that reached the recording in other forms: form-encoded in a request body,
    /// JSON-escaped in the console, upper case in the page, digits only in an attribute.
    static let leakCanaries: AuditFixture = {
        var page = PageBuilder()
        let body = page.element("BODY", in: 0)
        let name = page.element("INPUT", in: body, [("name", "fullname")])
        page.append(.setInputValue(id: name, value: "", mask: 18))
        page.text("WELCOME, QUENTIN CANARYBIRD", in: page.element("H1", in: body))
        page.element("DIV", in: body, [("data-callback", "6285550172")])
        let dom = storedBatches([page.messages], location: "https://staging.shop.example/checkout")
        let devtools = storedBatches([[
            .networkRequest(method: "POST", url: "https://staging.shop.example/api/order",
                            request: #"{"body":"name=Quentin+Canarybird&plan=gold"}"#, response: "{}"),
            .consoleLog(level: "log", value: #"{"contact":"q.canarybird\u0040example.net"}"#),
        ]], version: 4, location: "https://staging.shop.example/checkout")
        return AuditFixture(
            "leak-canaries", [("dom.mobs", RecordingEncoder.gzip(dom)), ("devtools.mob", devtools)], verdict: .leaks,
            findings: [
                "canary-value network-request -", "canary-value console email", "canary-value dom-text -",
                "canary-value attribute phone", "pii-in-recording console email",
            ])
    }()

    // MARK: Corrupt sessions

    /// A stored file cut in the middle of a message, after a leak: unverified, the leak kept.
    static let corruptTruncated: AuditFixture = {
        var page = PageBuilder()
        let body = page.element("BODY", in: 0)
        page.text("Receipt sent to \(email)", in: body)
        page.text(String(repeating: "Thank you for your order. ", count: 8), in: body)
        let bytes = storedBatches([page.messages], location: "https://shop.example/receipt")
        return AuditFixture("corrupt-truncated", [("dom.mobs", Array(bytes.dropLast(40)))], verdict: .unverified,
                            findings: ["pii-in-recording dom-text email"], faultCode: "length-past-end")
    }()

    /// A legacy record whose node id is a varint of eleven bytes.
    static let corruptBadVarint: AuditFixture = {
        var page = PageBuilder()
        page.text("Hello", in: page.element("BODY", in: 0))
        var bytes = RecordingEncoder.records(page.messages, indexed: true, header: false)
        RecordingEncoder.appendIndex(UInt64(page.messages.count + 1), to: &bytes)
        bytes += [14] + [UInt8](repeating: 0xFF, count: 10) + [0x01, 0x00]
        return AuditFixture("corrupt-bad-varint", [("dom.mobs", bytes)], verdict: .unverified, findings: [],
                            faultCode: "varint-too-long")
    }()

    /// A tracker batch whose last message declares a size past the end of the file.
    static let corruptSizePastEnd: AuditFixture = {
        var page = PageBuilder()
        page.text("Hello", in: page.element("BODY", in: 0))
        var bytes = trackerBatches([page.messages], location: "https://shop.example/")[0]
        bytes += [14, 0x88, 0x13, 0x00, 0x05, 0x03]
        return AuditFixture("corrupt-size-past-end", [("0_1.bin", bytes)], verdict: .unverified, findings: [],
                            faultCode: "length-past-end")
    }()

    /// A zstd file whose frame header sets a reserved bit, which libzstd refuses.
    static let corruptZstd: AuditFixture = {
        var page = PageBuilder()
        let body = page.element("BODY", in: 0)
        for index in 0..<40 { page.text("Row \(index) of the order history", in: body) }
        var bytes = RecordingEncoder.zstd(storedBatches([page.messages], location: "https://shop.example/orders"))
        bytes[4] |= 0x08
        return AuditFixture("corrupt-zstd", [("dom.mobs", bytes)], verdict: .unverified, findings: [],
                            faultCode: "decompression-failed")
    }()
}
