import Testing
@testable import MaskRules

@Suite("Detector registry and options")
struct DetectorRegistryTests {
    @Test("The registry lists the six built-in detectors by their ids")
    func ids() {
        #expect(BuiltInDetectors.descriptions.map(\.id) == ["email", "payment-card", "ssn", "phone", "iban", "keyed-value"])
    }

    @Test("Ids are kebab-case and unique")
    func kebabCase() {
        let ids = BuiltInDetectors.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { ($0.isLowercase && $0.isASCII) || $0 == "-" }, "\(id)")
            #expect(!id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--"), "\(id)")
        }
    }

    @Test("Categories: fixed for value detectors, chosen by option for keyed-value")
    func categories() {
        let categories = Dictionary(uniqueKeysWithValues: BuiltInDetectors.descriptions.map { ($0.id, $0.category) })
        #expect(categories["email"] == .email)
        #expect(categories["payment-card"] == .payment)
        #expect(categories["ssn"] == .ssn)
        #expect(categories["phone"] == .phone)
        #expect(categories["iban"] == .payment)
        #expect(categories["keyed-value"] == .some(nil))
    }

    @Test("Every *Detector.swift file in Detectors/ is registered")
    func everyDetectorFileIsRegistered() throws {
        let directory = String(#filePath.split(separator: "/").dropLast(4).joined(separator: "/"))
        let path = "/" + directory + "/Sources/MaskRules/Detectors"
        let names = try DirectoryListing.fileNames(in: path).filter { $0.hasSuffix("Detector.swift") && $0 != "ValueDetector.swift" }
        let registered = Set(BuiltInDetectors.all.map { String(describing: $0) + ".swift" })
        #expect(!names.isEmpty)
        #expect(Set(names) == registered)
    }

    @Test("The factory builds a configured detector")
    func factory() throws {
        let detector = try BuiltInDetectors.make(id: "phone", options: ["regions": .strings(["e164"])])
        #expect(detector.id == "phone")
        #expect(detector.values(in: "call 415-555-2671").isEmpty)
        #expect(detector.values(in: "call +44 20 7183 8750").map(\.value) == ["+442071838750"])
    }

    @Test("An unknown detector id is a typed error at the rule's location")
    func unknownDetector() {
        let location = SourceLocation(file: "rules/ssn.yaml", line: 12, column: 5)
        #expect(throws: DetectorConfigurationError(.unknownDetector("ssn-us"), detectorID: "ssn-us", location: location)) {
            _ = try BuiltInDetectors.make(id: "ssn-us", location: location)
        }
    }

    @Test("An unknown option is a typed error naming the known ones")
    func unknownOption() {
        let location = SourceLocation(file: "rules/ssn.yaml", line: 3)
        do {
            _ = try BuiltInDetectors.make(id: "ssn", options: ["require-context": .bool(true)], location: location)
            Issue.record("expected an error")
        } catch {
            #expect(error.location == location)
            guard case .unknownOption(let name, let known) = error.kind else {
                Issue.record("wrong kind \(error.kind)")
                return
            }
            #expect(name == "require-context")
            #expect(known.contains("bare-digits-need-context"))
            #expect(error.description.hasPrefix("rules/ssn.yaml:3: detector 'ssn' has no option 'require-context'"))
        }
    }

    @Test("Wrong types, invalid values and missing options are each reported")
    func problems() {
        let problems = BuiltInDetectors.problems(
            id: "keyed-value",
            options: ["keys": .integer(3), "min-length": .integer(0), "max-length": .string("x")])
        #expect(problems.map(\.kind) == [
            .wrongType(option: "keys", expected: .strings, found: .integer(3)),
            .wrongType(option: "max-length", expected: .integer(1...100_000), found: .string("x")),
            .invalidValue(option: "min-length", value: .integer(0), reason: "0 is outside 1...1000"),
            .missingOption("category"),
        ])
    }

    @Test("A category option must name a category; choice lists must hold known choices")
    func invalidValues() {
        let category = BuiltInDetectors.problems(id: "keyed-value", options: ["keys": .string("pin"), "category": .string("secret")])
        #expect(category.map(\.kind) == [
            .invalidValue(option: "category", value: .string("secret"), reason: "'secret' is not a category")
        ])
        let regions = BuiltInDetectors.problems(id: "phone", options: ["regions": .strings(["nanp", "uk"])])
        #expect(regions.map(\.kind) == [
            .invalidValue(option: "regions", value: .strings(["nanp", "uk"]), reason: "'uk' is not one of nanp, e164")
        ])
    }

    @Test("A single string is accepted where a list is expected")
    func singleStringList() throws {
        let detector = try BuiltInDetectors.make(id: "keyed-value", options: ["keys": .string("pin"), "category": .string("password")])
        #expect(detector.category == .password)
        #expect(detector.values(in: "pin=4711").map(\.value) == ["4711"])
    }

    @Test("Valid options produce no problems", arguments: BuiltInDetectors.descriptions.map(\.id))
    func validOptions(_ id: String) throws {
        let description = try #require(BuiltInDetectors.type(id: id)?.description)
        var options = description.exampleOptions
        for option in description.options { options[option.name] = option.defaultValue ?? options[option.name] }
        #expect(BuiltInDetectors.problems(id: id, options: options).isEmpty)
    }
}
