@testable import MaskRules

/// Makes one benchmark session, deterministically from a seed.
struct AuditSessionGenerator {
    private var state: UInt64
    private var time: UInt64 = 1_700_000_000_000

    init(seed: UInt64) {
        state = seed | 1
    }

    static let classes = ["flex", "items-center", "justify-between", "px-4", "py-2", "text-sm", "font-medium", "rounded",
                          "bg-white", "shadow", "grid", "gap-3", "w-full", "hidden", "md:block", "border", "mt-2",
                          "header-module__header--Jwjd7", "card-module__body--x1Kp2", "btn", "btn-primary", "truncate"]
    static let tags = ["DIV", "DIV", "DIV", "SPAN", "SPAN", "A", "P", "LI", "UL", "BUTTON", "SECTION", "IMG", "svg"]
    static let words = ["order", "shipped", "account", "settings", "dashboard", "search", "results", "total", "items",
                        "view", "details", "help", "price", "delivery", "Monday", "report", "filter", "export", "save"]

    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }

    mutating func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }

    mutating func sentence(_ count: Int) -> String {
        (0..<count).map { _ in pick(Self.words) }.joined(separator: " ") + (next() % 3 == 0 ? " \(next() % 1000)" : "")
    }

    /// The DOM and devtools files of a session of about `targetBytes` (uncompressed).
    mutating func session(targetBytes: Int) -> (dom: [UInt8], devtools: [UInt8]) {
        var dom = RecordingEncoder.fileHeader(0xFE)
        var devtools = RecordingEncoder.fileHeader(0xFE)
        var page: UInt64 = 0
        while dom.count + devtools.count < targetBytes {
            let location = "https://app.example/projects/\(next() % 90)/view"
            for batch in pageBatches(location: location) {
                dom += RecordingEncoder.batch(version: 2, pageNo: page, timestamp: Int64(time), location: location, messages: batch)
            }
            let traffic = devtoolsMessages(count: 300)
            devtools += RecordingEncoder.batch(version: 4, pageNo: page, timestamp: Int64(time), location: location, messages: traffic)
            page += 1
        }
        return (dom, devtools)
    }

    /// One page: its snapshot, then batches of activity.
    private mutating func pageBatches(location: String) -> [[EncodedMessage]] {
        var snapshot: [EncodedMessage] = [
            .timestamp(time), .tabData("tab-1"),
            .setPageLocation(url: location, referrer: "https://app.example/", navigationStart: time, title: "Project view"),
            .createDocument,
        ]
        var ids: [UInt64] = [0]
        var texts: [UInt64] = []
        var inputs: [UInt64] = []
        var nextID: UInt64 = 1
        var children: [UInt64: UInt64] = [:]
        func add(_ make: (UInt64, UInt64, UInt64) -> EncodedMessage, parent: UInt64) -> UInt64 {
            let id = nextID
            nextID += 1
            snapshot.append(make(id, parent, children[parent, default: 0]))
            children[parent, default: 0] += 1
            return id
        }
        for _ in 0..<3_000 {
            let parent = ids[Int(next() % UInt64(ids.count))]
            let tag = next() % 40 == 0 ? "INPUT" : pick(Self.tags)
            let id = add({ .createElementNode(id: $0, parentID: $1, index: $2, tag: tag, svg: tag == "svg") }, parent: parent)
            ids.append(id)
            snapshot.append(.setNodeAttribute(id: id, name: "class", value: (0..<(2 + Int(next() % 5))).map { _ in pick(Self.classes) }.joined(separator: " ")))
            if next() % 4 == 0 { snapshot.append(.setNodeAttribute(id: id, name: "style", value: "width: \(next() % 800)px; height: \(next() % 90)px;")) }
            if next() % 9 == 0 { snapshot.append(.setNodeAttribute(id: id, name: "id", value: "node-\(id)")) }
            if tag == "INPUT" {
                inputs.append(id)
                snapshot.append(.setNodeAttribute(id: id, name: "placeholder", value: "Search \(pick(Self.words))"))
            } else if next() % 2 == 0 {
                let text = add({ .createTextNode(id: $0, parentID: $1, index: $2) }, parent: id)
                texts.append(text)
                snapshot.append(.setNodeData(id: text, data: sentence(1 + Int(next() % 8))))
            }
        }
        snapshot.append(.setNodeData(id: texts[0], data: "Signed in as jane.roe@example.com"))
        var batches = [snapshot]
        // Rows that come and go, as lists re-render: each an element holding a text, added to and
        // moved between elements of the snapshot, then removed; never an ancestor of another node.
        var rows: [UInt64] = []
        for _ in 0..<40 {
            time += 250
            var batch: [EncodedMessage] = [.timestamp(time), .tabData("tab-1")]
            for _ in 0..<60 {
                switch next() % 10 {
                case 0, 1, 2: batch.append(.mouseMove(x: next() % 1600, y: next() % 900))
                case 3, 4: batch.append(.setNodeData(id: pick(texts), data: sentence(1 + Int(next() % 6))))
                case 5: batch.append(.setNodeAttribute(id: pick(ids.dropFirst().map { $0 }), name: "class", value: pick(Self.classes) + " active"))
                case 6: if let input = inputs.randomElement(using: &self) { batch.append(.setInputValue(id: input, value: "", mask: Int64(next() % 20))) }
                case 7: batch.append(.mouseClick(id: pick(ids), label: pick(Self.words), selector: "#node-\(pick(ids))"))
                case 8: batch.append(.setViewportSize(width: 1600, height: 900))
                default:
                    switch next() % 4 {
                    case 0, 1:
                        let parent = pick(ids)
                        let row = nextID
                        let text = nextID + 1
                        nextID += 2
                        batch.append(.createElementNode(id: row, parentID: parent, index: next() % 8, tag: "LI", svg: false))
                        batch.append(.createTextNode(id: text, parentID: row, index: 0))
                        batch.append(.setNodeData(id: text, data: sentence(2 + Int(next() % 5))))
                        rows.append(row)
                    case 2:
                        if !rows.isEmpty { batch.append(.moveNode(id: pick(rows), parentID: pick(ids), index: next() % 8)) }
                    default:
                        if !rows.isEmpty { batch.append(.removeNode(id: rows.remove(at: Int(next() % UInt64(rows.count))))) }
                    }
                }
            }
            batches.append(batch)
        }
        return batches
    }

    private mutating func devtoolsMessages(count: Int) -> [EncodedMessage] {
        var messages: [EncodedMessage] = [.timestamp(time), .tabData("tab-1")]
        for index in 0..<count {
            switch next() % 3 {
            case 0: messages.append(.consoleLog(level: "log", value: "render \(pick(Self.words)) took \(next() % 200) ms"))
            case 1:
                let body = "{\"items\":[" + (0..<5).map { _ in "{\"id\":\(next() % 100000),\"name\":\"\(pick(Self.words))\"}" }.joined(separator: ",") + "]}"
                messages.append(.networkRequest(
                    url: "https://api.app.example/v1/\(pick(Self.words))?page=\(next() % 20)",
                    request: #"{"headers":{"accept":"application/json"}}"#, response: #"{"body":\#(body)}"#,
                    timestamp: time, duration: next() % 400))
            default:
                messages.append(index == 7
                    ? .consoleLog(level: "warn", value: "retry for customer SSN 536-22-1234")
                    : .consoleLog(level: "info", value: "\(pick(Self.words)) \(pick(Self.words)) ready"))
            }
        }
        return messages
    }
}

extension AuditSessionGenerator: RandomNumberGenerator {}
