import Testing
@testable import MaskRules

@Suite("Detector descriptions")
struct DetectorDescriptionTests {
    @Test("Every description example holds", arguments: DescriptionExample.all)
    func example(_ example: DescriptionExample) throws {
        let type = try #require(BuiltInDetectors.type(id: example.detectorID))
        let detector = try type.init(options: type.description.exampleOptions)
        let values = detector.values(in: example.text).map(\.value)
        if let expected = example.expectedValue {
            #expect(values == [expected])
        } else {
            #expect(values.isEmpty)
        }
    }

    @Test("Every description has examples of both kinds and a one-line summary", arguments: BuiltInDetectors.descriptions.map(\.id))
    func descriptionIsComplete(_ id: String) throws {
        let description = try #require(BuiltInDetectors.type(id: id)?.description)
        #expect(description.matchingExamples.count >= 5)
        #expect(description.nonMatchingExamples.count >= 5)
        #expect(!description.summary.isEmpty && !description.summary.contains("\n"))
        #expect(description.summary.hasSuffix("."))
        for option in description.options {
            #expect(option.summary.hasSuffix("."), "\(id).\(option.name)")
            if let defaultValue = option.defaultValue {
                #expect(option.type.problem(with: defaultValue) == nil, "default of \(id).\(option.name)")
            }
        }
    }

    @Test("Options a description declares as defaults build a detector")
    func defaultsBuild() throws {
        for type in BuiltInDetectors.all {
            let detector = try type.init(options: type.description.exampleOptions)
            if let category = type.description.category {
                #expect(detector.category == category)
            }
        }
    }
}
