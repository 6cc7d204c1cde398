import Foundation
@testable import MaskRules

/// Precision and recall of PII-field detection over labelled pages: how often the field
/// classification that `unmasked-pii-field` relies on names the category a field really holds.
///
/// Every field whose value the tracker records is counted once. A field predicted to hold the
/// category its label gives is a true positive; a prediction of another category counts as a
/// false positive and a false negative; a prediction on a field that holds none is a false
/// positive; a field with PII and no prediction is a false negative.
struct FieldDetectionQuality: Equatable {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var trueNegatives = 0
    /// Each error, as `file:line:column element: holds X, predicted Y`.
    var errors: [String] = []

    var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    /// The fields counted, and how many of them hold PII.
    var fieldCount = 0
    var piiFieldCount = 0

    /// Fields without a label, which the measurement cannot count.
    var unlabelled: [String] = []

    static func == (lhs: FieldDetectionQuality, rhs: FieldDetectionQuality) -> Bool {
        (lhs.truePositives, lhs.falsePositives, lhs.falseNegatives, lhs.trueNegatives)
            == (rhs.truePositives, rhs.falsePositives, rhs.falseNegatives, rhs.trueNegatives)
    }

    /// Adds the fields of one labelled page.
    mutating func add(_ marked: MarkedHTML, fields: [LintedField], file: String) {
        for field in fields where field.kind.recordsValue {
            guard let location = field.element.sourceLocation, let line = location.line, let column = location.column else { continue }
            let place = "\(file):\(line):\(column) \(field.element)"
            guard let truth = marked.piiLabels[MarkedHTML.Position(line: line, column: column)] else {
                unlabelled.append(place)
                continue
            }
            let predicted = field.category
            fieldCount += 1
            if truth != nil { piiFieldCount += 1 }
            switch (truth, predicted) {
            case (nil, nil):
                trueNegatives += 1
            case (let holds?, let guess?) where holds == guess:
                truePositives += 1
            case (let holds?, let guess?):
                falsePositives += 1
                falseNegatives += 1
                errors.append("\(place): holds \(holds.rawValue), predicted \(guess.rawValue)")
            case (nil, let guess?):
                falsePositives += 1
                errors.append("\(place): holds no PII, predicted \(guess.rawValue)")
            case (let holds?, nil):
                falseNegatives += 1
                errors.append("\(place): holds \(holds.rawValue), predicted none")
            }
        }
    }

    /// The figures as docs/checks.md states them.
    var summary: String {
        String(format: "precision %.3f, recall %.3f", precision, recall)
    }
}

/// The labelled form fixtures.
enum FormFixtures {
    static let directory = RepositoryPaths.fixtures.appendingPathComponent("forms")

    /// The fixture file names, sorted.
    static let names: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted()
    }()

    /// The marked contents of a fixture.
    static func marked(_ name: String) throws -> MarkedHTML {
        MarkedHTML(try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
    }

    /// The measurement over every fixture, with the default configuration.
    static func measureFieldDetection() throws -> FieldDetectionQuality {
        var quality = FieldDetectionQuality()
        let linter = try LintTestSupport.linter()
        for name in names {
            let marked = try marked(name)
            let document = try linter.document(Array(marked.html.utf8), file: "fixtures/forms/\(name)")
            quality.add(marked, fields: document.fields, file: "fixtures/forms/\(name)")
        }
        return quality
    }
}
